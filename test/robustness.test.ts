/**
 * Robustness: arbitrary text never breaks the linter, every position lies
 * in the document, fixes converge and never touch template syntax or quoted
 * text, and pathological inputs finish (the test timeout is the bound).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyFixes} from '../src/fix.js'
import {fixText} from '../src/fix-text.js'
import {lint, type LintMessage} from '../src/lint.js'
import {InputError} from '../src/read-input.js'
import {expectInside} from './message-inside.js'

/** Text with the characters that break naive text code: emoji, RTL, combining marks, NUL, lone surrogates, CRLF. */
const awkward = fc.oneof(
  fc.string({unit: 'binary', maxLength: 60}),
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.constantFrom('👍🏽', 'مرحبا', 'שלום', 'e\u0301', '\u0000', '\ud800', '\udfff', '\r\n', '\n\n', '!!', 'WE CAN’T', '{{ name }}', '> quoted', '4111 1111 1111 1111'),
  fc.constantFrom('Hi Anna,', 'We can’t refund it.', 'In order to help', 'Please be advised that', 'just click', 'ASAP', 'Thx', 'SLA')
)
const documents = fc.array(awkward, {maxLength: 12}).map((parts) => parts.join(' '))

/** Chinese replies with the same awkward characters mixed in: they are read with the Chinese parser and data. */
const chineseParts = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom('你好！', '您好，', '我们不能安排。', '工单已转二线', '尽快', '保证', '！！', '亲，', '【客户姓名】', 'XXX先生', '神马', '你自己看', '不归我管', '如有不便，敬请谅解', '进行处理', '显然，', '“你们保证过！！”', '\n', '\r\n', '。', '{{ name }}', '密码是123456')},
  {weight: 1, arbitrary: awkward}
)
const chineseDocuments = fc.array(chineseParts, {minLength: 3, maxLength: 14}).map((parts) => parts.join(''))


describe('arbitrary text', () => {
  it('never throws, and every message lies inside the document', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom('email', 'chat', 'social') as fc.Arbitrary<'email' | 'chat' | 'social'>, async (text, channel) => {
        const file = await lint(text, {channel})
        for (const message of file.messages as LintMessage[]) expectInside(text, message)
        expect(file.data.score).toBeGreaterThanOrEqual(0)
        expect(file.data.score).toBeLessThanOrEqual(100)
      }),
      {numRuns: 150}
    )
  })

  it('long replies, parsed in blocks: never throws, every message inside, fixes converge', async () => {
    // Over 8 KB, so the reply is cut into blocks (src/text/parse-in-chunks.ts) at blank lines.
    const long = fc.array(fc.tuple(documents, fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', ' ')), {minLength: 2, maxLength: 6}).map((parts) => {
      const once = parts.map(([text, gap]) => text + gap).join('')
      return once.repeat(Math.ceil(9_000 / Math.max(once.length, 1)))
    })
    await fc.assert(
      fc.asyncProperty(long, async (text) => {
        const file = await lint(text, {channel: 'email'})
        for (const message of file.messages as LintMessage[]) expectInside(text, message)
        const once = await fixText(text, {channel: 'email'})
        expect((await fixText(once.output, {channel: 'email'})).output).toBe(once.output)
      }),
      {numRuns: 15}
    )
  }, 120_000)

  it('fixes converge: fixing the fixed text changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const once = await fixText(text, {})
        const twice = await fixText(once.output, {})
        expect(twice.output).toBe(once.output)
      }),
      {numRuns: 80}
    )
  })

  it('fixes keep every line break as it was: LF, CRLF and CR, mixed', async () => {
    const lines = fc.array(fc.tuple(documents, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n')), {minLength: 1, maxLength: 6})
    const breaks = (text: string) => text.match(/\r\n|\r|\n/g) ?? []
    await fc.assert(
      fc.asyncProperty(lines, async (parts) => {
        const text = parts.map(([line, end]) => line + end).join('')
        const {output} = await fixText(text, {})
        expect(breaks(output)).toEqual(breaks(text))
      }),
      {numRuns: 80}
    )
  })

  it('fixes keep template syntax and quoted lines byte-identical', async () => {
    const kept = ['{{ first_name }}', '{% if vip %}', '${order.id}', '%AGENT_NAME%']
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom(...kept), async (text, field) => {
        const quote = '> In order to help, just click it!! Thx'
        const source = `Hi ${field},\n\n${text}\n\n${quote}\n`
        const file = await lint(source, {template: true})
        const fixes = (file.messages as LintMessage[]).flatMap((message) => (message.fix ? [message.fix] : []))
        const output = applyFixes(source, fixes).output
        expect(output).toContain(field)
        expect(output).toContain(`\n${quote}\n`)
      }),
      {numRuns: 80}
    )
  })
})

describe('arbitrary Chinese text', () => {
  it('never throws, every message lies inside the document, fixes converge and keep quotes and template syntax', async () => {
    await fc.assert(
      fc.asyncProperty(chineseDocuments, fc.constantFrom('email', 'chat', 'social') as fc.Arbitrary<'email' | 'chat' | 'social'>, async (text, channel) => {
        const file = await lint(text, {channel, lang: 'zh'})
        for (const message of file.messages as LintMessage[]) expectInside(text, message)
        const once = await fixText(text, {channel, lang: 'zh'})
        expect((await fixText(once.output, {channel, lang: 'zh'})).output).toBe(once.output)
        for (const kept of ['“你们保证过！！”', '{{ name }}']) if (text.includes(kept)) expect(once.output).toContain(kept)
      }),
      {numRuns: 120}
    )
  })
})

describe('pathological inputs finish', () => {
  it('1 MB on one line', async () => {
    const text = 'We can’t do that in order to help ASAP, thx. '.repeat(23_000)
    const file = await lint(text, {channel: 'chat'})
    expect(file.messages.length).toBeGreaterThan(0)
  }, 120_000)

  it('1 MB of one paragraph whose sentences the parser merges, each with the one before', async () => {
    // Lower case, initials, digits, abbreviations: parse-latin merged them splicing one array, minutes for 1 MB.
    for (const sentence of ['a. ', 'A. ', '1. ', 'Mr. ', 'etc. ']) {
      const file = await lint(sentence.repeat(Math.ceil(1_000_000 / sentence.length)), {channel: 'chat'})
      expect(file.messages.map((message) => message.ruleId)).toContain('brevity')
      // And in paragraphs of 60 KB: a block is parsed as one paragraph before it is broken at blank lines.
      const paragraph = sentence.repeat(Math.ceil(60_000 / sentence.length)).trim() + '\n\n'
      const paragraphs = await lint(paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)), {channel: 'chat'})
      expect(paragraphs.messages.map((message) => message.ruleId)).toContain('brevity')
    }
  }, 120_000)

  it('1 MB of Chinese with no punctuation, one sentence to the parser', async () => {
    // Intl.Segmenter on one long string, and rules reading the whole sentence at each finding: minutes before.
    const file = await lint('尽快'.repeat(250_000), {channel: 'chat'})
    expect(file.messages.map((message) => message.ruleId)).toContain('vague-time')
  }, 120_000)

  it('100,000 exclamation marks', async () => {
    const file = await lint('Thanks' + '!'.repeat(100_000), {channel: 'chat'})
    expect(file.messages.map((message) => message.ruleId)).toContain('shouting')
  }, 60_000)

  it('deeply nested HTML: read when a mail client could make it, a clear error beyond', async () => {
    const nested = (depth: number) => '<div>'.repeat(depth) + 'We can’t help in order to fix it.' + '</div>'.repeat(depth)
    const file = await lint(nested(500), {format: 'html', channel: 'chat'})
    expect(file.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['brevity', 'positive-framing']))
    await expect(lint(nested(20_000), {format: 'html', path: 'deep.html'})).rejects.toThrow(
      'deep.html: HTML nested too deeply to read (thousands of levels); lint it as text with --parser text'
    )
  }, 60_000)

  it('deeply nested JSON and YAML: one clear line, not a stack overflow', async () => {
    const json = '['.repeat(100_000) + '"We can’t help."' + ']'.repeat(100_000)
    await expect(lint(json, {format: 'json', path: 'deep.json'})).rejects.toThrow(
      new InputError('deep.json', 'JSON nested too deeply to read (thousands of levels); lint it as text with --parser text')
    )
    await expect(lint('- '.repeat(5_000) + 'We can’t help.\n', {format: 'yaml', path: 'deep.yaml'})).rejects.toThrow(InputError)
    // Nested as a team could nest its macros: read.
    const file = await lint(`${'['.repeat(200)}{"body": "We can’t help in order to fix it."}${']'.repeat(200)}`, {format: 'json', channel: 'chat'})
    expect(file.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['brevity', 'positive-framing']))
  }, 60_000)

  it('Markdown nested deeper than a reply is: read up to 50 levels, one clear line beyond, in good time', async () => {
    // A list nested 1,000 levels deep took micromark 37 s; quotes 5,000 deep overflowed the stack.
    const list = (depth: number) => Array.from({length: depth}, (_, level) => `${'  '.repeat(level)}- We can’t help in order to fix it.`).join('\n')
    const file = await lint(list(40), {format: 'markdown', channel: 'chat'})
    expect(file.messages.filter((message) => message.actual === 'in order to')).toHaveLength(40)
    await expect(lint(list(1_000), {format: 'markdown', path: 'deep.md'})).rejects.toThrow(
      new InputError('deep.md', 'Markdown nested too deeply to read (lists or quotes over 50 levels, line 51); lint it as text with --parser text')
    )
    await expect(lint('> '.repeat(5_000) + 'We can’t help.', {format: 'markdown', path: 'quotes.md'})).rejects.toThrow(
      'quotes.md: Markdown nested too deeply to read (lists or quotes over 50 levels, line 1)'
    )
    // Indentation alone is no nesting: a line indented 300 columns is code, and read.
    await expect(lint(`Hi Anna,\n\n${' '.repeat(300)}- not a list\n`, {format: 'markdown', channel: 'chat'})).resolves.toBeDefined()
  }, 60_000)

  it('1 MB of paragraphs the parser cannot be cut between exactly, nor parse whole in good time', async () => {
    // Each "etc." sentence is merged with the next (parse-english's abbreviations), each "😊" after a full stop too.
    for (const paragraph of ['We sell pens etc.\n\n', 'Your parcel is late. 😊\n\n']) {
      const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))
      const file = await lint(text, {channel: 'chat'})
      expect(file.messages.map((message) => message.ruleId)).toContain('brevity')
    }
  }, 120_000)

  it('a 10 MB file', async () => {
    const paragraph = 'Hi Anna,\n\nYour parcel is late; I am sorry. We will email you by Friday.\n\nKind regards,\nDaniel\n\n'
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))
    const file = await lint(text, {channel: 'email'})
    expect(text.length).toBeGreaterThanOrEqual(10_000_000)
    expect(file.data.score).toBeGreaterThanOrEqual(0)
  }, 300_000)
})
