import rule from '../../rules/polite-forms.js'
import {ruleTester} from '../rule-tester.js'

const please = (verb: string) => `Add “please” to this request: “Please ${verb} …” or ask “Could you ${verb} …?”.`
const noSalutation = 'Open the reply with a salutation that names the customer, e.g. “Hi Anna,” or “Dear Mr Lee,”.'
const noClosing = 'End with a polite closing, e.g. “Kind regards,” and your name, or “Thanks again for your patience.”.'

ruleTester(rule, {
  valid: [
    'Hi Anna,\n\nPlease send us your order number.\n\nKind regards,\nDaniel',
    'Hi Anna,\n\nCould you send us a photo of the label?\n\nThanks,\nDaniel',
    'Dear Mr Lee,\n\nThank you for your patience.\n\nBest regards,\nSupport',
    {name: 'chat needs no salutation or closing', channel: 'chat', text: 'Please DM us your email address and we will take a look.'},
    {name: 'numbered how-to steps are not requests', channel: 'chat', text: '1. Open Settings.\n2. Tap Account.\n3. Select Reset password.'},
    {name: 'steps after a colon', channel: 'chat', text: 'To reset it:\nGo to Settings and tap Reset.'},
    {name: 'noun, not a verb', channel: 'chat', text: 'Email address changes take a day.'},
    {name: 'thanks softens the request', channel: 'chat', text: 'Send us a DM with your order number, thanks!'},
    {name: 'a filled template salutation', text: 'Hi {{first_name}},\n\nThanks for waiting.\n\nBest,\nDaniel'},
    {name: 'an invitation, not a request', channel: 'chat', text: 'Let us know if the code works. DM us anytime.'},
    {name: 'a suggestion, not a request', channel: 'chat', text: 'Try these steps. Check out our guide.'},
    {name: 'an empty salutation is for placeholder', text: 'Hi ,\n\nThank you for your order.\n\nKind regards,\nDaniel'},
    {name: 'checks can be turned off', channel: 'chat', options: {requests: false}, text: 'Send us your order number.'}
  ],
  invalid: [
    {
      channel: 'chat',
      text: 'Send us your order number.',
      errors: [{message: please('send'), line: 1, column: 1, endColumn: 5, expected: ['Please send']}]
    },
    {
      channel: 'social',
      text: '@sam Thanks for reaching out. DM us the email on the account.',
      errors: [{message: please('dm'), line: 1, column: 31, expected: ['Please dm']}]
    },
    {
      channel: 'chat',
      text: 'Let us know the code on the card.',
      errors: [{message: please('let us know'), line: 1, column: 1, endColumn: 12}]
    },
    {
      text: 'Hi customer,\n\nThank you for your order.\n\nKind regards,\nDaniel',
      errors: [{message: 'Greet the customer by name instead of “Hi customer”, e.g. “Hi Anna,”.', line: 1, column: 1, endColumn: 12}]
    },
    {
      text: 'Thank you for your order. It ships tomorrow.\n\nKind regards,\nDaniel',
      errors: [{message: noSalutation, line: 1, column: 1, endColumn: 26}]
    },
    {
      text: 'Hi Anna,\n\nYour order ships tomorrow.\nWe will email the tracking number.',
      errors: [{message: noClosing, line: 4, column: 1, endLine: 4, endColumn: 35}]
    },
    {
      name: 'salutation and closing checks follow the options',
      channel: 'chat',
      options: {salutation: true, closing: true},
      text: 'Your order ships tomorrow.\nWe will email the tracking number.',
      errors: [
        {message: noSalutation, line: 1, column: 1},
        {message: noClosing, line: 2, column: 1}
      ]
    }
  ]
})
