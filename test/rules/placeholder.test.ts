import rule from '../../rules/placeholder.js'
import {ruleTester} from '../rule-tester.js'

const fill = (what: string, seen: string) => `Fill in ${what} before sending: the customer would see “${seen}”.`
const noName = 'The salutation has no name: write the customer’s name, e.g. “Hi Anna,”.'

ruleTester(rule, {
  valid: [
    'Hi Anna,\n\nYour order ships today.',
    'See [the guide](https://example.com/guide) and [step two][2].',
    'Your card **** 1234 and XXXX-XXXX-XXXX-1234 are on file.',
    'Hi,\n\nThanks for writing.',
    'Hi <b>Anna</b>, thanks.',
    {name: 'a replylint control comment is no field', text: 'Hi Anna,\n{# replylint-disable-next-line brevity #}\nThanks.'},
    {name: 'a template may have fields', template: true, text: 'Hi {{first_name}},\n\nYour order [ORDER NUMBER] ships on XXX.'}
  ],
  invalid: [
    {
      text: 'Hi {{first_name}},\n\nYour order ships today.',
      errors: [{message: fill('this template field', '{{first_name}}'), line: 1, column: 4, endColumn: 18}]
    },
    {
      text: 'Hi [Customer Name], your order [ORDER NUMBER] ships on XXX.',
      errors: [
        {message: fill('this field', '[Customer Name]'), line: 1, column: 4, endColumn: 19},
        {message: fill('this field', '[ORDER NUMBER]'), line: 1, column: 32},
        {message: fill('this placeholder', 'XXX'), line: 1, column: 56}
      ]
    },
    {
      text: 'Contact <PROJECT NAME> by TBD.',
      errors: [
        {message: fill('this field', '<PROJECT NAME>'), line: 1, column: 9},
        {message: fill('this placeholder', 'TBD'), line: 1, column: 27}
      ]
    },
    {text: 'Hi ,\n\nThanks for writing.', errors: [{message: noName, line: 1, column: 1, endColumn: 5}]},
    {text: 'Dear,\n\nThanks for writing.', errors: [{message: noName, line: 1, column: 1}]}
  ]
})
