import rule from '../../rules/empathy.js'
import {ruleTester} from '../rule-tester.js'

const message =
  'This reply answers a problem without acknowledging it: add a line for the customer first, e.g. “I’m sorry your order is late; I understand how frustrating that is.”'

ruleTester(rule, {
  valid: [
    'I am sorry your parcel is delayed. It will arrive on Monday.',
    'I understand how frustrating a broken screen is. A new one ships today.',
    'Thanks for your patience while the order was delayed.',
    {name: 'a plain question needs no empathy', text: 'What size is the blue shirt? It is a medium.'},
    {name: 'a condition is not a problem the customer has', text: 'If your parcel is lost, we will replace it.'},
    {name: 'a negated problem', text: 'No files will be lost when you upgrade.'},
    {name: 'problem words in a link', text: 'Read https://example.com/parcel-delayed-help for the details.'}
  ],
  invalid: [
    {text: 'Your parcel is delayed. It will arrive on Monday.', errors: [{message, line: 1, column: 1, endColumn: 24}]},
    {
      text: 'Hi Sam,\n\nThe charger you received is faulty. A replacement ships today.',
      errors: [{message, line: 3, column: 1}]
    }
  ]
})
