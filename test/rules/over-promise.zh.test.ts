import rule from '../../rules/over-promise.js'
import {ruleTester} from '../rule-tester.js'

const instead = '请改为说明您会做什么、何时做到，例如“我们今天核实，下午5点前给您回复。”'

ruleTester(
  rule,
  {
    valid: [
      '我们无法保证周五送达，但今天会为您加急处理。',
      '您的保证金已经原路退回。',
      '本店所有商品均为正品保证。',
      '这款手机享受一年质量保证。',
      '我们今天核实，下午5点前给您回复。',
      '请您放心，我们今天下午会联系快递。',
      {name: 'a warning to the customer', text: '请您绝对不要把验证码告诉任何人。'},
      {name: 'promising effort, as the seeds teach', text: '我们这就着手办理，保证尽力在周五前办好。'},
      {name: 'no promise of any kind', text: '第三方链接的内容我们不做任何保证。'},
      {name: 'the customer’s words in quotes', text: '您提到客服说过“保证明天到”，我们来核实一下。'}
    ],
    invalid: [
      {
        text: '我们保证明天送到。',
        errors: [{message: `“保证”承诺了您无法控制的事：${instead}`, line: 1, column: 3, endColumn: 5}]
      },
      {
        name: 'traditional characters',
        text: '我們保證明天送到。',
        errors: [{message: `“保證”承诺了您无法控制的事：${instead}`, line: 1, column: 3}]
      },
      {
        text: '这种情况以后再也不会发生了。',
        errors: [
          {
            message: '“再也不会”无法承诺：请说明您做了哪些改进来减少再次发生，例如“我们已经增加了出库前的检查”。',
            line: 1,
            column: 7
          }
        ]
      },
      {
        text: '我向您保证，不会有问题。',
        errors: [{message: `“我向您保证”是空洞的保证：${instead}`, line: 1, column: 1}]
      },
      {
        text: '您好！\n包裹百分之百明天到。',
        errors: [{message: `“百分之百”说得太满，万一做不到会失去客户的信任：${instead}`, line: 2, column: 3}]
      }
    ]
  },
  'zh'
)
