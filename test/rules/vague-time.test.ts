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
    {name: 'not our commitment', text: 'The update should install soon after you restart.'},
    {name: 'the customer’s action', text: 'Please reply ASAP so we can fix it. Could you send the photo as soon as possible?'},
    {name: 'within the next hour', text: 'We will reply shortly, within the next hour.'},
    {name: 'within a day', text: 'We’ll get back to you soon, within a day.'},
    {name: 'by end of day', text: 'We will email you soon, by end of day.'},
    {name: 'a date', text: 'We will ship it soon, on the 5th.'},
    {name: 'next week', text: 'We will update you soon, next week at the latest.'}
  ],
  invalid: [
    {text: 'We will send it soon.', errors: [{message: guess('soon'), line: 1, column: 17, endColumn: 21}]},
    {
      name: 'a time in the customer’s quoted words below is no time of ours',
      text: 'We will send it soon.\n> You promised it by Friday!',
      errors: [{message: guess('soon'), line: 1, column: 17}]
    },
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
    },
    {
      name: 'one message for one vague commitment',
      text: 'We’ll be in touch shortly.',
      errors: [{message: guess('shortly'), line: 1, column: 19}]
    },
    {
      text: 'We’ll help as soon as we’re able.',
      errors: [{message: '“as soon as we’re able” is no time at all: give a day or an hour, e.g. “by Friday” or “within 2 hours”.', line: 1, column: 12}]
    },
    {
      name: '“please know” is still our commitment',
      text: 'Please know we will reply soon.',
      errors: [{message: guess('soon'), line: 1, column: 27}]
    },
    {
      name: 'we act after the customer’s request',
      text: 'Could you share the details so we can reach out ASAP?',
      errors: [{message: '“ASAP” is no time at all: give a day or an hour, e.g. “by Friday” or “within 2 hours”.', line: 1, column: 49}]
    },
    {
      name: 'a few days is no time a customer can plan on',
      text: 'We will reply within a few days, soon.',
      errors: [{message: guess('soon'), line: 1, column: 34}]
    }
  ]
})
