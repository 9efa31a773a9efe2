import rule from '../../rules/shouting.js'
import {ruleTester} from '../rule-tester.js'

const one = (calm: string, found: string) => `只用一个“${calm}”：“${found}”读起来像在对客户喊叫。`
const lower = (found: string, written: string) => `把“${found}”写成小写“${written}”：全大写的英文读起来像在喊叫。`

ruleTester(
  rule,
  {
    valid: [
      '您好！请问有什么可以帮您？',
      '感谢您的耐心等待！退款已到账。',
      {name: 'acronyms customers know', text: '您的VIP会员已生效，请登录APP或查看PDF账单。'},
      {name: 'codes with digits', text: '订单号AB12CD已由UPS发出。'},
      {name: 'a URL in capitals', text: '详情请访问https://EXAMPLE.com/HELP。'},
      {name: 'a field in brackets belongs to placeholder', text: '请联系【PROJECT NAME】的负责人。'},
      {name: 'the customer’s words in quotes', text: '您说“怎么还没到？！！”，非常抱歉让您久等了。'},
      {name: 'a brand from the team', options: {allow: ['SUPERPLAN']}, text: '您的SUPERPLAN套餐已开通。'},
      {name: 'one mark, full-width or ASCII', text: '真的吗？是的! OK?'}
    ],
    invalid: [
      {
        text: '您的包裹已经到了！！',
        errors: [{message: one('！', '！！'), line: 1, column: 9, endColumn: 11, expected: ['！']}],
        output: '您的包裹已经到了！'
      },
      {
        text: '真的没收到吗？！我们马上查！！！',
        errors: [
          {message: one('？', '？！'), line: 1, column: 7, endColumn: 9, expected: ['？']},
          {message: one('！', '！！！'), line: 1, column: 14, endColumn: 17, expected: ['！']}
        ],
        output: '真的没收到吗？我们马上查！'
      },
      {
        name: 'ASCII and mixed runs after Chinese: one full-width mark',
        text: '为什么??\n请注意！!',
        errors: [
          {message: one('？', '??'), line: 1, column: 4, endColumn: 6, expected: ['？']},
          {message: one('！', '！!'), line: 2, column: 4, expected: ['！']}
        ],
        output: '为什么？\n请注意！'
      },
      {
        name: 'after Latin text the ASCII mark',
        text: '好的，OK!?',
        errors: [{message: one('?', '!?'), line: 1, column: 6, expected: ['?']}],
        output: '好的，OK?'
      },
      {
        name: 'Latin capitals right beside Han characters',
        text: '本周FREE送货，我们NEVER收取运费。',
        errors: [
          {message: lower('FREE', 'free'), line: 1, column: 3, endColumn: 7, expected: ['free']},
          {message: lower('NEVER', 'never'), line: 1, column: 12, endColumn: 17, expected: ['never']}
        ],
        output: '本周free送货，我们never收取运费。'
      },
      {
        name: 'a run of capitals at the start, traditional characters',
        text: 'PLEASE NOTE：活動已結束！！',
        errors: [
          {message: lower('PLEASE NOTE', 'Please note'), line: 1, column: 1, endColumn: 12, expected: ['Please note']},
          {message: one('！', '！！'), line: 1, column: 18}
        ],
        output: 'Please note：活動已結束！'
      }
    ]
  },
  'zh'
)
