import rule from '../../rules/placeholder.js'
import {ruleTester} from '../rule-tester.js'

const fill = (what: string, seen: string) => `发送前请填写${what}：客户会看到“${seen}”。`
const noName = '称呼里缺少客户的名字：请写上客户的称呼，例如“王先生，您好：”。'

ruleTester(
  rule,
  {
    valid: [
      '王先生，您好：\n\n您的订单48213已于3月5日发货。',
      {name: 'a brand tag in an SMS', text: '【京东】您的订单已发货，请注意查收。'},
      {name: 'section headers', text: '【温馨提示】请勿向他人泄露验证码。\n【重要通知】系统将于今晚升级。'},
      {name: 'a heading at the start of a line, and a label with its value', text: '【活动时间】即日起至3月5日。\n【订单号】123456，【退款金额】：100元'},
      {name: 'masked numbers', text: '您尾号1234的银行卡已扣款，卡号****1234与XXXX XXXX XXXX 5678已绑定。'},
      {name: '某某 without an honorific, a clothing size', text: '如果您觉得某某政策不合理，请告诉我们。您选的XXXL码已发货。'},
      {name: 'a salutation without a name is no hole', text: '先生，您好！\n亲爱的，您的包裹到了。'},
      {name: 'the customer’s words in quotes', text: '您说短信里写着“【客户姓名】您好”，我们马上核实。'},
      {name: 'an instruction to the customer in brackets', text: '请在表格中填写姓名（请填写真实姓名）。'},
      {name: 'a template may have fields', template: true, text: '【客户姓名】您好，您的订单{{order_id}}将于XX月XX日发货。'}
    ],
    invalid: [
      {
        text: '【客户姓名】您好，您的订单【订单号】已于【日期】发货。',
        errors: [
          {message: fill('这个字段', '【客户姓名】'), line: 1, column: 1, endColumn: 7},
          {message: fill('这个字段', '【订单号】'), line: 1, column: 14, endColumn: 19},
          {message: fill('这个字段', '【日期】'), line: 1, column: 21, endColumn: 25}
        ]
      },
      {
        name: 'square brackets, Chinese and English field words',
        text: '[客户名称]，您好！请点击[插入链接]查看[Order Number]。',
        errors: [
          {message: fill('这个字段', '[客户名称]'), line: 1, column: 1, endColumn: 7},
          {message: fill('这个字段', '[插入链接]'), line: 1, column: 14},
          {message: fill('这个字段', '[Order Number]'), line: 1, column: 22}
        ]
      },
      {
        name: 'a name left as XX, traditional characters',
        text: '尊敬的XXX先生：\n××小姐與某某先生的訂單已出貨。',
        errors: [
          {message: fill('客户的称呼', 'XXX先生'), line: 1, column: 4, endColumn: 9},
          {message: fill('客户的称呼', '××小姐'), line: 2, column: 1, endColumn: 5},
          {message: fill('客户的称呼', '某某先生'), line: 2, column: 6}
        ]
      },
      {
        name: 'a date, an amount and a marker left open',
        text: '我们将于XX月XX日退款XX元，详见（此处插入链接），TODO。',
        errors: [
          {message: fill('这个占位符', 'XX月XX日'), line: 1, column: 5, endColumn: 11},
          {message: fill('这个占位符', 'XX元'), line: 1, column: 13, endColumn: 16},
          {message: fill('这个字段', '（此处插入链接）'), line: 1, column: 19},
          {message: fill('这个占位符', 'TODO'), line: 1, column: 28}
        ]
      },
      {
        text: '{{name}}先生，您好！\n您的订单已发货。',
        errors: [{message: fill('这个模板字段', '{{name}}'), line: 1, column: 1, endColumn: 9}]
      },
      {text: '尊敬的，您好！\n您的订单已发货。', errors: [{message: noName, line: 1, column: 1, endColumn: 5}]},
      {text: '，您好！感谢您的耐心等待。', errors: [{message: noName, line: 1, column: 1, endColumn: 4}]}
    ]
  },
  'zh'
)
