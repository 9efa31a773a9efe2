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
    "We don't clearly understand the request yet."
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
    }
  ]
})
