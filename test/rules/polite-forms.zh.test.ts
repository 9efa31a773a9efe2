import rule from '../../rules/polite-forms.js'
import {ruleTester} from '../rule-tester.js'

const you = (word: string, polite: string) => `称呼客户请用“您”：把“${word}”写成“${polite}”。`
const youPlural = (found: string) => `称呼多位客户请用“各位”，不要用“${found}”，也不要写“您们”：例如“各位好”“感谢各位的耐心等待”。`
const please = (example: string) => `这是在请客户做事，请加上“请”或“麻烦您”：例如“${example}。”`
const generic = (found: string) => `请用客户的称呼代替“${found}”：例如“王先生，您好：”或“尊敬的李女士：”。`
const noSalutation = '邮件开头请先称呼客户：例如“王先生，您好：”或“尊敬的李女士：”。'
const noClosing = '邮件结尾请加上礼貌的结束语：例如“如有其他问题，欢迎随时联系我们。祝您生活愉快！”'

ruleTester(
  rule,
  {
    valid: [
      '王先生，您好！\n\n麻烦您提供一下订单号，我们马上为您查询。\n\n祝您生活愉快！',
      '尊敬的李女士：\n\n感谢您的来信，退款已原路退回。\n\n此致\n敬礼',
      {name: 'traditional characters', text: '陳先生，您好：\n\n請提供您的訂單號，我們會儘快處理。\n\n謝謝！'},
      {name: 'a letter that closes with an apology and the team’s name', text: '王先生，您好：\n\n您的行李今晚20:00前会送到酒店。\n\n对此次给您带来的不便，我们深表歉意。\n\n行李查询中心 董婧'},
      {name: 'a letter that closes with an offer for later', text: '李女士，您好：\n\n锁定将在24小时后自动解除。\n\n如仍有问题，请拨打客服热线。\n\n电子银行部 许静'},
      {name: '敬上 under the name', text: '陳小姐，您好：\n\n補發的卡片已寄出。\n\n客服中心 敬上'},
      {name: '祝 安好, with a space as letters write it', text: '陳小姐，您好：\n\n保單已續期。\n\n祝 安好\n\n客戶服務部 鄭嘉欣'},
      {name: 'looking forward to the guest', text: '袁女士，您好：\n\n房间已为您改到12月。\n\n期待您的光临！\n\n预订部 袁芳'},
      {name: 'chat needs no salutation or closing', channel: 'chat', text: '请把订单号发给我们，我们帮您查一下。'},
      {name: '迷你 and 你来我往 are no address', channel: 'chat', text: '您选的是迷你款，两位客服你来我往地核对了库存。'},
      {name: 'the customer’s words in quotes', channel: 'chat', text: '您说“你们的客服太慢了”，非常抱歉让您久等。'},
      {name: 'a noun phrase, not a request', channel: 'chat', text: '您提供的订单号有误，发货时间为48小时内。'},
      {name: 'the agent’s offer with the subject left out', channel: 'chat', text: '提供一年免费保修，提供您的专属优惠。'},
      {name: 'shipping and invoices are no request', channel: 'chat', text: '发货后会短信通知您，发票已开具。'},
      {name: 'the agent sends', channel: 'chat', text: '发一下截图给您看。'},
      {name: 'numbered how-to steps', channel: 'chat', text: '1. 打开App首页\n2. 填写您的收货地址\n3. 提交订单'},
      {name: 'the line after a colon is an instruction', channel: 'chat', text: '修改地址的方法：\n填写新的收货地址，保存即可。'},
      {name: 'a condition is an invitation', channel: 'chat', text: '如有疑问，联系我们。'},
      {name: 'a question is no order', channel: 'chat', text: '发一下截图好吗？'},
      {name: 'a request as the condition of what follows', channel: 'chat', text: '提交申请后，系统会自动审核。'},
      {name: 'a salutation made of a template field', text: '{{name}}先生，您好！\n\n您的订单已发货。\n\n祝您生活愉快！'},
      {name: 'a customer named after the generic word', text: '尊敬的客户王先生，您好：\n\n您的订单已发货。\n\n祝好'},
      {name: 'an empty salutation is for placeholder', text: '尊敬的，\n\n您的订单已发货。\n\n祝您生活愉快！'},
      {name: 'requests can be turned off', channel: 'chat', options: {requests: false}, text: '发一下截图。'}
    ],
    invalid: [
      {
        channel: 'chat',
        text: '你好，你的订单已发货。',
        errors: [
          {message: you('你好', '您好'), line: 1, column: 1, endColumn: 3, expected: ['您好']},
          {message: you('你的', '您的'), line: 1, column: 4, endColumn: 6, expected: ['您的']}
        ],
        output: '您好，您的订单已发货。'
      },
      {
        name: '你们: 各位, never 您们, and not applied by --fix',
        channel: 'chat',
        text: '你们好，感谢你们的耐心。',
        errors: [
          {message: youPlural('你们'), line: 1, column: 1, endColumn: 3, expected: ['各位']},
          {message: youPlural('你们'), line: 1, column: 7, endColumn: 9, expected: ['各位']}
        ]
      },
      {
        name: 'traditional 妳 and 你們',
        channel: 'chat',
        text: '謝謝妳，祝你們週末愉快。',
        errors: [
          {message: you('妳', '您'), line: 1, column: 3, endColumn: 4, expected: ['您']},
          {message: youPlural('你們'), line: 1, column: 6, endColumn: 8}
        ],
        output: '謝謝您，祝你們週末愉快。'
      },
      {
        name: '你 after the customer’s quoted words',
        channel: 'chat',
        text: '“你们怎么还不发货”，你先别着急。',
        errors: [{message: you('你', '您'), line: 1, column: 12, endColumn: 13, expected: ['您']}],
        output: '“你们怎么还不发货”，您先别着急。'
      },
      {
        channel: 'chat',
        text: '提供您的订单号。',
        errors: [{message: please('请提供您的订单号'), line: 1, column: 1, endColumn: 8, expected: ['请提供您的订单号']}]
      },
      {
        name: '你 in the request: the suggestion says 您',
        channel: 'chat',
        text: '你发一下截图。',
        errors: [
          {message: you('你', '您'), line: 1, column: 1, endColumn: 2, expected: ['您']},
          {message: please('请您发一下截图'), line: 1, column: 1, endColumn: 5, expected: ['请您发一下']}
        ],
        output: '您发一下截图。'
      },
      {
        channel: 'chat',
        text: '您好！\n您再发一下截图。',
        errors: [{message: please('请您再发一下截图'), line: 2, column: 1, endColumn: 6, expected: ['请您再发一下']}]
      },
      {
        name: '把 … 发给我们, after a conjunction',
        channel: 'social',
        text: '另外，把订单号发给我们。',
        errors: [{message: please('另外，请把订单号发给我们'), line: 1, column: 4, endColumn: 12, expected: ['请把订单号发给我们']}]
      },
      {
        text: '尊敬的客户：\n\n您的订单已发货。\n\n祝您生活愉快！',
        errors: [{message: generic('尊敬的客户'), line: 1, column: 1, endColumn: 6}]
      },
      {
        name: 'a generic name with a brand before it',
        text: '親愛的會員朋友，您好：\n\n您的訂單已出貨。\n\n如有疑問，歡迎隨時聯繫我們。',
        errors: [{message: generic('親愛的會員朋友，您好'), line: 1, column: 1, endColumn: 11}]
      },
      {
        text: '您的订单已发货。\n预计明天送达。',
        errors: [
          {message: noSalutation, line: 1, column: 1, endColumn: 9},
          {message: noClosing, line: 2, column: 1, endColumn: 8}
        ]
      },
      {
        name: 'salutation and closing checks follow the options',
        channel: 'chat',
        options: {salutation: true, closing: true},
        text: '您的订单已发货。\n预计明天送达。',
        errors: [
          {message: noSalutation, line: 1, column: 1},
          {message: noClosing, line: 2, column: 1}
        ]
      }
    ]
  },
  'zh'
)
