import rule from '../../rules/positive-framing.js'
import {ruleTester} from '../rule-tester.js'

const say = (found: string, opening = 'What we can do is …') =>
  `Say what you can do instead of “${found}”: offer the alternative, e.g. start with “${opening}”.`

ruleTester(rule, {
  valid: [
    'We can’t wait to see you again!',
    "I can't thank you enough for your patience.",
    "We can't imagine how frustrating this must be.",
    "Please don't hesitate to contact us.",
    'No problem at all, happy to help.',
    "You won't be charged for the replacement.",
    "You don't need to send the item back.",
    'You wrote: “we can’t help you”, and you were right to complain.',
    "We can't refund the fee, but we can send you a voucher for the same amount.",
    "We are unable to change the address now. Instead, we can redirect the parcel to a pickup point.",
    "Unfortunately we can't ship to Norway. What we can do is ship to our partner in Sweden.",
    "We can't change the date, however you may cancel free of charge.",
    "Can't you see the button on the right?",
    {name: 'the way forward comes first: a link', text: 'Our travel page has the latest: https://example.com/travel. We cannot assist with bookings over social media.'},
    {name: 'the way forward comes first: where to go', text: 'Please visit our help centre and click “Contact us”. We are unable to help with account recovery in this forum.'},
    {name: 'an alternative earlier in the sentence', text: 'You can upgrade the plan at any time, however it is not possible to downgrade it.'},
    {name: 'the way forward comes first: we ask for what we need', text: 'Could you send us a screenshot of the error? I am unable to check the account from here.'},
    {name: 'a consequence to keep in mind', text: 'Keep in mind that once the owner deletes the account, we are unable to restore it.'},
    {name: 'a finding, not a refusal', text: "Thanks for the details. We can't reproduce the crash on the latest version."},
    {name: 'the reason for a rule', text: 'Please read our guidelines to understand why we cannot act on this request.'},
    {name: 'extra phrases only when configured', text: 'That is against our policy.'}
  ],
  invalid: [
    {
      text: "We can't refund the shipping fee.",
      errors: [{message: say("We can't"), line: 1, column: 1, endLine: 1, endColumn: 9, expected: ['What we can do is …']}]
    },
    {
      text: 'Unfortunately, we are unable to process returns after 30 days.',
      errors: [{message: say('Unfortunately, we are unable to'), line: 1, column: 1, endColumn: 32}]
    },
    {
      text: "I'm sorry, it is not possible to change the order.",
      errors: [{message: say('it is not possible'), line: 1, column: 12}]
    },
    {
      text: "Hi Sam,\nI can't move the appointment to Monday.",
      errors: [{message: say("I can't", 'What I can do is …'), line: 2, column: 1}]
    },
    {
      name: 'a thank-you before the refusal is no way forward',
      text: "Thanks for your message. We can't refund the shipping fee.",
      errors: [{message: say("We can't"), line: 1, column: 26}]
    },
    {
      name: 'a way forward in another paragraph does not cover this one',
      text: "Please visit our help centre.\n\nWe can't refund the shipping fee.",
      errors: [{message: say("We can't"), line: 3, column: 1}]
    },
    {
      text: "We're unable to offer refunds on sale items.",
      errors: [{message: say("We're unable to"), line: 1, column: 1}]
    },
    {
      text: 'We do not accept returns of opened software. Send us your order number.',
      errors: [{message: say('We do not accept'), line: 1, column: 1}]
    },
    {
      name: 'a company adds its own refusal phrases',
      text: 'That is against our policy.',
      options: {phrases: ['against our policy']},
      errors: [{message: say('against our policy'), line: 1, column: 9}]
    }
  ]
})
