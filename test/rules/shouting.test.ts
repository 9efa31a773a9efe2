import rule from '../../rules/shouting.js'
import {ruleTester} from '../rule-tester.js'

ruleTester(rule, {
  valid: [
    'Your order AB12CD ships via UPS.',
    'Visit https://EXAMPLE.com/HELP now.',
    'The NASA and FAQ pages are linked.',
    'Thank you!',
    {name: 'a button’s label at the end of a menu path', text: 'Go to Help > Account access > I STILL NEED HELP to reach us.'},
    {name: 'a menu path with an escaped arrow', text: 'Open Settings &gt; SECURITY CODES and pick a new one.'},
    {name: 'template fields in capitals belong to placeholder', text: 'Contact the author of <PROJECT NAME> or write to [SUPPORT TEAM].'},
    {name: 'product names from the team', options: {allow: ['ACME', 'SUPERPLAN']}, text: 'Your SUPERPLAN from ACME is active.'}
  ],
  invalid: [
    {
      text: 'PLEASE read this!!',
      errors: [
        {message: 'Write “Please” in lower case: capitals read as shouting.', line: 1, column: 1, endColumn: 7, expected: ['Please']},
        {message: 'Use one “!”: “!!” reads as shouting.', line: 1, column: 17, endColumn: 19, expected: ['!']}
      ],
      output: 'Please read this!'
    },
    {
      text: 'Is it broken?!',
      errors: [{message: 'Use one “?”: “?!” reads as shouting.', line: 1, column: 13}],
      output: 'Is it broken?'
    },
    {
      text: 'We NEVER got it. This is VERY URGENT.',
      errors: [
        {message: 'Write “never” in lower case: capitals read as shouting.', line: 1, column: 4},
        {message: 'Write “very urgent” in lower case: capitals read as shouting.', line: 1, column: 26, endColumn: 37}
      ],
      output: 'We never got it. This is very urgent.'
    }
  ]
})
