import rule from '../../rules/jargon.js'
import {ruleTester} from '../rule-tester.js'

const ours = (term: string, plain: string) => `“${term}” is our word, not the customer’s: write “${plain}” (or explain the term).`
const spell = (acronym: string) => `Spell out “${acronym}” or say it in plain words: the customer may not know it.`

ruleTester(rule, {
  valid: [
    'Your plane ticket is attached.',
    'Send us the PDF and your order ID by SMS or through the FAQ page.',
    'We sent the RMA (return authorization) number by email.',
    {name: 'agent initials after a closing link', channel: 'social', text: 'You can change the booking here: https://example.com/trips HRB'},
    {name: 'the name of an app', text: 'The BHIM app is made by another company, so its support team can help.'},
    {name: 'words customers use for video and games', text: 'You can play in HD or SD, and the DLC is included.'},
    'Your return merchandise authorization (RMA) is attached.',
    'Thanks for your patience! ^AJ',
    'Please visit https://example.com/KB/TAT for details.',
    {name: 'allowed by the team', text: 'Your SKU is on the box.', options: {allow: ['SKU']}},
    {name: 'acronym check off', text: 'Your XYZ code is ready.', options: {acronyms: false}}
  ],
  invalid: [
    {
      text: 'I have opened a support ticket for you.',
      errors: [{message: ours('ticket', 'request'), line: 1, column: 25, endColumn: 31, expected: ['request']}]
    },
    {
      text: 'Our L2 team will escalate this within the SLA.',
      errors: [
        {message: ours('L2', 'our specialist team'), line: 1, column: 5},
        {message: ours('escalate', 'pass to a specialist'), line: 1, column: 18},
        {message: ours('SLA', 'the response time we promise'), line: 1, column: 43}
      ]
    },
    {
      text: 'The backend fix is in prod.',
      errors: [
        {message: ours('backend', 'our systems'), line: 1, column: 5},
        {message: ours('prod', 'the live service'), line: 1, column: 23}
      ]
    },
    {
      text: 'Your PIN is fine, but the CTO says the TBR date moved.',
      errors: [
        {message: spell('CTO'), line: 1, column: 27, endColumn: 30},
        {message: spell('TBR'), line: 1, column: 40}
      ]
    },
    {
      name: 'a company glossary',
      text: 'Your PlanB migration is done.',
      options: {terms: {'PlanB migration': 'move to the new plan'}},
      errors: [{message: ours('PlanB migration', 'move to the new plan'), line: 1, column: 6}]
    }
  ]
})
