import rule from '../../rules/over-promise.js'
import {ruleTester} from '../rule-tester.js'

const instead = 'say what you will do and when, e.g. “We will check it today and email you by 5 pm.”'

ruleTester(rule, {
  valid: [
    'We offer a money-back guarantee.',
    'Our price guarantee policy covers this.',
    'We cannot guarantee the date, but we will email you by Friday.',
    'Your laptop has a two-year warranty.',
    {name: 'a policy with its length', text: 'Every plan comes with a 30-day guarantee.'},
    {name: 'the guarantee as a noun', text: 'Your purchase is covered by our guarantee.'},
    'We definitely want to help.',
    "We can't make any promises, but we will ask the team today.",
    'You wrote: “you promised it would never happen again”.'
  ],
  invalid: [
    {
      text: 'We guarantee delivery by Friday.',
      errors: [{message: `“We guarantee” promises more than you control: ${instead}`, line: 1, column: 1, endColumn: 13}]
    },
    {
      text: 'I promise this will never happen again.',
      errors: [
        {message: `“I promise” is a promise you may not be able to keep: ${instead}`, line: 1, column: 1},
        {
          message: '“never happen again” cannot be promised: say what you changed so it is less likely, e.g. “We have added a check to stop this.”',
          line: 1,
          column: 21,
          endColumn: 39
        }
      ]
    },
    {
      text: 'We will definitely fix it.',
      errors: [{message: `“will definitely” sounds certain; if it is not in your hands, ${instead}`, line: 1, column: 4}]
    },
    {
      text: 'It is definitely going to arrive tomorrow.',
      errors: [{message: `“definitely going to” sounds certain; if it is not in your hands, ${instead}`, line: 1, column: 7, endColumn: 26}]
    },
    {
      text: 'The parcel is guaranteed to arrive on Friday.',
      errors: [{message: `“guaranteed” promises more than you control: ${instead}`, line: 1, column: 15}]
    },
    {
      text: 'We will make sure this won’t ever happen again.',
      errors: [
        {
          message: '“won’t ever happen again” cannot be promised: say what you changed so it is less likely, e.g. “We have added a check to stop this.”',
          line: 1,
          column: 24
        }
      ]
    },
    {
      text: 'I can assure you we are on it. It is 100% sure to arrive.',
      errors: [
        {message: `“I can assure you” asks for trust instead of giving facts: ${instead}`, line: 1, column: 1},
        {message: `“100% sure” sounds certain; if it is not in your hands, ${instead}`, line: 1, column: 38}
      ]
    }
  ]
})
