import rule from '../../rules/sincere-apology.js'
import {ruleTester} from '../rule-tester.js'

const shift = (found: string) => `“${found}” pushes the problem away: own it and say what you will do, e.g. “I’ll chase the courier for you today.”`

ruleTester(rule, {
  valid: [
    'Sorry to keep you waiting.',
    'I’m sorry your order arrived late.',
    'The parcel was delayed by the snow storm; it will reach you on Monday.',
    'You said “it is not my fault”, and you are right.'
  ],
  invalid: [
    {
      text: 'Sorry if you feel that way.',
      errors: [
        {
          message: '“Sorry if you feel” apologises for the customer’s feelings, not for what happened: say what went wrong, e.g. “I’m sorry your order arrived late.”',
          line: 1,
          column: 1,
          endColumn: 18
        }
      ]
    },
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [
        {
          message:
            '“for any inconvenience this may have caused” is a stock phrase that doubts the problem: name it, e.g. “I’m sorry you had to wait two weeks for your refund.”',
          line: 1,
          column: 14,
          endColumn: 56
        }
      ]
    },
    {
      text: "That is not our fault, it is the courier's problem.",
      errors: [
        {message: shift('not our fault'), line: 1, column: 9},
        {message: shift("courier's problem"), line: 1, column: 34}
      ]
    },
    {text: 'Refunds are not my department.', errors: [{message: shift('not my department'), line: 1, column: 13}]}
  ]
})
