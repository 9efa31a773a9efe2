import {describe, expect, it} from 'vitest'
import rule, {cardIssuer, luhn, validIban} from '../../rules/sensitive-data.js'
import {ruleTester} from '../rule-tester.js'

const secret = 'Remove this password or code: send a reset link instead, never the secret itself.'

ruleTester(rule, {
  valid: [
    'Please reset your password today.',
    'Your PIN is required at the counter.',
    'Order 1234567890123 and tracking 1Z999AA10123456784 are on their way.',
    'Card 4111111111111112 is not a card: it fails the Luhn check.',
    'Your card ending **** 1111 was charged.'
  ],
  invalid: [
    {
      text: 'Your card 4111 1111 1111 1111 was charged.',
      errors: [
        {
          message: 'Remove this Visa card number: refer to the card by its last four digits, “**** 1111”.',
          line: 1,
          column: 11,
          endColumn: 30,
          expected: ['**** 1111']
        }
      ],
      output: 'Your card **** 1111 was charged.'
    },
    {
      // Reported, never rewritten: --fix leaves the customer's quoted words as they are.
      name: 'quoted customer text is scanned too, and reported without a fix',
      text: 'Thanks!\n\n> my card is 5500-0000-0000-0004',
      errors: [{message: /Mastercard card number/, line: 3, column: 14, expected: ['**** 0004']}]
    },
    {
      name: 'a secret next to template syntax is reported, and the template syntax is never rewritten',
      text: 'Your password is Hunter2{{ signature }}',
      errors: [{message: 'Remove this password or code: send a reset link instead, never the secret itself.', line: 1, column: 18, endColumn: 25}],
      output: 'Your password is ********{{ signature }}'
    },
    {
      text: 'Your CVV: 123 was accepted.',
      errors: [{message: 'Remove the card security code: never ask for it or repeat it in writing.', line: 1, column: 11}],
      output: 'Your CVV: *** was accepted.'
    },
    {
      text: 'Your temporary password is Hunter2. Your verification code is 123456.',
      errors: [
        {message: secret, line: 1, column: 28, endColumn: 35},
        {message: secret, line: 1, column: 63}
      ],
      output: 'Your temporary password is ********. Your verification code is ********.'
    },
    {
      text: 'SSN 123-45-6789 and IBAN GB82 WEST 1234 5698 7654 32 on file.',
      errors: [
        {message: 'Remove this social security number: never repeat it in a reply.', line: 1, column: 5, expected: ['***-**-6789']},
        {message: /bank account number \(IBAN\)/, line: 1, column: 26, expected: ['GB** **** 5432']}
      ],
      output: 'SSN ***-**-6789 and IBAN GB** **** 5432 on file.'
    }
  ]
})

describe('sensitive-data checks', () => {
  it('validates card numbers with Luhn and issuer prefixes', () => {
    expect(luhn('79927398713')).toBe(true)
    expect(luhn('79927398710')).toBe(false)
    expect(cardIssuer('378282246310005')).toBe('American Express')
    expect(cardIssuer('6011111111111117')).toBe('Discover')
    expect(cardIssuer('1234567812345670')).toBeUndefined()
  })

  it('validates IBANs with mod 97 and the country length', () => {
    expect(validIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(validIban('DE89 3704 0044 0532 0130 01')).toBe(false)
    expect(validIban('GB82 WEST 1234 5698 7654')).toBe(false)
  })
})
