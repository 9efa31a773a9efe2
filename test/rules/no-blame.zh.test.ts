import rule from '../../rules/no-blame.js'
import {ruleTester} from '../rule-tester.js'

const blame = (found: string) => `“${found}”是在责怪客户：请直接说明怎么解决，例如“表单需要填写订单号，订单号在确认短信里。”`
const lecture = (found: string) =>
  `“${found}”是在就过去的事说教：请说明现在怎么做，例如“下次在物流页面就能看到进度，这次我已经帮您加急了。”`
const accuse = (found: string) => `“${found}”听起来像在质问：请直接询问需要的信息，例如“请问您是哪天下的单？”`
const impatience = (found: string) => `“${found}”显得不耐烦：请平和地把要点再说一遍，例如“简单回顾一下：退款会在3个工作日内到账。”`
const argue = (found: string) =>
  `“${found}”是在和客户争辩：请先表示理解，再说明能做什么，例如“我理解这让您很着急，我现在就为您处理。”`
const command = (found: string) =>
  `“${found}”是命令的口气：请说明需要什么、为什么，例如“申请退款需要先登录账户，登录入口在页面右上角。”`
const brushOff = (found: string) => `“${found}”是在打发客户：请直接给出答案或带客户一步步操作，例如“我帮您查了，包裹明天上午送到。”`
const dontKnow = (found: string) =>
  `“${found}”是在打发客户：请说明您会去查清楚、何时答复，例如“这个问题我马上帮您核实，今天下午5点前答复您。”`

ruleTester(
  rule,
  {
    valid: [
      {name: 'a cause in a condition', text: '如果是您没有更新App导致的，更新后就能正常使用。'},
      {name: 'a condition with “yourself”, and what was mistyped, now put right', text: '如果您自己填错了地址，请告诉我们。您自己填错的地址我们已经改好了。'},
      {name: 'a hedged diagnosis', text: '可能是您没有开启通知权限造成的，请到设置中开启。'},
      '您一定很着急，我们马上为您加急处理。',
      '您不需要寄回旧的配件，您不用担心运费。',
      {name: '“you should have received” is information', text: '您应该已经收到了我们的退款短信。'},
      {name: 'what the customer can expect, traditional', text: '您本該週一收到包裹，我們正在查原因。'},
      {name: '“I wonder whether”', text: '不知道您是否方便明天上午接听电话？'},
      {name: '“I wonder whether”, no subject', text: '不知道是否已经收到新寄的耳机？'},
      {name: 'not knowing yet, and finding out', text: '目前还不知道具体原因，我们查到后第一时间告诉您。'},
      {name: 'not knowing, and help in the next sentence', text: '这个我不知道。我马上帮您问一下仓库。'},
      {name: 'the customer may not know', text: '您可能不知道，我们新推出了上门换货服务。'},
      {name: 'a condition blames no one', text: '如果您填错了地址，可以在订单页修改一次。'},
      {name: 'a question blames no one', text: '您是不是填错了邮箱？我帮您核对一下。'},
      {name: 'a condition blames no one, traditional', text: '如果您填錯了地址，可以在訂單頁修改一次。'},
      {name: 'reassurance', text: '这不是您的错，是系统没有发出短信。'},
      {name: 'the agent owning the misunderstanding', text: '让您误会了，非常抱歉，优惠券是下单时自动抵扣的。'},
      {name: 'a promise recalled', text: '我之前说过会在周五回复您，现在结果出来了。'},
      {name: 'self-service offered', text: '您也可以自己查一下物流进度，我这边也会跟进。'},
      {name: 'advice for next time', text: '明天您应该早点出发，避开晚高峰。'},
      {name: 'the customer’s words in quotes', text: '您说客服回复“你自己看”，这样的回复确实不对，我来帮您查。'}
    ],
    invalid: [
      {
        name: 'the customer named as the cause',
        text: '这个问题是您没有更新App导致的。',
        errors: [{message: blame('是您没有更新App导致的'), line: 1, column: 5}]
      },
      {
        text: '你自己看吧，页面上写得很清楚。',
        errors: [{message: brushOff('你自己看吧'), line: 1, column: 1, endColumn: 6}]
      },
      {
        text: '您怎么不早说？现在已经发货了。',
        errors: [{message: accuse('您怎么不早说'), line: 1, column: 1, endColumn: 7}]
      },
      {
        text: '你应该早点告诉我们。你早该联系客服的。',
        errors: [
          {message: lecture('你应该早点'), line: 1, column: 1},
          {message: lecture('你早该'), line: 1, column: 11}
        ]
      },
      {
        text: '我已经说过了，跟你说过退款要三天。',
        errors: [
          {message: impatience('我已经说过'), line: 1, column: 1},
          {message: impatience('跟你说过'), line: 1, column: 8}
        ]
      },
      {
        name: 'traditional characters',
        text: '你聽不懂嗎？是您自己操作失誤。',
        errors: [
          {message: argue('你聽不懂嗎'), line: 1, column: 1},
          {message: blame('是您自己操作'), line: 1, column: 7}
        ]
      },
      {
        text: '您没看清楚，您搞错了型号。',
        errors: [
          {message: blame('您没看清楚'), line: 1, column: 1},
          {message: blame('您搞错'), line: 1, column: 7}
        ]
      },
      {
        name: '“yourself” between the customer and the mistake',
        text: '这是系统的问题，您自己没有仔细看说明。你自己搞錯了型號。',
        errors: [
          {message: blame('您自己没有仔细看'), line: 1, column: 9},
          {message: blame('你自己搞錯'), line: 1, column: 20}
        ]
      },
      {
        name: 'traditional: the segmenter glues 錯了 into one word (您|輸|錯了)',
        text: '您輸錯了密碼。你看錯了日期，您填錯了地址。',
        errors: [
          {message: blame('您輸錯'), line: 1, column: 1, endColumn: 4},
          {message: blame('你看錯'), line: 1, column: 8, endColumn: 11},
          {message: blame('您填錯'), line: 1, column: 15, endColumn: 18}
        ]
      },
      {
        text: '请您冷静一点，别激动。',
        errors: [
          {message: argue('请您冷静一点'), line: 1, column: 1, endColumn: 7},
          {message: argue('别激动'), line: 1, column: 8}
        ]
      },
      {
        text: '你必须先付款才能发货。',
        errors: [{message: command('你必须'), line: 1, column: 1, endColumn: 4}]
      },
      {
        name: '不知道 as the whole answer',
        text: '您好！\n我不知道。\n这个不知道，您问问快递。',
        errors: [
          {message: dontKnow('不知道'), line: 2, column: 2},
          {message: dontKnow('不知道'), line: 3, column: 3}
        ]
      }
    ]
  },
  'zh'
)
