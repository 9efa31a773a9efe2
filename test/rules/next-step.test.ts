import rule from '../../rules/next-step.js'
import {ruleTester} from '../rule-tester.js'

const message =
  'Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.”'

ruleTester(rule, {
  valid: [
    'Hi Anna,\n\nYour refund was sent. You will see it within 5 days.\n\nKind regards,\nDaniel',
    'Hi Anna,\n\nYour refund was sent. Let us know if anything else comes up.\n\nBest,\nDaniel',
    'Hi Anna,\n\nYour refund was sent. We will confirm by email tomorrow.\n\nBest,\nDaniel',
    {name: 'a chat message mid-conversation', channel: 'chat', text: 'Your refund was sent.'},
    {name: 'a date', text: 'Hi Anna,\n\nThe parcel arrives on 12 March.\n\nBest,\nDaniel'},
    {name: 'a time frame', text: 'Hi Anna,\n\nThe refund takes two days to show.\n\nBest,\nDaniel'},
    {name: 'a contracted will', text: 'Hi Anna,\n\nIt’ll be on your statement soon.\n\nBest,\nDaniel'},
    {name: 'a question asks for the customer’s answer', text: 'Hi Anna,\n\nDid the new code work for you?\n\nBest,\nDaniel'},
    {name: 'a request to the customer', text: 'Hi Anna,\n\nCould you send a photo of the label.\n\nBest,\nDaniel'},
    {name: 'please with a verb', text: 'Hi Anna,\n\nYour order is late. Please update the address on the order.\n\nBest,\nDaniel'},
    {name: 'a link is where the customer goes next', text: 'Hi Anna,\n\nThe steps are on https://example.com/reset for you.\n\nBest,\nDaniel'},
    {name: 'a recommendation', text: 'Hi Anna,\n\nWe recommend restarting the router first.\n\nBest,\nDaniel'},
    {name: 'a team’s own phrase', options: {phrases: ['case closed']}, text: 'Hi Anna,\n\nThe case closed with a full refund.\n\nBest,\nDaniel'}
  ],
  invalid: [
    {
      name: 'reported at the last line above the closing',
      text: 'Hi Anna,\n\nYour refund was sent.\n\nKind regards,\nDaniel',
      errors: [{message, line: 3, column: 1, endLine: 3, endColumn: 22}]
    },
    {text: 'Your refund was sent.', errors: [{message, line: 1, column: 1}]},
    {
      name: 'quoted text does not count as the agent’s next step',
      text: 'Hi Anna,\n\nSorry about the delay.\n\n> Please let me know when it ships, thanks!',
      errors: [{message, line: 3, column: 1}]
    },
    {
      name: 'please that only informs',
      text: 'Hi Anna,\n\nYour order is late. Please be advised that the courier has it.\n\nKind regards,\nDaniel',
      errors: [{message, line: 3, column: 21}]
    },
    {
      name: 'template syntax alone is no next step',
      text: 'Hi {{name}},\n\nYour refund was sent.\n{{ next_steps }}\n\nKind regards,\nDaniel',
      errors: [{message, line: 3, column: 1}]
    }
  ]
})
