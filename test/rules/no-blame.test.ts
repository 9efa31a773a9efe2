import rule from '../../rules/no-blame.js'
import {ruleTester} from '../rule-tester.js'

ruleTester(rule, {
  valid: [
    'You must be frustrated.',
    "You don't need to send it back.",
    'You should have received an email with the label.',
    'You should have the paid plan now.',
    'Could you tell me when you placed the order?'
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
