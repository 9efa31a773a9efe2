import rule from '../../rules/next-step.js'
import {ruleTester} from '../rule-tester.js'

const message =
  'Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.”'

ruleTester(rule, {
  valid: [
    'Hi Anna,\n\nYour refund was sent. You will see it within 5 days.\n\nKind regards,\nDaniel',
    'Hi Anna,\n\nYour refund was sent. Let us know if anything else comes up.\n\nBest,\nDaniel',
    'Hi Anna,\n\nYour refund was sent. We will confirm by email tomorrow.\n\nBest,\nDaniel',
    {name: 'a chat message mid-conversation', channel: 'chat', text: 'Your refund was sent.'}
  ],
  invalid: [
    {
      name: 'reported at the last line above the closing',
      text: 'Hi Anna,\n\nYour refund was sent.\n\nKind regards,\nDaniel',
      errors: [{message, line: 3, column: 1, endLine: 3, endColumn: 22}]
    },
    {text: 'Your refund was sent.', errors: [{message, line: 1, column: 1}]}
  ]
})
