import rule from '../../rules/vague-time.js'
import {ruleTester} from '../rule-tester.js'

const guess = (found: string) => `“${found}” leaves the customer guessing: give a day or an hour, e.g. “by Friday” or “within 2 hours”.`

ruleTester(rule, {
  valid: [
    'We will send the parcel shortly, by 5 pm today.',
    'We will refund you as soon as your parcel arrives.',
    'We will email you within 2 business days.',
    'Talk soon!',
    'Hopefully we will have it back in stock soon.',
    {name: 'a time in the next sentence', text: 'We will call you soon. Expect the call on Tuesday morning.'},
    {name: 'not our commitment', text: 'The update should install soon after you restart.'}
  ],
  invalid: [
    {text: 'We will send it soon.', errors: [{message: guess('soon'), line: 1, column: 17, endColumn: 21}]},
    {
      text: 'We will get back to you.',
      errors: [{message: 'Say when: “We will get back to you by …”, e.g. “We will get back to you by 5 pm tomorrow.”', line: 1, column: 1, endColumn: 24}]
    },
    {
      text: 'We will look into it ASAP.',
      errors: [{message: '“ASAP” is no time at all: give a day or an hour, e.g. “by Friday” or “within 2 hours”.', line: 1, column: 22}]
    },
    {
      text: 'Hi Jo,\nWe will reply in a timely manner.',
      errors: [{message: '“in a timely manner” is no commitment: give a day or an hour, e.g. “by Friday” or “within 2 hours”.', line: 2, column: 15}]
    }
  ]
})
