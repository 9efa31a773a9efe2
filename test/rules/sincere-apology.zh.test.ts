import rule from '../../rules/sincere-apology.js'
import {ruleTester} from '../rule-tester.js'

const feelings = (found: string) =>
  `“${found}”是在为客户的感受道歉，而不是为发生的事道歉：请直接说明出了什么问题，例如“很抱歉您的订单晚到了三天。”`
const stock = (found: string) =>
  `“${found}”是套话，听起来像在怀疑问题是否真的存在：请说出具体的问题，例如“很抱歉让您等了两周才收到退款。”`
const shift = (found: string) => `“${found}”把问题推给了别人：请承担下来，说明您会做什么，例如“我今天就帮您联系快递催件。”`

ruleTester(
  rule,
  {
    valid: [
      '抱歉让您久等了，退款已经在今天上午提交。',
      '非常抱歉给您带来不便，新的耳机明天寄出。',
      {name: 'a factual cause', text: '由于台风，航班延误了，我们已为您改签到明早八点。'},
      {name: 'a condition with no apology after it', text: '如果您觉得尺码不合适，可以在七天内免费换货。'},
      {name: 'the apology is for something else', text: '抱歉打扰，如果您觉得时间方便，请回复我们。'},
      {name: '如有不便 outside an apology', text: '如有不便，请随时联系我们改约时间。'},
      {name: 'a warning about what is to come', text: '修改地址可能会带来一些麻烦，非常抱歉，我们会尽量安排。'},
      {name: 'an apology for a definite inconvenience', text: '由此给您带来的不便，我们深表歉意。'},
      {name: 'whether or not it was us', text: '无论是不是我们的问题，我们都会负责到底。'},
      {name: 'a question being looked into', text: '是快递的问题还是仓库的问题，我们今天会查清楚。'},
      {name: 'a rule cited with what it says', text: '根据公司规定，退款会在3个工作日内原路退回。'},
      {name: 'the prescribed process', text: '这是规定的退货流程，我已经把步骤发给您了。'},
      {name: 'owning a department’s mistake', text: '这是我们技术部门的问题，我们正在修复。'},
      {name: 'the agent chases the courier', text: '我们已经帮您找快递公司核实了，明天给您回复。'},
      {name: 'a courier to book, not to blame', text: '您可以找快递员上门取件，运费由我们承担。'},
      {name: 'reassurance', text: '这跟您没关系，是我们发错了货。'},
      {name: 'the customer’s words in quotes', text: '您提到客服说“这不归我管”，我们向您道歉，这次由我负责跟进。'},
      {name: 'traditional: a plain apology', text: '非常抱歉讓您久等了。'}
    ],
    invalid: [
      {
        text: '如果您觉得不满意，我们很抱歉。',
        errors: [{message: feelings('如果您觉得'), line: 1, column: 1, endColumn: 6}]
      },
      {
        name: 'the condition after the apology',
        text: '很抱歉，如果我们的回复让您感到不快。',
        errors: [{message: feelings('如果我们的回复让您感到'), line: 1, column: 5}]
      },
      {
        name: 'sorry you feel that way, traditional',
        text: '很抱歉您會這麼想。',
        errors: [{message: feelings('您會這麼想'), line: 1, column: 4}]
      },
      {
        text: '如有不便，敬请谅解。',
        errors: [{message: stock('如有不便'), line: 1, column: 1, endColumn: 5}]
      },
      {
        name: 'one message for one hedge',
        text: '对可能给您带来的任何不便，我们深表歉意。',
        errors: [{message: stock('可能给您带来的任何不便'), line: 1, column: 2, endColumn: 13}]
      },
      {
        text: '这个不归我管，这是快递的问题。',
        errors: [
          {message: shift('不归我管'), line: 1, column: 3},
          {message: shift('这是快递的问题'), line: 1, column: 8}
        ]
      },
      {
        name: 'traditional characters',
        text: '這不是我們的錯，是物流那邊的問題。',
        errors: [
          {message: shift('不是我們的錯'), line: 1, column: 2},
          {message: shift('是物流那邊的問題'), line: 1, column: 9}
        ]
      },
      {
        text: '这是公司规定，我也没办法。',
        errors: [
          {message: shift('这是公司规定'), line: 1, column: 1, endColumn: 7},
          {message: shift('我也没办法'), line: 1, column: 8}
        ]
      },
      {
        text: '您好！\n退款的事您去找银行吧，跟我们没关系。',
        errors: [
          {message: shift('找银行'), line: 2, column: 7},
          {message: shift('跟我们没关系'), line: 2, column: 12}
        ]
      },
      {
        text: '那是售后部门的事，您打他们的电话。',
        errors: [{message: shift('那是售后部门的事'), line: 1, column: 1, endColumn: 9}]
      }
    ]
  },
  'zh'
)
