import rule from '../../rules/next-step.js'
import {ruleTester} from '../rule-tester.js'

const message = '请说明接下来会发生什么：一个步骤、一个时间或进一步帮助，例如“我们会在今天下午5点前把快递单号发给您；如有其他问题，直接回复此邮件即可。”'

ruleTester(
  rule,
  {
    valid: [
      '李女士，您好！\n\n您的退款已原路退回，预计3个工作日内到账。\n\n祝您生活愉快！\n客服小陈',
      {name: 'an offer on a condition', text: '李女士，您好！\n\n您的退款已原路退回。如有任何疑问，欢迎随时联系我们。\n\n祝好\n客服小陈'},
      {name: 'what we will do', text: '李女士，您好！\n\n我们会在周四为您重新寄出一件。\n\n谢谢！\n客服小陈'},
      {name: 'a request to the customer', text: '李女士，您好：\n\n麻烦您提供一下订单截图。\n\n此致\n敬礼'},
      {name: 'please reply', text: '李女士，您好！\n\n请回复此邮件告知新的收货地址。\n\n谢谢\n客服小陈'},
      {name: 'a question asks for the customer’s answer', text: '李女士，您好！\n\n新的兑换码可以使用了吗？\n\n祝好\n客服小陈'},
      {name: 'still anything we can help with', text: '李女士，您好！\n\n补发的包裹已签收。还有什么可以帮您的？\n\n客服小陈'},
      {name: 'next', text: '李女士，您好！\n\n接下来，技术同事会联系您确认细节。\n\n祝好'},
      {name: 'a link is where the customer goes next', text: '李女士，您好！\n\n重置步骤在这里：https://example.com/reset\n\n谢谢！\n客服小陈'},
      {name: 'the offer in the closing line', text: '李女士，您好！\n\n退款已到账。\n\n祝您生活愉快，有问题欢迎随时联系！\n客服小陈'},
      {name: 'traditional characters', text: '李女士，您好！\n\n您的退款已退回。如有任何問題，歡迎隨時與我們聯繫。\n\n祝您生活愉快！\n客服小陳'},
      {name: 'if the problem persists', text: '李女士，您好！\n\n账号已经解锁。如问题仍未解决，请告诉我们。\n\n客服小陈'},
      {name: 'a chat message mid-conversation', channel: 'chat', text: '您的退款已原路退回。'},
      {name: 'a team’s own phrase', options: {phrases: ['结案']}, text: '李女士，您好！\n\n本次投诉已结案，退款已到账。\n\n客服小陈'}
    ],
    invalid: [
      {
        name: 'reported at the last line above the closing',
        text: '李女士，您好！\n\n您的退款已原路退回。\n\n祝您生活愉快！\n客服小陈',
        errors: [{message, line: 3, column: 1, endLine: 3, endColumn: 11}]
      },
      {text: '您的退款已原路退回。', errors: [{message, line: 1, column: 1}]},
      {
        name: 'traditional characters',
        text: '李女士，您好！\n\n關於您的退款，已經退回原帳戶。\n\n祝您生活愉快！\n客服小陳',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'a past action with 将 is no future',
        text: '李女士，您好！\n\n我们已将退款退回您的账户。\n\n谢谢！\n客服小陈',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'please that only asks for understanding',
        text: '李女士，您好！\n\n包裹延误了，给您带来不便，请您谅解。\n\n感谢您的理解与支持！\n客服小陈',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'an apology for any inconvenience is no offer',
        text: '李女士，您好！\n\n您的订单已取消，如有不便，敬请谅解。\n\n客服小陈',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'quoted text does not count as the agent’s next step',
        text: '李女士，您好！\n\n您的问题已经解决了。\n\n> 请尽快回复我，谢谢！',
        errors: [{message, line: 3, column: 1}]
      },
      {
        name: 'the hotline and the date in the signature are no step',
        text: '李女士，您好：\n\n您的发票已开具。\n\n此致\n敬礼！\n\n某某科技有限公司客户服务部\n客服热线：400-888-8888\n2026年5月6日',
        errors: [{message, line: 3, column: 1, endColumn: 9}]
      }
    ]
  },
  'zh'
)
