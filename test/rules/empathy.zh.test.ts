import rule from '../../rules/empathy.js'
import {ruleTester} from '../rule-tester.js'

const message = '这条回复回应了客户遇到的问题，却没有体谅客户的感受：请先加一句，例如“很抱歉让您久等了，我理解您着急的心情。”'

ruleTester(
  rule,
  {
    valid: [
      '很抱歉您的包裹延误了，预计周一送达。',
      '理解您着急的心情，包裹延误了，我们已经催促快递。',
      '让您久等了！包裹已经送到驿站。',
      '给您带来不便，非常抱歉。耳机坏了我们免费换新。',
      {name: 'traditional characters', text: '很抱歉讓您久等了，包裹延誤是我們的疏失。'},
      {name: 'the answer to a plain question needs no empathy', text: '这款衣服是纯棉的，可以机洗。'},
      {name: 'a negated problem', text: '升级系统后，您的数据不会丢失。'},
      {name: 'a condition', text: '如果没收到包裹，请联系我们。'},
      {name: 'a condition with 如', text: '收到货后如发现破损，请拍照联系我们。'},
      {name: 'a condition in 的话', text: '没收到的话，请告诉我们。'},
      {name: 'a triage question', text: '您是没收到货，还是收到的商品有损坏呢？'},
      {name: 'words that name no problem', text: '如需帮助，请拨打投诉电话400-123-4567，商品支持不满意包退。'},
      {name: 'the problem only in quoted customer words', text: '您反馈的“耳机坏了”我们已经记录。'},
      {name: '急坏了 acknowledges the customer', text: '您一定急坏了，我们马上处理。'}
    ],
    invalid: [
      {text: '您的包裹延误了，预计周一送达。', errors: [{message, line: 1, column: 1, endColumn: 16}]},
      {name: 'a late technician and a noisy unit', text: '安装师傅迟到了，室外机也有异响，我们明天派人上门检查。', errors: [{message, line: 1, column: 1}]},
      {
        text: '您好！\n\n您收到的杯子破损了，我们今天给您补发。',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'traditional, the problem glued to 了 by the segmenter (寄|丟了)',
        text: '快遞把包裹寄丟了，我們今天重新寄出。',
        errors: [{message, line: 1, column: 1}]
      },
      {
        name: 'traditional characters',
        text: '我們已收到您的投訴，會盡快處理。',
        errors: [{message, line: 1, column: 1}]
      },
      {
        name: '感谢您的理解 thanks, it does not acknowledge',
        text: '感谢您的理解，包裹延误了。',
        errors: [{message, line: 1, column: 1}]
      },
      {
        name: 'a condition in one sentence does not excuse a problem in the next',
        text: '如果没收到，请联系我们。您的另一个包裹已经丢失。',
        errors: [{message, line: 1, column: 13}]
      },
      {
        name: 'the customer’s symptom',
        text: '您好，您反馈的无法登录的问题，技术同事已经修复了。',
        errors: [{message, line: 1, column: 1}]
      }
    ]
  },
  'zh'
)
