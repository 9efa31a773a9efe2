/**
 * `sensitive-data`: never echo a card number, a password or another secret.
 */
import {defineRule} from '../src/rule.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {execAll, phraseSource} from '../src/text/phrases.js'
import * as data from './sensitive-data.data.js'
import * as zh from './sensitive-data.zh.data.js'

/** 12 to 19 digits, in groups separated by single spaces or hyphens. */
const digitRun = asciiTwin(/(?<![\d\p{L}])\d(?:[ -]?\d){11,18}(?![\d\p{L}])/gu)
const cvv = /\b(?:CVV2?|CVC2?|CID|CSC|card security code)\b[\s:#-]*(?:is\s+|code\s+)?(\d{3,4})\b/gi
const secret = new RegExp(
  String.raw`\b(?:${data.secretWords.map(phraseSource).join('|')})\b(?:\s+(?:is|was|will be))?\s*(?:[:=]\s*|\s+(?=\S*\d))["'“]?([^\s"'”]{4,64})`,
  'giu'
)
/**
 * Every match of `secret` holds the last word of one of the secret words: a
 * text without any is not searched (the full pattern, case-insensitive with
 * word boundaries, tries every place of the text; most replies name no secret).
 */
const mayHoldSecret = new RegExp([...new Set(data.secretWords.map((word) => word.split(/[\s-]+/).pop()!))].map(phraseSource).join('|'), 'iu')
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

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|')
/** A value of ASCII letters, digits and symbols (no quotes): 密码是Abc12345. */
const zhPassword = new RegExp(String.raw`(?<![A-Za-z])(?:${longestFirst(zh.passwordWords)})${zh.link}([!#-&(-~]{4,64})`, 'gu')
const zhCode = new RegExp(String.raw`(?<![A-Za-z])(?:${longestFirst(zh.codeWords)})(?![A-Za-z])(?:${zh.link}|\s*)(\d{4,8})(?!\d)`, 'giu')
const zhCvv = new RegExp(String.raw`(?<![A-Za-z])(?:${longestFirst(zh.cvvWords)})(?![A-Za-z])(?:${zh.link}|\s*)(\d{3,4})(?!\d)`, 'giu')
/** 修改密码：…, 重置密码：…: how to change it, not the password. */
const passwordAction = /(?:修改|更改|重置|重设|重設|设置|設置|设定|設定|找回|忘记|忘記)$/u
/** Chinese writes digits right after a character (卡号是4111…): only Latin letters and digits may not touch the run. */
const zhDigitRun = /(?<![\dA-Za-z])\d(?:[ -]?\d){11,18}(?![\dA-Za-z])/g
/** 18 characters: a province, a place, a birth date, a sequence and the check character. */
const residentId = /(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g

/** A PRC resident ID number: a province code, a real birth date, the ISO 7064 MOD 11-2 check character. */
export function validResidentId(value: string, today = new Date()): boolean {
  if (!/^\d{17}[\dXx]$/.test(value) || !zh.idProvinces.has(value.slice(0, 2))) return false
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false
  if (birth.getTime() > today.getTime()) return false
  let sum = 0
  for (let index = 0; index < 17; index++) sum += Number(value[index]) * zh.idWeights[index]!
  return zh.idCheckCharacters[sum % 11] === value[17]!.toUpperCase()
}

/** A value that is only a mask (******, xxxx): nothing left to hide. */
const maskedValue = /^[*•xX#]+$/u

const note = 'Seed 002 保密: 嚴格保護客戶信息和公司商業機密,遵守數據安全規範.'

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
  {
    en: (context) => {
      const text = context.text

      for (const match of execAll(digitRun.for(text), text)) {
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

      for (const match of execAll(cvv, text)) {
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

      for (const match of mayHoldSecret.test(text) ? execAll(secret, text) : []) {
        // A full stop or comma after the secret ends the sentence, not the secret; template syntax is not part of it.
        const value = match[1]!.replace(/\{[\s\S]*$/, '').replace(/[.,;)]+$/, '')
        if (value.length < 4) continue
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

      for (const match of execAll(ssn, text)) {
        context.report({
          reason: 'Remove this social security number: never repeat it in a reply.',
          start: match.index,
          end: match.index + match[0].length,
          expected: [`***-**-${match[0].slice(-4)}`],
          fixable: true,
          note
        })
      }

      for (const match of execAll(iban, text)) {
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
    },
    zh: (context) => {
      const text = context.text
      // One message for one secret: 动态密码是123456 is a code and a password, an ID may pass the Luhn check.
      const taken: Array<[number, number]> = []
      const report = (reason: string, start: number, end: number, expected: string) => {
        if (taken.some(([from, to]) => start < to && from < end)) return
        taken.push([start, end])
        context.report({reason, start, end, expected: [expected], fixable: true, note})
      }
      const openNumber = (start: number) => zh.openNumber.test(text.slice(Math.max(0, start - 12), start))

      for (const match of execAll(residentId, text)) {
        if (!validResidentId(match[0]) || openNumber(match.index)) continue
        report(
          `请删除这个身份证号码：回复中最多写出后四位，例如“尾号${match[0].slice(-4).toUpperCase()}的身份证”。`,
          match.index,
          match.index + match[0].length,
          '*'.repeat(14) + match[0].slice(-4).toUpperCase()
        )
      }

      for (const match of execAll(zhDigitRun, text)) {
        const digits = match[0].replace(/\D/g, '')
        const issuer = cardIssuer(digits)
        if (!issuer || openNumber(match.index)) continue
        const masked = maskCard(match[0])
        report(
          `请删除这个${issuer}卡号：只提卡号后四位，例如“尾号${digits.slice(-4)}的卡”。`,
          match.index,
          match.index + match[0].length,
          masked
        )
      }

      for (const pattern of [zhCvv, cvv]) {
        for (const match of execAll(pattern, text)) {
          const start = match.index + match[0].lastIndexOf(match[1]!)
          if (zh.notAValue.test(text.slice(start + match[1]!.length))) continue
          report(
            '请删除卡片安全码（CVV）：不要在书面回复中索取或重复它，例如写“请勿向任何人透露卡背面的安全码”。',
            start,
            start + match[1]!.length,
            '***'
          )
        }
      }

      const secretReason = '请删除这个密码或验证码：不要写出密码本身，请发送重置链接，例如“请通过我们发送的链接重新设置密码”。'
      for (const match of execAll(zhCode, text)) {
        const start = match.index + match[0].lastIndexOf(match[1]!)
        if (zh.notAValue.test(text.slice(start + match[1]!.length))) continue
        report(secretReason, start, start + match[1]!.length, '********')
      }
      for (const pattern of [zhPassword, secret]) {
        for (const match of execAll(pattern, text)) {
          // A full stop or comma after the secret ends the sentence, not the secret.
          // Up to the first Chinese character or full-width mark: 密码：Abc12345，请… .
          const value = match[1]!.replace(/[^\x21-\x7E][\s\S]*$/u, '').replace(/\{[\s\S]*$/, '').replace(/[.,;)]+$/, '')
          const start = match.index + match[0].indexOf(value, match[0].length - match[1]!.length)
          if (value.length < 4 || maskedValue.test(value) || zh.notAValue.test(text.slice(start + value.length))) continue
          // 密码是reset: a word; 修改密码：Settings: how to change it.
          if (!/[^\p{L}]/u.test(value) && (pattern === zhPassword || /^[\p{Ll}]+$/u.test(value))) continue
          if (pattern === zhPassword && passwordAction.test(text.slice(0, match.index))) continue
          report(secretReason, start, start + value.length, '********')
        }
      }

      for (const match of execAll(ssn, text)) {
        report(
          '请删除这个社会安全号码（SSN）：回复中不要重复它，最多写出后四位。',
          match.index,
          match.index + match[0].length,
          `***-**-${match[0].slice(-4)}`
        )
      }

      for (const match of execAll(iban, text)) {
        if (!validIban(match[0])) continue
        const compact = match[0].replace(/ /g, '')
        report(
          `请删除这个银行账号（IBAN）：只提账号后四位，例如“尾号${compact.slice(-4)}的账户”。`,
          match.index,
          match.index + match[0].length,
          `${compact.slice(0, 2)}** **** ${compact.slice(-4)}`
        )
      }
    }
  }
)

export default sensitiveData
