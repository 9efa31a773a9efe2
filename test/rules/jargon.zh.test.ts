import rule from '../../rules/jargon.js'
import {ruleTester} from '../rule-tester.js'

const ours = (term: string, plain: string, example: string) =>
  `“${term}”是我们内部的说法，客户未必明白：请写“${plain}”（或在后面用括号解释），例如“${example}”。`
const spell = (acronym: string) =>
  `“${acronym}”是缩写，客户未必认识：请写出全称或换成客户能懂的话，例如把“RMA号”写成“退货授权号”。`

ruleTester(
  rule,
  {
    valid: [
      '您的订单已经发货，预计明天送达。',
      {name: 'currencies and places in capitals', text: '餐點費用NT$159已退回，另送您一張HK$50的折價券。'},
      {name: 'a field left to fill in is the placeholder rule’s', text: 'XXX先生，您好。'},
      {name: 'tier cities and brands are not support tiers', text: '这款洗衣机在一线城市次日送达，二线城市三天内送达。'},
      '一线品牌的正品，还有一线希望赶上活动。',
      {name: 'a system upgrade is not escalation', text: '系统正在升级处理中，请稍后再试。'},
      '会员升级后可享受九折，您的会员已升级到金卡。',
      {name: 'a term explained in the reply', text: '工单（服务记录）已经建好了。'},
      {name: 'an acronym spelled out', text: '我们会按照服务等级协议（SLA）处理。'},
      {name: 'acronyms a Chinese reader knows', text: '请下载APP，VIP会员可以免邮，文件不超过500 KB。'},
      {name: 'the incoming wire of a device', text: '电源进线端请接火线。'},
      '土地流转政策请咨询当地政府。',
      {name: 'quoted customer words', text: '您说“你们的工单系统太难用了”，我们已经转告同事。'},
      {name: 'allowed by the team', text: '您的工单已提交。', options: {allow: ['工单']}},
      {name: 'acronym check off', text: '您的ABC编号已生成。', options: {acronyms: false}}
    ],
    invalid: [
      {
        text: '您的工单已提交，我们会尽快处理。',
        errors: [
          {
            message: ours('工单', '您的服务申请', '您的服务申请已提交，我们会在今天下午回复您'),
            line: 1,
            column: 3,
            endColumn: 5,
            expected: ['您的服务申请']
          }
        ]
      },
      {
        name: 'the longest spelling is one finding',
        text: '工单号是A123。',
        errors: [{message: ours('工单号', '申请编号', '您的申请编号是……'), line: 1, column: 1, endColumn: 4}]
      },
      {
        text: '已转二线处理。',
        errors: [{message: ours('二线', '技术专家', '我们已请技术专家处理您的问题'), line: 1, column: 3}]
      },
      {
        text: '一线客服已经记录了您的问题。',
        errors: [{message: ours('一线', '客服同事', '客服同事已经记录了您的问题'), line: 1, column: 1}]
      },
      {
        text: '快递员已揽收，包裹已妥投。',
        errors: [
          {message: ours('已揽收', '快递员已取件', '快递员已上门取件'), line: 1, column: 4, endColumn: 7},
          {message: ours('已妥投', '已送达', '您的包裹已送达'), line: 1, column: 10}
        ]
      },
      {
        name: 'traditional characters',
        text: '您的客訴我們已升級處理。',
        errors: [
          {message: ours('客訴', '投诉', '您的投诉我们已经收到'), line: 1, column: 3},
          {message: ours('升級處理', '转交专门的同事处理', '我们已把您的问题转交专门的同事处理'), line: 1, column: 8}
        ]
      },
      {
        text: '您的问题已升级给主管，已为您派单。',
        errors: [
          {message: ours('升级', '转交', '我们已把您的问题转交主管'), line: 1, column: 6},
          {message: ours('派单', '安排工作人员', '我们已为您安排师傅，明天上午上门'), line: 1, column: 15}
        ]
      },
      {
        text: '您的包裹是问题件，截单时间是下午四点。',
        errors: [
          {message: ours('问题件', '运输中出现异常的包裹', '您的包裹在运输中出现异常，我们正在跟快递公司核实'), line: 1, column: 6},
          {message: ours('截单时间', '当天发货的下单截止时间', '下午4点前下单，当天发货'), line: 1, column: 10}
        ]
      },
      {
        name: 'Latin acronyms inside Chinese text',
        text: '按SLA我们24小时内回复，RMA号稍后发给您。',
        errors: [
          {message: ours('SLA', '我们承诺的回复时间', '我们会在24小时内回复您'), line: 1, column: 2},
          {message: ours('RMA', '退货授权号', '您的退货授权号是……'), line: 1, column: 15}
        ]
      },
      {
        name: 'an unknown acronym',
        text: '您的ABC编号已生成。',
        errors: [{message: spell('ABC'), line: 1, column: 3, endColumn: 6}]
      },
      {
        name: 'a company glossary',
        text: '您的星链套餐已生效。',
        options: {terms: {星链套餐: '卫星上网套餐'}},
        errors: [{message: '“星链套餐”是我们内部的说法，客户未必明白：请写“卫星上网套餐”（或在后面用括号解释）。', line: 1, column: 3}]
      }
    ]
  },
  'zh'
)
