/**
 * A RuleTester in the manner of ESLint's: a rule, texts it must accept and
 * texts it must flag, with the exact messages, positions and suggestions.
 * Each rule runs alone as a plain retext plugin, the way a user of the
 * library would run it in their own unified pipeline.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyFixes} from '../src/fix.js'
import type {ReplyMessage, Rule} from '../src/rule.js'
import type {Channel, Language} from '../src/types.js'
import retextChinese from '../src/zh/parser.js'

export interface Case {
  text: string
  /** Why this case is here (shown as the test name). */
  name?: string
  channel?: Channel
  template?: boolean
  /** `zh` parses with the Chinese parser, which makes the rules read Chinese. */
  lang?: Language
  options?: Record<string, unknown>
}

export interface ExpectedMessage {
  /** The exact reason, or a pattern it must match. */
  message: string | RegExp
  line: number
  column: number
  endLine?: number
  endColumn?: number
  expected?: string[]
}

export interface InvalidCase extends Case {
  errors: ExpectedMessage[]
  /** The text after applying the rule's safe fixes; defaults to "unchanged". */
  output?: string
}

export async function runRule(rule: Rule<any>, testCase: Case): Promise<ReplyMessage[]> {
  const processor = unified()
    .use(testCase.lang === 'zh' ? retextChinese : retextEnglish)
    .use(rule, {channel: testCase.channel ?? 'email', template: testCase.template ?? false, ...testCase.options})
  const file = new VFile(testCase.text)
  await processor.run(processor.parse(file), file)
  // In document order, as replylint reports them.
  return (file.messages as ReplyMessage[]).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function fixed(text: string, messages: ReplyMessage[]): string {
  const fixes = messages
    .filter((message) => message.fixable && message.place && 'start' in message.place)
    .map((message) => {
      const place = message.place as {start: {offset?: number}; end: {offset?: number}}
      return {start: place.start.offset!, end: place.end.offset!, text: message.expected![0]!}
    })
  return applyFixes(text, fixes).output
}

const label = (testCase: Case) => testCase.name ?? JSON.stringify(testCase.text.length > 70 ? testCase.text.slice(0, 67) + '…' : testCase.text)

/**
 * `lang` sets the language of every case that does not set its own, so a
 * rule's Chinese cases read `ruleTester(rule, {...}, 'zh')`.
 */
export function ruleTester(rule: Rule<any>, cases: {valid: (string | Case)[]; invalid: InvalidCase[]}, lang: Language = 'en') {
  describe(lang === 'en' ? rule.meta.id : `${rule.meta.id} (${lang})`, () => {
    describe('valid', () => {
      for (const entry of cases.valid) {
        const testCase = {lang, ...(typeof entry === 'string' ? {text: entry} : entry)}
        it(label(testCase), async () => {
          const messages = await runRule(rule, testCase)
          expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const invalid of cases.invalid) {
        const testCase = {lang, ...invalid}
        it(label(testCase), async () => {
          const messages = await runRule(rule, testCase)
          expect(messages.length, messages.map((message) => `${message.line}:${message.column} ${message.reason}`).join('\n')).toBe(
            testCase.errors.length
          )
          testCase.errors.forEach((want, index) => {
            const got = messages[index]!
            expect(got.ruleId).toBe(rule.meta.id)
            if (typeof want.message === 'string') expect(got.reason).toBe(want.message)
            else expect(got.reason).toMatch(want.message)
            expect({line: got.line, column: got.column}).toEqual({line: want.line, column: want.column})
            const end = got.place && 'end' in got.place ? got.place.end : undefined
            if (want.endLine !== undefined) expect(end?.line).toBe(want.endLine)
            if (want.endColumn !== undefined) expect(end?.column).toBe(want.endColumn)
            if (want.expected !== undefined) expect(got.expected).toEqual(want.expected)
          })
          expect(fixed(testCase.text, messages)).toBe(testCase.output ?? testCase.text)
        })
      }
    })
  })
}
