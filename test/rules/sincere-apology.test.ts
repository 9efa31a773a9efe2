import rule from '../../rules/sincere-apology.js'
import {ruleTester} from '../rule-tester.js'

const shift = (found: string) => `“${found}” pushes the problem away: own it and say what you will do, e.g. “I’ll chase the courier for you today.”`

ruleTester(rule, {
  valid: [
    'Sorry to keep you waiting.',
    'I’m sorry your order arrived late.',
    'The parcel was delayed by the snow storm; it will reach you on Monday.',
    'You said “it is not my fault”, and you are right.',
    {name: 'a factual cause of a delay', text: 'The delay is down to the courier, who missed a scan; your parcel arrives on Monday.'},
    {name: 'making up for it is no hedged apology', text: 'We will make up for any inconvenience with a free delivery.'},
    {name: 'not an apology', text: 'We are checking the damage this may have caused to your files.'}
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
    {text: 'Refunds are not my department.', errors: [{message: shift('not my department'), line: 1, column: 13}]},
    {
      text: 'I’m sorry if you think we were slow.',
      errors: [
        {
          message: '“sorry if you think” apologises for the customer’s feelings, not for what happened: say what went wrong, e.g. “I’m sorry your order arrived late.”',
          line: 1,
          column: 5,
          endColumn: 23
        }
      ]
    },
    {
      text: 'We are sorry for the frustration this may have caused.',
      errors: [
        {
          message: '“this may have caused” is a stock phrase that doubts the problem: name it, e.g. “I’m sorry you had to wait two weeks for your refund.”',
          line: 1,
          column: 34
        }
      ]
    },
    {
      name: 'one message for one hedged apology',
      text: 'We apologise for any inconvenience this might be causing.',
      errors: [
        {
          message: '“for any inconvenience” is a stock phrase that doubts the problem: name it, e.g. “I’m sorry you had to wait two weeks for your refund.”',
          line: 1,
          column: 14,
          endColumn: 35
        }
      ]
    },
    {
      text: 'You will have to take it up with the courier. Delivery is the courier’s responsibility.',
      errors: [
        {message: shift('take it up with the courier'), line: 1, column: 18},
        {message: shift('courier’s responsibility'), line: 1, column: 63}
      ]
    }
  ]
})
