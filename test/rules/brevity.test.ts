import rule from '../../rules/brevity.js'
import {ruleTester} from '../rule-tester.js'

const long = 'We have checked the order and the payment and the address and the courier and the warehouse and the label and the box and the invoice and found nothing wrong at all.'

ruleTester(rule, {
  valid: [
    'We will send the parcel today.',
    'In order of arrival, we answer every message.',
    {name: 'allowed by the team', text: 'Prior to shipping we test it.', options: {allow: ['prior to']}},
    {name: 'a short social reply', channel: 'social', text: 'Thanks for waiting! Your refund is on its way.'},
    {
      name: 'handles, agent initials, entities and a thread counter are not words a reader reads',
      channel: 'social',
      // 25 words of prose, and each of those four kinds once.
      text: '@anna_k We checked the order &amp; the payment and the address and the courier and the warehouse and the label and found nothing wrong at all today 1/2 ^AJ'
    },
    {
      name: 'a numbered step after a link starts a sentence',
      channel: 'social',
      text: 'We checked the order and the payment and the address and the courier and the warehouse and the label and found nothing wrong at all: https://example.com/steps 4. Restart the app.'
    },
    {
      name: 'initials after a hyphen at the end sign the reply',
      channel: 'social',
      text: 'We checked the order and the payment and the address and the courier and the warehouse and the label and found nothing wrong at all -MD'
    }
  ],
  invalid: [
    {
      text: 'We need your address in order to ship it.',
      errors: [{message: '“in order to” is wordy: write “to”.', line: 1, column: 22, endColumn: 33, expected: ['to']}],
      output: 'We need your address to ship it.'
    },
    {
      text: 'Please be advised that your refund was sent.',
      errors: [{message: '“Please be advised that” is wordy: drop it.', line: 1, column: 1, expected: ['Y']}],
      output: 'Your refund was sent.'
    },
    {
      text: 'Prior to shipping, we test it at this point in time.',
      errors: [
        {message: '“Prior to” is wordy: write “before”.', line: 1, column: 1, expected: ['Before']},
        {message: '“at this point in time” is wordy: write “now”.', line: 1, column: 31, expected: ['now']}
      ],
      output: 'Before shipping, we test it now.'
    },
    {
      name: '“revert back” about a version keeps its meaning (go back, not reply)',
      text: 'You can revert back to the older layout in Settings.',
      errors: [{message: '“revert back” is wordy: write “revert”.', line: 1, column: 9, endColumn: 20, expected: ['revert']}],
      output: 'You can revert to the older layout in Settings.'
    },
    {
      text: 'We will revert back to you by Friday.',
      errors: [{message: '“revert back to you” is wordy: write “reply to you”.', line: 1, column: 9, expected: ['reply to you']}],
      output: 'We will reply to you by Friday.'
    },
    {
      name: 'a suggestion that is not always safe is not fixed',
      text: 'We wrote with regard to your order.',
      errors: [{message: '“with regard to” is wordy: write “about”.', line: 1, column: 10, expected: ['about']}]
    },
    {
      name: 'the suggestion keeps the apostrophe the agent typed',
      text: "We’re in the process of checking it, and we're in the process of calling them.",
      errors: [
        {message: '“We’re in the process of” is wordy: write “we’re”.', line: 1, column: 1, expected: ['We’re']},
        {message: "“we're in the process of” is wordy: write “we're”.", line: 1, column: 42, expected: ["we're"]}
      ]
    },
    {
      text: long,
      errors: [{message: 'This sentence has 32 words (limit 25 for email): split it into shorter sentences.', line: 1, column: 1}]
    },
    {
      name: 'a handle does not hide a long sentence',
      channel: 'social',
      text: '@anna_k We checked the order and the payment and the address and the courier and the warehouse and the label and found nothing wrong at all today.',
      errors: [{message: 'This sentence has 26 words (limit 25 for social): split it into shorter sentences.', line: 1, column: 1}]
    },
    {
      channel: 'chat',
      text: 'We checked the order and the payment and the address and the courier and the warehouse today.',
      errors: [{message: 'This sentence has 17 words (limit 15 for chat): split it into shorter sentences.', line: 1, column: 1}],
      options: {sentenceWords: 15}
    },
    {
      channel: 'social',
      text: 'Thanks! '.repeat(40).trim(),
      errors: [{message: /^This reply has 319 characters \(limit 280 for social\)/, line: 1, column: 281}]
    },
    {
      name: 'company phrases',
      text: 'We will action your request.',
      options: {phrases: {'action your request': 'handle your request'}},
      errors: [{message: '“action your request” is wordy: write “handle your request”.', line: 1, column: 9}]
    }
  ]
})
