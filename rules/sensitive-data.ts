/**
 * `sensitive-data`: never echo a card number, a password or another secret.
 */
import {defineRule} from '../src/rule.js'
import {phraseSource} from '../src/text/phrases.js'
import * as data from './sensitive-data.data.js'

/** 12 to 19 digits, in groups separated by single spaces or hyphens. */
const digitRun = /(?<![\d\p{L}])\d(?:[ -]?\d){11,18}(?![\d\p{L}])/gu
const cvv = /\b(?:CVV2?|CVC2?|CID|CSC|card security code)\b[\s:#-]*(?:is\s+|code\s+)?(\d{3,4})\b/gi
const secret = new RegExp(
  String.raw`\b(?:${data.secretWords.map(phraseSource).join('|')})\b(?:\s+(?:is|was|will be))?\s*(?:[:=]\s*|\s+(?=\S*\d))["'“]?([^\s"'”]{4,64})`,
  'giu'
)
const ssn = /(?<![\d-])(?!000|666|9\d\d)(\d{3})-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g
const iban = /\b([A-Z]{2})(\d{2})((?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b/g

export function luhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

export function cardIssuer(digits: string): string | undefined {
  if (!luhn(digits)) return undefined
  return data.cardIssuers.find((issuer) => issuer.prefix.test(digits) && issuer.lengths.includes(digits.length))?.name
}

export function validIban(value: string): boolean {
  const compact = value.replace(/ /g, '')
  const length = data.ibanLengths[compact.slice(0, 2)]
  if (length === undefined || compact.length !== length) return false
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55)
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/** "**** **** **** 1234": what a reply may show of a card. */
function maskCard(raw: string): string {
  const digits = raw.replace(/\D/g, '')
  return `**** ${digits.slice(-4)}`
}

const sensitiveData = defineRule(
  {
    id: 'sensitive-data',
    description: 'Never echo card numbers, CVVs, passwords, one-time codes, social security numbers or IBANs.',
    fixable: true,
    severity: 'error',
    critical: true,
    // A customer's own message quoted below the reply leaks just the same.
    reads: ['quote', 'signature', 'template']
  },
  (context) => {
    const text = context.text
    const note = 'Seed 002 保密: 嚴格保護客戶信息和公司商業機密,遵守數據安全規範.'

    for (const match of text.matchAll(digitRun)) {
      const digits = match[0].replace(/\D/g, '')
      const issuer = cardIssuer(digits)
      if (!issuer) continue
      const masked = maskCard(match[0])
      context.report({
        reason: `Remove this ${issuer} card number: refer to the card by its last four digits, “${masked}”.`,
        start: match.index,
        end: match.index + match[0].length,
        expected: [masked],
        fixable: true,
        note
      })
    }

    for (const match of text.matchAll(cvv)) {
      const start = match.index + match[0].lastIndexOf(match[1]!)
      context.report({
        reason: 'Remove the card security code: never ask for it or repeat it in writing.',
        start,
        end: start + match[1]!.length,
        expected: ['***'],
        fixable: true,
        note
      })
    }

    for (const match of text.matchAll(secret)) {
      // A full stop or comma after the secret ends the sentence, not the secret.
      const value = match[1]!.replace(/[.,;)]+$/, '')
      // "your password is reset", "PIN code is required": words, not a secret.
      if (!/\d|[^\p{L}]/u.test(value) && /^[\p{Ll}]+$/u.test(value)) continue
      const start = match.index + match[0].lastIndexOf(value)
      context.report({
        reason: 'Remove this password or code: send a reset link instead, never the secret itself.',
        start,
        end: start + value.length,
        expected: ['********'],
        fixable: true,
        note
      })
    }

    for (const match of text.matchAll(ssn)) {
      context.report({
        reason: 'Remove this social security number: never repeat it in a reply.',
        start: match.index,
        end: match.index + match[0].length,
        expected: [`***-**-${match[0].slice(-4)}`],
        fixable: true,
        note
      })
    }

    for (const match of text.matchAll(iban)) {
      if (!validIban(match[0])) continue
      const compact = match[0].replace(/ /g, '')
      context.report({
        reason: 'Remove this bank account number (IBAN): refer to the account by its last four characters.',
        start: match.index,
        end: match.index + match[0].length,
        expected: [`${compact.slice(0, 2)}** **** ${compact.slice(-4)}`],
        fixable: true,
        note
      })
    }
  }
)

export default sensitiveData
