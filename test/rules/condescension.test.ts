import rule from '../../rules/condescension.js'
import {ruleTester} from '../rule-tester.js'

const trivial = (found: string) =>
  `“${found}” before an instruction suggests it is trivial; if the customer is stuck it was not: drop “${found.toLowerCase()}”.`

ruleTester(rule, {
  valid: [
    'I just checked your order.',
    'It arrived just now.',
    'Keep the receipt just in case.',
    'Of course, happy to help.',
    'Please write the code clearly.',
    "We don't clearly understand the request yet.",
    {name: 'the agent’s own action', text: 'I’ll just check with the warehouse. Let me just look at the label. We can just send a new one.'},
    {name: 'the recent past', text: 'Did you just restart it? You’ve just updated the app, so go to Settings.'},
    {name: 'what we need is no instruction', text: 'We’d just need your order number.'},
    {name: 'what we need, with the “we” left out', text: 'We are here to help, just need a few more details.'},
    {name: '“of course you can” is kind', text: 'Of course you can return it!'},
    {name: '“it’s easy to miss” is kind', text: 'It’s easy to miss this setting: it is under Privacy.'},
    {name: '“easily” about what we do', text: 'Your order number lets us easily find the parcel.'}
  ],
  invalid: [
    {text: 'Just click Save.', errors: [{message: trivial('Just'), line: 1, column: 1, endColumn: 7, expected: ['C']}], output: 'Click Save.'},
    {
      text: 'You can simply restart the app.',
      errors: [{message: trivial('simply'), line: 1, column: 9, endColumn: 16, expected: ['']}],
      output: 'You can restart the app.'
    },
    {
      text: 'Obviously, the button is on the left.',
      errors: [{message: '“Obviously” can make the customer feel slow: drop it and state the fact.', line: 1, column: 1}],
      output: 'The button is on the left.'
    },
    {
      text: 'Basically, it is a bug. Everyone knows that.',
      errors: [
        {message: '“Basically” adds nothing and can sound dismissive: drop it.', line: 1, column: 1},
        {message: '“Everyone knows” can make the customer feel slow: state the fact without it.', line: 1, column: 25}
      ],
      output: 'It is a bug. Everyone knows that.'
    },
    {
      name: '“just need to” is “just” before an instruction',
      text: 'You just need to restart the app.',
      errors: [{message: trivial('just'), line: 1, column: 5, endColumn: 10, expected: ['']}],
      output: 'You need to restart the app.'
    },
    {
      text: 'Please just click Save.',
      errors: [{message: trivial('just'), line: 1, column: 8}],
      output: 'Please click Save.'
    },
    {
      text: 'You can easily change it in Settings.',
      errors: [{message: '“easily” suggests it is trivial; if the customer is stuck it was not: drop it.', line: 1, column: 9, expected: ['']}],
      output: 'You can change it in Settings.'
    },
    {
      text: 'Of course you need to log in first. It’s easy: open Settings.',
      errors: [
        {message: '“Of course you” can make the customer feel slow: state the fact without it.', line: 1, column: 1, endColumn: 14},
        {message: '“It’s easy” can make the customer feel slow: state the fact without it.', line: 1, column: 37}
      ]
    }
  ]
})
