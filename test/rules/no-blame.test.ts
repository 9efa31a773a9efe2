import rule from '../../rules/no-blame.js'
import {ruleTester} from '../rule-tester.js'

ruleTester(rule, {
  valid: [
    'You must be frustrated.',
    "You don't need to send it back.",
    'You should have received an email with the label.',
    'You should have the paid plan now.',
    'Could you tell me when you placed the order?',
    {name: 'a condition blames no one', text: 'If you forgot to add the code, add it on the order page.'},
    {name: 'a requirement, not a guess about a mistake', text: 'You must have access to your backup email to change it.'},
    {name: 'an acknowledgement', text: 'You must have been worried when the parcel did not come.'},
    {name: 'a neutral pointer back', text: 'As mentioned, the refund takes three days.'}
  ],
  invalid: [
    {
      text: 'You failed to enter the code.',
      errors: [
        {
          message: '“You failed to” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”',
          line: 1,
          column: 1,
          endColumn: 14
        }
      ]
    },
    {
      text: 'You should have called us first.',
      errors: [
        {message: '“You should have” lectures the customer about the past: say what to do now, e.g. “Next time, the tracking page shows this.”', line: 1, column: 1}
      ]
    },
    {
      text: "Why didn't you tell us?",
      errors: [{message: "“Why didn't you” sounds like an accusation: ask for what you need, e.g. “Could you tell me when you placed the order?”", line: 1, column: 1}]
    },
    {
      text: 'As I already said, the refund is sent. Per my last email, it takes a week.',
      errors: [
        {message: '“As I already said” reads as impatience: restate the point plainly, e.g. “To recap: …”.', line: 1, column: 1},
        {message: '“Per my last email” reads as impatience: restate the point plainly, e.g. “To recap: …”.', line: 1, column: 40}
      ]
    },
    {
      text: 'You forgot to add the code. You must have entered the wrong email.',
      errors: [
        {message: '“You forgot to” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”', line: 1, column: 1, endColumn: 14},
        {
          message: '“You must have entered” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”',
          line: 1,
          column: 29,
          endColumn: 50
        }
      ]
    },
    {
      text: 'The photo came through, but you didn’t provide the order number.',
      errors: [
        {message: '“you didn’t provide” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”', line: 1, column: 29}
      ]
    },
    {
      text: 'As previously mentioned, the refund is on its way. As I told you, it takes a week.',
      errors: [
        {message: '“As previously mentioned” reads as impatience: restate the point plainly, e.g. “To recap: …”.', line: 1, column: 1},
        {message: '“As I told you” reads as impatience: restate the point plainly, e.g. “To recap: …”.', line: 1, column: 52}
      ]
    },
    {
      text: 'Please calm down.',
      errors: [
        {
          message: '“Please calm down” argues with the customer: acknowledge and move on, e.g. “I understand this is frustrating; here is what I can do.”',
          line: 1,
          column: 1,
          endColumn: 17
        }
      ]
    }
  ]
})
