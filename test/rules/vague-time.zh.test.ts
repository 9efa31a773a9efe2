import rule from '../../rules/vague-time.js'
import {ruleTester} from '../rule-tester.js'

const instead = '请给出具体的日期或时间，例如“周五前”或“2小时内”。'
const guess = (found: string) => `“${found}”让客户无从预期：${instead}`
const noTime = (found: string) => `“${found}”不是具体时间：${instead}`
const noPromise = (found: string) => `“${found}”算不上承诺：${instead}`

ruleTester(
  rule,
  {
    valid: [
      '我们会在24小时内给您回复。',
      {name: 'a time in the same sentence', text: '我们会尽快处理，今天下午3点前给您回复。'},
      {name: 'a time in the next sentence', text: '我们稍后联系您。\n周三上午10:00前一定给您答复。'},
      {name: 'working days', text: '我们会尽快退款，3个工作日内到账。'},
      {name: 'a date', text: '我们会尽快寄出，5月6日前送到。'},
      {name: 'within two days, traditional', text: '我們會盡快處理，兩天內回覆您。'},
      {name: 'the customer’s action', text: '请您尽快提供订单号。您尽快确认一下收货地址就好。'},
      {name: 'advice to the customer', text: '建议您尽快修改登录密码。'},
      {name: 'the customer’s step with no subject', text: '系统繁忙，稍后再试即可。'},
      {name: 'an event is the time', text: '包裹到达仓库后，我们会第一时间通知您。'},
      {name: 'immediately after an event', text: '包裹到达后我们会立即为您退款。'},
      {name: 'contact after an event', text: '收到退货后，我们会联系您。'},
      {name: 'contact on a condition', text: '如有问题，我们会联系您。'},
      {name: 'already done', text: '我们已第一时间联系了快递公司。'},
      {name: 'a story about the past', text: '我们很快满足了这位客人的要求。'},
      {name: 'a wish', text: '欢迎再次光临，希望很快能再为您服务！'},
      {name: 'fast is a description', text: '我们的发货速度很快。'},
      {name: 'a repeat customer', text: '您是我们的老回头客，感谢一直以来的支持！'},
      {name: 'a flight delay', text: '航班晚点给您带来不便，我们深表歉意。'},
      {name: 'recently, about the past', text: '由于近期订单较多，我们的发货会有延迟。'},
      {name: 'not long after buying', text: '您刚买不久就出现问题，我们非常抱歉。'},
      {name: 'the customer gets it', text: '稍后您将收到一条短信验证码。'},
      {name: 'a goodbye', text: '那我们改天再聊，回头见！'},
      {name: 'attached below', text: '随后附上退货地址和注意事项。'},
      {name: 'work that goes on', text: '感谢您的耐心，我们会继续跟进。'},
      {name: 'the customer’s words in quotes', text: '您说客服回复过“稍后给您处理”，我们来核实一下。'}
    ],
    invalid: [
      {text: '我们会尽快为您处理。', errors: [{message: noTime('尽快'), line: 1, column: 4, endColumn: 6}]},
      {
        name: 'a time in the customer’s quoted words below is no time of ours',
        text: '我们会尽快为您处理。\n> 你们说过明天到！',
        errors: [{message: noTime('尽快'), line: 1, column: 4}]
      },
      {
        name: 'traditional characters',
        text: '我們稍後給您回覆。',
        errors: [{message: guess('稍後'), line: 1, column: 3, endColumn: 5}]
      },
      {text: '您好！\n我们过几天再联系您。', errors: [{message: noPromise('过几天'), line: 2, column: 3, endColumn: 6}]},
      {name: 'no subject, only a will', text: '请放心，会尽快给您回复的。', errors: [{message: noTime('尽快'), line: 1, column: 6}]},
      {name: 'right away, with no event', text: '很抱歉让您久等了，我们会第一时间处理。', errors: [{message: noTime('第一时间'), line: 1, column: 13, endColumn: 17}]},
      {name: 'soon before a verb', text: '我们很快就会安排补发。', errors: [{message: guess('很快'), line: 1, column: 3}]},
      {name: 'later, in chat', text: '好的，我晚点给您打电话。', errors: [{message: guess('晚点'), line: 1, column: 5}]},
      {name: 'we’ll look into it some day', text: '改天我们再帮您看看。', errors: [{message: noPromise('改天'), line: 1, column: 1}]},
      {name: 'the near future', text: '我们将于近日发货。', errors: [{message: noPromise('近日'), line: 1, column: 5}]},
      {name: 'we act after the customer’s request', text: '请提供订单号，以便我们尽快为您处理。', errors: [{message: noTime('尽快'), line: 1, column: 12}]},
      {
        name: 'we will be in touch, with no time',
        text: '我们会与您联系。',
        errors: [{message: '请说明时间：“与您联系”要有期限，例如“我们会在明天下午5点前给您回复。”', line: 1, column: 4, endColumn: 8}]
      },
      {
        name: 'one message for one vague commitment',
        text: '我们会尽快联系您。',
        errors: [{message: noTime('尽快'), line: 1, column: 4}]
      },
      {
        name: 'a few days is no time a customer can plan on',
        text: '隨後我們會寄出發票，幾天內就到。',
        errors: [{message: noPromise('隨後'), line: 1, column: 1}]
      }
    ]
  },
  'zh'
)
