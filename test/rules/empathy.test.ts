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
    {name: 'problem words in a link', text: 'Read https://example.com/parcel-delayed-help for the details.'},
    {name: 'a long condition is still a condition', text: 'If you think your account was compromised and you lost the code, write to us here.'},
    {name: 'a problem word that names no problem', text: 'Would you like a late checkout on Sunday?'},
    {name: 'a casual acknowledgement on social', text: 'Oh no! Your parcel is delayed; it will arrive on Monday.'},
    {name: 'upset to hear it', text: 'We are deeply upset to hear your account was hacked; please report it here.'},
    {name: 'acknowledging the concern', text: 'I understand your concern: the parcel is late, and it will arrive on Monday.'}
  ],
  invalid: [
    {text: 'Your parcel is delayed. It will arrive on Monday.', errors: [{message, line: 1, column: 1, endColumn: 24}]},
    {
      text: 'Hi Sam,\n\nThe charger you received is faulty. A replacement ships today.',
      errors: [{message, line: 3, column: 1}]
    },
    {
      name: '“that sounds great” acknowledges nothing',
      text: 'That sounds great! Your parcel is delayed until Monday.',
      errors: [{message, line: 1, column: 20, endColumn: 56}]
    },
    {
      name: '“love to hear” acknowledges nothing',
      text: 'We would love to hear more. Your refund is late.',
      errors: [{message, line: 1, column: 29}]
    },
    {
      name: '“if you have any concerns” acknowledges nothing',
      text: 'If you have any concerns, reply here. The jacket you got is damaged.',
      errors: [{message, line: 1, column: 39}]
    },
    {
      name: '“must have been lost” is a guess, not an acknowledgement',
      text: 'It must have been lost in transit. A new one ships today.',
      errors: [{message, line: 1, column: 1, endColumn: 35}]
    },
    {
      name: 'a condition in one sentence does not excuse a problem in the next',
      text: 'If it is late, we refund you. Your other parcel is lost.',
      errors: [{message, line: 1, column: 31}]
    }
  ]
})
