/** ASCII twins: the same matches as the Unicode pattern on every text they are used for, and the same lint. */
import fc from 'fast-check'
import {afterEach, describe, expect, it} from 'vitest'
import {lint, type LintMessage} from '../../src/lint.js'
import {asciiLetters, foldsToLetter} from '../../src/text/ascii.js'
import {asciiSource, asciiTwin, useAsciiTwins} from '../../src/text/ascii-twin.js'

/** Every match, tried at every index (sticky), with its groups: two patterns that agree here agree everywhere on `text`. */
function matchesEverywhere(pattern: RegExp, text: string): Array<[number, string[]] | null> {
  const sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : pattern.flags + 'y')
  const found: Array<[number, string[]] | null> = []
  for (let index = 0; index <= text.length; index++) {
    sticky.lastIndex = index
    const match = sticky.exec(text)
    found.push(match ? [match.index, [...match].map(String)] : null)
  }
  return found
}

/** Text pieces: ASCII, and characters beyond it that are letters, digits, fold to a letter, or are neither. */
const texts = fc
  .array(
    fc.oneof(
      fc.string({unit: 'grapheme-ascii', maxLength: 8}),
      fc.constantFrom('We’re', 'SLA', 'Hi Anna,', '—', '😀', '“ok”', ' ', '\n', 'É', 'é', 'ſ', '\u212a', foldsToLetter, 'ǅ', 'İ', 'ß', '²', '٣', '中文', 'ι')
    ),
    {maxLength: 10}
  )
  .map((parts) => parts.join(''))

/** Patterns built of the property classes the rules use, in and out of classes, around words, with every flag set they use. */
const patterns = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        String.raw`\p{L}`,
        String.raw`\p{Lu}{2,}`,
        String.raw`\p{Ll}+`,
        String.raw`\p{N}`,
        String.raw`[^\p{L}\n]{1,3}`,
        String.raw`[\p{L}\p{N}_'’]`,
        String.raw`(?<![\p{L}\p{N}_&'’.\-/])`,
        String.raw`(?![\p{L}])`,
        String.raw`(?<=[\p{L}\p{N}_'’])`,
        String.raw`\p{Script=Han}`,
        String.raw`[\p{Script=Han}a]`,
        'we',
        'ok',
        String.raw`\s+`,
        String.raw`\S`,
        '.',
        "['’]",
        '(?:s|re)'
      ),
      {minLength: 1, maxLength: 5}
    ),
    fc.constantFrom('u', 'iu', 'gu', 'giu', 'uy')
  )
  .filter(([parts]) => parts.some((part) => part.includes(String.raw`\p`)))
  .map(([parts, flags]) => new RegExp(parts.join(''), flags))

afterEach(() => useAsciiTwins(true))

describe('asciiSource', () => {
  it('replaces each property class by its ASCII part, inside a class and alone', () => {
    expect(asciiSource(String.raw`(?<![\p{L}\p{N}_])we`)).toBe(String.raw`(?<![A-Za-z0-9_])we`)
    expect(asciiSource(String.raw`\p{Lu}{2,}\p{Ll}`)).toBe(String.raw`[A-Z]{2,}[a-z]`)
    expect(asciiSource(String.raw`[^\p{L}\n]{1,3}`)).toBe(String.raw`[^A-Za-z\n]{1,3}`)
    expect(asciiSource(String.raw`[\]\p{L}]x`)).toBe(String.raw`[\]A-Za-z]x`)
    expect(asciiSource(String.raw`\p{Script=Han}{2}|[\p{Script=Han}a]`)).toBe('[]{2}|[a]')
  })

  it('makes no twin of a pattern without property classes, or with one it does not know', () => {
    expect(asciiSource(String.raw`\\p{L}`)).toBeUndefined()
    expect(asciiSource(String.raw`we\s+can`)).toBeUndefined()
    expect(asciiSource(String.raw`\P{L}`)).toBeUndefined()
    expect(asciiSource(String.raw`\p{L}\p{Script=Latin}`)).toBeUndefined()
    expect(() => asciiTwin(/we\s+can/iu)).toThrow(/no ASCII twin/)
    expect(() => asciiTwin(/[A-Z]{2}/)).toThrow(/no ASCII twin/)
  })
})

describe('asciiTwin', () => {
  it('U+0345 is the only character beyond ASCII that [\\p{L}\\p{N}] with i matches without being one', () => {
    const folded = /[\p{L}\p{N}]/iu
    const plain = /[\p{L}\p{N}]/u
    const extra: number[] = []
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (folded.test(char) && !plain.test(char)) extra.push(code)
    }
    expect(extra).toEqual([foldsToLetter.codePointAt(0)])
  })

  it('asciiLetters: true exactly when no character beyond ASCII is, or folds to, a letter or digit', () => {
    fc.assert(
      fc.property(texts, (text) => {
        // Character by character: with `i`, a lookahead such as (?![\0-\x7f]) would itself take ſ for s.
        const wide = [...text].filter((char) => char.codePointAt(0)! > 0x7f)
        expect(asciiLetters(text)).toBe(!wide.some((char) => /[\p{L}\p{N}]/iu.test(char)))
      }),
      {numRuns: 2000}
    )
    expect(asciiLetters('We’re here 😀 — “ok”')).toBe(true)
    expect(asciiLetters('café')).toBe(false)
    expect(asciiLetters(`a${foldsToLetter}`)).toBe(false)
  })

  it('finds at every place of any text what the Unicode pattern finds', () => {
    fc.assert(
      fc.property(patterns, fc.array(texts, {minLength: 1, maxLength: 4}), (pattern, samples) => {
        const twin = asciiTwin(pattern)
        for (const text of samples) expect(matchesEverywhere(twin.for(text), text)).toEqual(matchesEverywhere(pattern, text))
      }),
      {numRuns: 400}
    )
  })

  it('runs the twin where the text allows it, and the pattern as written elsewhere', () => {
    const twin = asciiTwin(/(?<![\p{L}\p{N}_])SLA(?![\p{L}])/u)
    expect(twin.for('Our SLA — 2 days').source).toBe('(?<![A-Za-z0-9_])SLA(?![A-Za-z])')
    expect(twin.for('Notre SLA était').source).toBe(twin.unicode.source)
    expect(twin.for('\u0345SLA')).toBe(twin.unicode)
    expect(twin.test('Our SLA')).toBe(true)
    expect(twin.test('Our SLAs')).toBe(false)
    expect(twin.exec('Notre SLA était')?.index).toBe(6)
    useAsciiTwins(false)
    expect(twin.for('Our SLA')).toBe(twin.unicode)
  })
})

/** Reply-like pieces: the words the rules look for, capitals, links, card numbers, and letters beyond ASCII. */
const replies = fc
  .array(
    fc.constantFrom(
      'Hi Anna,',
      'Dear customer,',
      'Please send',
      'send us',
      'your order number',
      'we’ll',
      'We can’t',
      'unfortunately',
      'Unfortunately, we cannot refund it',
      'but we can',
      'the SLA',
      'RMA (return authorization)',
      'ETA',
      'I STILL NEED HELP',
      'FREE',
      'TODO',
      'XXX',
      '[Customer Name]',
      'gonna',
      'thx',
      'u',
      '4111 1111 1111 1111',
      'password: Abc12345',
      'https://x.example/a',
      'U.S.',
      'in order to',
      'by 5 pm tomorrow',
      'Kind regards,',
      'Daniel',
      'café',
      'Ärger',
      'É',
      foldsToLetter,
      '😀',
      '—',
      '!!',
      '?',
      '.',
      ',',
      ' ',
      ' ',
      '\n',
      '\n\n'
    ),
    {maxLength: 30}
  )
  .map((parts) => parts.join(' '))

async function messagesOf(text: string, channel: 'email' | 'social') {
  const file = await lint(text, {channel})
  return (file.messages as LintMessage[]).map((message) => [message.ruleId, message.line, message.column, message.reason, message.expected, message.fix])
}

describe('lint with ASCII twins', () => {
  it('reports what it reports without them, on arbitrary replies', async () => {
    let reported = 0
    await fc.assert(
      fc.asyncProperty(replies, fc.constantFrom('email' as const, 'social' as const), async (text, channel) => {
        useAsciiTwins(true)
        const withTwins = await messagesOf(text, channel)
        // Another reply in between, so nothing learnt about this one is reused.
        await lint('Hello.')
        useAsciiTwins(false)
        expect(await messagesOf(text, channel)).toEqual(withTwins)
        reported += withTwins.length
      }),
      {numRuns: 300}
    )
    // Not a comparison of empty lists: the pieces make the rules report.
    expect(reported).toBeGreaterThan(300)
  })
})
