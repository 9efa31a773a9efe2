import rule from '../../rules/positive-framing.js'
import {ruleTester} from '../rule-tester.js'

const say = (found: string) =>
  `“${found}”只说了做不到的事：请说明您能做什么、给出替代方案，例如把“周一周二我们不能安排”写成“我们可以在周三为您安排”。`

ruleTester(
  rule,
  {
    valid: [
      {name: 'the seed’s own rewrite: the alternative follows', text: '周一周二我们不能安排，我们可以在周三为您安排。'},
      {name: 'traditional characters, with the alternative', text: '周一周二我們不能安排，我們可以在周三為您安排。'},
      {name: 'the alternative in the next sentence', text: '我们暂时无法发货。我们会在周三补货后第一时间为您发出。'},
      {name: 'the alternative first, then the limit', text: '我们可以为您换货，但无法退款。'},
      '我们无法为您退款，但可以为您换货。',
      '这个时间段没办法上门，不过周六全天都可以。',
      '我们迫不及待想为您服务。',
      '这款耳机的音质好得不能再好了。',
      '感激不尽，您的建议对我们很重要。',
      '不用担心，没问题，不客气。',
      {name: 'the customer’s symptom, not our refusal', text: '您无法登录的问题我们已经收到，技术同事正在排查。'},
      {name: 'the customer as subject', text: '您无法登录，是因为密码连续输错了三次。'},
      {name: 'the customer’s symptom with the subject left out', text: '密码输错三次后，暂时无法登录。'},
      {name: 'a refusal describing a problem', text: '无法登录的问题已经修复。'},
      {name: 'a condition', text: '如果无法登录，请重启应用后再试。'},
      {name: 'a condition in 的话', text: '周五不行的话，我们周六上门。'},
      {name: '实在不行 is “if all else fails”', text: '实在不行的话，您把订单号发给我。'},
      {name: 'a consequence after 否则', text: '请在下午四点前下单，否则无法当天发货。'},
      {name: 'a question', text: '请问您是无法登录吗？'},
      {name: 'an A-not-A question is one word', text: '能不能麻烦您提供一下订单号'},
      {name: 'a report of what we tried', text: '我们无法联系到您，请留一个方便接听的电话。'},
      {name: 'empathy that looks like a refusal', text: '我们无法想象您等了这么久有多着急。'},
      {name: 'a commitment that looks like a refusal', text: '我们不能让您白跑一趟。'},
      {name: 'a thing as subject', text: '您的订单在发货后无法修改。'},
      {name: 'quoted customer words', text: '您提到客服说“我们不能退款”，这是我们的失误。'},
      {name: 'team phrases only when configured', text: '这不符合公司规定。'}
    ],
    invalid: [
      {
        name: 'the seed’s example',
        text: '周一周二我们不能安排。',
        errors: [{message: say('不能'), line: 1, column: 7, endColumn: 9}]
      },
      {
        name: 'traditional characters',
        text: '周一周二我們不能安排。',
        errors: [{message: say('不能'), line: 1, column: 7}]
      },
      {
        name: 'the subject left out after an apology',
        text: '您好！\n抱歉，目前无法退款。',
        errors: [{message: say('无法'), line: 2, column: 6, endColumn: 8}]
      },
      {
        name: '为您 inside the refusal is what is refused',
        text: '很抱歉，我们无法为您退款。请您耐心等待。',
        errors: [{message: say('无法'), line: 1, column: 7}]
      },
      {
        name: '为您 in a second refusal offers nothing',
        text: '周一周二我们不能安排。很抱歉，我们也无法为您改期。',
        errors: [
          {message: say('不能'), line: 1, column: 7},
          {message: say('无法'), line: 1, column: 19}
        ]
      },
      {
        text: '订单已经发出，无法修改地址。',
        errors: [{message: say('无法'), line: 1, column: 8}]
      },
      {
        text: '这个我们真的办不到。',
        errors: [{message: say('办不到'), line: 1, column: 7, endColumn: 10}]
      },
      {
        name: 'traditional 沒辦法',
        text: '我們沒辦法改地址。',
        errors: [{message: say('沒辦法'), line: 1, column: 3}]
      },
      {
        name: '不能够 is one finding',
        text: '我们不能够保证明天送到。',
        errors: [{message: say('不能够'), line: 1, column: 3, endColumn: 6}]
      },
      {
        text: '亲，这个不行哦。',
        errors: [{message: say('不行'), line: 1, column: 5}]
      },
      {
        name: 'a company adds its own refusal phrases',
        text: '这不符合公司规定。',
        options: {phrases: ['不符合公司规定']},
        errors: [{message: say('不符合公司规定'), line: 1, column: 2}]
      }
    ]
  },
  'zh'
)
