import rule from '../../rules/casual-register.js'
import {ruleTester} from '../rule-tester.js'

const casual = (word: string, formal: string) => `“${word}” is too casual for a reply to a customer: write “${formal}”.`

ruleTester(rule, {
  valid: [
    'We ship to the U.S. and take the U-turn at Exit U.',
    'Thanks for waiting! ^NP',
    'Visit https://example.com/u/thx for details.',
    {name: 'allowed in chat when the config says so', channel: 'chat', options: {allowInChat: true}, text: 'Thx, we are gonna fix it.'},
    {name: 'a team allow list', options: {allow: ['btw']}, text: 'Btw, your order shipped.'}
  ],
  invalid: [
    {
      name: '“keep u posted” may mean us or you: suggested, never fixed',
      text: 'Keep u posted on the delivery.',
      errors: [{message: '“u” is too casual for a reply to a customer: write “us” or “you”, whichever you mean.', line: 1, column: 6, endColumn: 7, expected: ['us', 'you']}]
    },
    {
      text: 'We are gonna send it. Thx!',
      errors: [
        {message: casual('gonna', 'going to'), line: 1, column: 8, endColumn: 13, expected: ['going to']},
        {message: casual('Thx', 'thanks'), line: 1, column: 23, expected: ['Thanks']}
      ],
      output: 'We are going to send it. Thanks!'
    },
    {
      text: 'Pls check if u got the email.',
      errors: [
        {message: casual('Pls', 'please'), line: 1, column: 1},
        {message: casual('u', 'you'), line: 1, column: 14}
      ],
      output: 'Please check if you got the email.'
    },
    {
      text: 'Your order shipped lol',
      errors: [{message: '“lol” is too casual for a reply to a customer: drop it.', line: 1, column: 19, endColumn: 23, expected: ['']}]
    },
    {
      name: 'chat still counts unless allowed',
      channel: 'chat',
      text: 'ur order shipped',
      errors: [{message: casual('ur', 'your'), line: 1, column: 1}]
    }
  ]
})
