import rule from '../../rules/casual-register.js'
import {ruleTester} from '../rule-tester.js'

const slang = (word: string, formal: string, example: string) => `“${word}”是网络用语，回复客户不够正式：请写“${formal}”，例如“${example}”`
const address = (word: string, formal: string, example: string) =>
  `“${word}”是网购聊天里的昵称，在邮件和公开回复里过于随意：请称呼“${formal}”，例如“${example}”`

ruleTester(
  rule,
  {
    valid: [
      '您好，请问有什么可以帮您？',
      {name: '亲 in words: 亲自, 父亲, 亲爱的, 亲子, 亲测', text: '我们会亲自核实。您父亲的订单已发货，亲爱的王先生，亲子套餐与亲测报告见附件。'},
      {name: '亲 as an address is fine in chat', channel: 'chat', text: '亲，您的订单已经发出啦，好的亲。'},
      {name: '童鞋 sold by a shop', text: '您购买的这双童鞋已经发货了。'},
      {name: 'a colour, wood and a swelling', text: '酱紫色的外套用的是红木纽扣，积木有三种颜色，伤口红肿么？'},
      {name: 'cheerful, and joking something away', text: '师傅笑呵呵地说不要打哈哈。'},
      {name: '哈哈 is fine in chat', channel: 'chat', text: '哈哈，问题解决了就好。'},
      {name: 'the customer’s words in quotes', text: '您说“神马情况，木有收到”，我们马上为您查询。'},
      {name: 'allowed in chat when the config says so', channel: 'chat', options: {allowInChat: true}, text: '好哒，酱紫就可以了。'},
      {name: 'a team allow list', options: {allow: ['亲']}, text: '亲，您的订单已发货。'},
      {name: 'traditional 親 in a word', text: '我們會親自為您處理，單親家庭優惠已生效。'}
    ],
    invalid: [
      {
        channel: 'chat',
        text: '神马情况？我这边木有看到订单。',
        errors: [
          {message: slang('神马', '什么', '请问有什么可以帮您？'), line: 1, column: 1, endColumn: 3, expected: ['什么']},
          {message: slang('木有', '没有', '目前还没有物流信息。'), line: 1, column: 9, endColumn: 11, expected: ['没有']}
        ],
        output: '什么情况？我这边没有看到订单。'
      },
      {
        name: 'the longest slang wins: 有木有, 表酱紫',
        text: '您有木有收到短信？表酱紫嘛。',
        errors: [
          {message: slang('有木有', '有没有', '请问您有没有收到短信？'), line: 1, column: 2, endColumn: 5, expected: ['有没有']},
          {message: slang('表酱紫', '不要这样', '您先别着急，我们马上处理。'), line: 1, column: 10, endColumn: 13}
        ],
        output: '您有没有收到短信？不要这样嘛。'
      },
      {
        name: 'traditional characters: the traditional word',
        text: '好噠，我們這邊木有查到。',
        errors: [
          {message: slang('好噠', '好的', '好的，马上为您处理。'), line: 1, column: 1},
          {message: slang('木有', '沒有', '目前还没有物流信息。'), line: 1, column: 8, expected: ['沒有']}
        ],
        output: '好的，我們這邊沒有查到。'
      },
      {
        name: 'dropped, never applied by --fix',
        channel: 'chat',
        text: '已经退款了么么哒，呵呵。',
        errors: [
          {message: '“么么哒”对客户过于亲昵：删掉它，例如写“祝您生活愉快！”', line: 1, column: 6, endColumn: 9, expected: ['']},
          {message: '“呵呵”在客户看来像敷衍或嘲讽：删掉它，例如写“好的，已为您处理。”', line: 1, column: 10, expected: ['']}
        ]
      },
      {
        name: '哈哈哈 in e-mail',
        text: '哈哈哈，问题解决了。',
        errors: [{message: '“哈哈哈”在邮件里不够正式：删掉它，例如写“很高兴问题已经解决了。”', line: 1, column: 1, endColumn: 4}]
      },
      {
        name: '亲 and 亲们 as an address in e-mail and social',
        channel: 'social',
        text: '亲们注意啦！亲亲，活动明天开始。',
        errors: [
          {message: address('亲们', '各位', '各位好。'), line: 1, column: 1, endColumn: 3, expected: ['各位']},
          {message: address('亲亲', '您', '您好，您的订单已发货。'), line: 1, column: 7, endColumn: 9, expected: ['您']}
        ]
      },
      {
        name: '童鞋 addressing someone',
        text: '各位童鞋好，童鞋们辛苦了。',
        errors: [
          {message: slang('童鞋', '同学', '各位同学好。'), line: 1, column: 3},
          {message: slang('童鞋', '同学', '各位同学好。'), line: 1, column: 7}
        ],
        output: '各位同学好，同学们辛苦了。'
      },
      {
        name: 'slang still counts in chat unless allowed',
        channel: 'chat',
        text: '嗯嗯，灰常感谢。',
        errors: [
          {message: slang('嗯嗯', '好的', '好的，已经为您查到了。'), line: 1, column: 1, expected: ['好的']},
          {message: slang('灰常', '非常', '非常感谢您的耐心。'), line: 1, column: 4}
        ],
        output: '嗯嗯，非常感谢。'
      }
    ]
  },
  'zh'
)
