import rule from '../../rules/condescension.js'
import {ruleTester} from '../rule-tester.js'

const slow = (found: string) => `“${found}”会让客户觉得自己反应慢：删掉它，直接说明事实，例如“按钮在页面左侧。”`
const trivial = (found: string) =>
  `“${found}”暗示这件事很容易，可客户正是卡在这里：去掉这句评价，直接说明步骤，例如“请在‘设置’里打开‘通知’。”`
const mocking = (found: string) => `“${found}”是在嘲讽客户：请耐心说明步骤，例如“第一步，打开‘我的订单’；第二步，点击‘申请退款’。”`

ruleTester(
  rule,
  {
    valid: [
      '简单来说，退款会原路退回到您的银行卡。',
      '这只是一个小问题，我们今天就能修好。',
      '我刚刚查了您的订单，包裹已经到了分拣中心。',
      {name: 'a neutral instruction in Chinese', text: '您只需要点击“确认收货”，再选择“申请售后”即可。'},
      '当然可以，很乐意帮忙！',
      {name: 'our own mistake, plainly', text: '这显然是我们的失误，非常抱歉。'},
      {name: 'our own mistake, traditional', text: '這顯然是我們的失誤，我們會補寄。'},
      {name: 'a defect plain to see', text: '照片上的划痕很明显，我们马上为您换一台。'},
      {name: 'not everyone knows', text: '不是大家都知道这个功能，我来一步步说明。'},
      {name: 'not simple at all', text: '这个问题并不是很简单，我们需要多一点时间核实。'},
      {name: 'our process described', text: '只需三个很简单的步骤：打开订单、点击退货、选择原因。'},
      {name: 'none of this will affect', text: '这都不会影响您的保修。'},
      {name: 'even this is taken care of', text: '连这个都帮您处理好了，您不用再操作。'},
      {name: 'the customer’s words in quotes', text: '您说页面上写着“这很简单”，可是步骤确实没有写清楚。'}
    ],
    invalid: [
      {
        text: '显然，按钮在页面左侧。',
        errors: [{message: slow('显然'), line: 1, column: 1, endColumn: 4, expected: ['']}],
        output: '按钮在页面左侧。'
      },
      {
        name: 'traditional characters, mid-sentence',
        text: '您顯然沒有看到郵件。',
        errors: [{message: slow('顯然'), line: 1, column: 2, endColumn: 4, expected: ['']}],
        output: '您沒有看到郵件。'
      },
      {
        text: '很明显，您需要先登录。众所周知，退货要保留包装。',
        errors: [
          {message: slow('很明显'), line: 1, column: 1, expected: ['']},
          {message: slow('众所周知'), line: 1, column: 12, expected: ['']}
        ],
        output: '您需要先登录。退货要保留包装。'
      },
      {
        name: 'a predicate is the agent’s to rewrite',
        text: '这很明显。',
        errors: [{message: slow('很明显'), line: 1, column: 2, endColumn: 5}]
      },
      {
        text: '这很简单，打开设置就行。谁都知道要先付款。',
        errors: [
          {message: trivial('这很简单'), line: 1, column: 1, endColumn: 5},
          {message: slow('谁都知道'), line: 1, column: 13}
        ]
      },
      {
        text: '這是常識。',
        errors: [{message: trivial('這是常識'), line: 1, column: 1}]
      },
      {
        text: '这都不会？连这个都不知道。',
        errors: [
          {message: mocking('这都不会'), line: 1, column: 1},
          {message: mocking('连这个都'), line: 1, column: 6}
        ]
      }
    ]
  },
  'zh'
)
