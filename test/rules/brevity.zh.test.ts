import rule from '../../rules/brevity.js'
import {ruleTester} from '../rule-tester.js'

const long =
  '您好，您的订单已经在今天上午从杭州仓库发出，快递公司是顺丰，运单号是SF1234567890，预计明天下午送达，签收时请当面检查外包装是否完好，如有问题请拒收。'
const short = '您好，您的订单已发货。预计明天送达。请注意查收。'
const split = '“您的订单已发货。预计明天送达。”'

ruleTester(
  rule,
  {
    valid: [
      '您的订单已发货，预计明天送达。',
      {name: '进行 that pads no verb', text: '活动正在进行中。'},
      {name: 'a phrase must end on a word boundary', text: '首先第一步，请打开设置。'},
      {name: '左右 alone is fine', text: '请在下午三点左右来取件。'},
      {name: 'a long sentence in e-mail within 60 characters', text: '您好，您的订单已经在今天上午从杭州仓库发出，快递公司是顺丰，预计明天下午送达，请注意查收。'},
      {name: 'a chat reply within 150 characters', channel: 'chat', text: Array(7).fill(short).join('\n')},
      {
        name: 'quoted customer words do not count',
        channel: 'chat',
        text: '您提到“我上周在你们店里买的那台洗衣机到现在都还没有送到而且客服电话一直打不通”，我们已经记录。'
      },
      {name: 'links do not count', channel: 'chat', text: '请在这里查看物流：https://example.com/track/abcdefghijklmnopqrstuvwxyz0123456789/abcdefghij 。'},
      {name: 'allowed by the team', text: '我们会尽快进行处理。', options: {allow: ['进行处理']}},
      {name: 'a longer limit set by the team', channel: 'chat', text: long, options: {sentenceChars: 70}}
    ],
    invalid: [
      {
        text: '我们会尽快进行处理。',
        errors: [
          {
            message: '“进行处理”啰嗦：写“处理”即可，例如把“我们会尽快进行处理”写成“我们会尽快处理”。',
            line: 1,
            column: 6,
            endColumn: 10,
            expected: ['处理']
          }
        ],
        output: '我们会尽快处理。'
      },
      {
        name: 'traditional characters',
        text: '我們正在進行處理。',
        errors: [{message: '“進行處理”啰嗦：写“處理”即可，例如把“我們會盡快進行處理”写成“我們會盡快處理”。', line: 1, column: 5}],
        output: '我們正在處理。'
      },
      {
        name: '对……进行核实 needs the object moved: not fixed',
        text: '我们会对您的订单进行核实。',
        errors: [
          {
            message: '“进行核实”啰嗦：把“对……进行核实”改成“核实……”，例如把“对订单进行核实”写成“核实订单”。',
            line: 1,
            column: 9,
            expected: ['核实']
          }
        ]
      },
      {
        name: '对不起 is no preposition',
        text: '对不起，我们会予以退款。',
        errors: [{message: '“予以退款”啰嗦：写“退款”即可，例如把“我们会尽快予以退款”写成“我们会尽快退款”。', line: 1, column: 8}],
        output: '对不起，我们会退款。'
      },
      {
        text: '目前现在库存充足，请您再重新下单。',
        errors: [
          {message: '“目前现在”啰嗦：写“目前”即可，例如“目前库存充足”。', line: 1, column: 1, endColumn: 5},
          {message: '“再重新”啰嗦：写“重新”即可，例如“请您重新登录”。', line: 1, column: 12}
        ],
        output: '目前库存充足，请您重新下单。'
      },
      {
        name: '大约…左右: one of the two goes',
        text: '预计大约三天左右送达。',
        errors: [
          {message: '“预计大约”啰嗦：写“预计”即可，例如“预计三天送达”。', line: 1, column: 1},
          {message: '“大约三天左右”重复了：“大约”和“左右”留一个就够，例如“大约三天”。', line: 1, column: 7, endColumn: 9, expected: ['']}
        ],
        output: '预计三天送达。'
      },
      {
        name: 'a long sentence in e-mail',
        text: long,
        errors: [
          {
            message: `这句话有62个字（邮件每句最多60个字）：请拆成几句短句，一句只说一件事，例如${split}`,
            line: 1,
            column: 1,
            endColumn: 81
          }
        ]
      },
      {
        name: 'the limit set by the team, a Latin word counted once',
        channel: 'chat',
        text: '运单号是SF1234567890，预计明天下午送达。',
        options: {sentenceChars: 12},
        errors: [{message: `这句话有13个字（在线聊天每句最多12个字）：请拆成几句短句，一句只说一件事，例如${split}`, line: 1, column: 1}]
      },
      {
        name: 'a chat reply over 150 characters, reported from the first one over',
        channel: 'chat',
        text: Array(8).fill(short).join('\n'),
        errors: [
          {
            message: '这条回复有160个字（在线聊天最多150个字）：只留答复和下一步，其余的删掉或另发一条。',
            line: 8,
            column: 13,
            endLine: 8,
            endColumn: 24
          }
        ]
      },
      {
        name: 'company phrases are never fixed',
        text: '我们会帮您走流程。',
        options: {phrases: {走流程: '办理'}},
        errors: [{message: '“走流程”啰嗦：写“办理”即可。', line: 1, column: 6, expected: ['办理']}]
      }
    ]
  },
  'zh'
)
