/** The cheap tests asked before a Unicode pattern: never "no" where the pattern would find something. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {asciiWords, mayHoldCapitalPair} from '../../src/text/ascii.js'

const texts = fc
  .array(fc.oneof(fc.string({unit: 'grapheme-ascii'}), fc.string({unit: 'grapheme'}), fc.constantFrom('AB', 'ÉT', 'Ab', 'ǅ', '’', '😀', 'İ', '𝐀𝐁', ' ')), {maxLength: 12})
  .map((parts) => parts.join(''))

describe('ascii', () => {
  it('asciiWords: true exactly when every letter and digit is ASCII', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(asciiWords(text)).toBe(!/(?![\0-\x7f])[\p{L}\p{N}]/u.test(text))
      }),
      {numRuns: 1000}
    )
    expect(asciiWords('We’re here 😀')).toBe(true)
    expect(asciiWords('café')).toBe(false)
  })

  it('mayHoldCapitalPair: never false where \\p{Lu}{2} matches, and false for ASCII text without one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (/\p{Lu}{2}/u.test(text)) expect(mayHoldCapitalPair(text)).toBe(true)
        if (asciiWords(text)) expect(mayHoldCapitalPair(text)).toBe(/\p{Lu}{2}/u.test(text))
      }),
      {numRuns: 1000}
    )
    expect(mayHoldCapitalPair('Our SLA')).toBe(true)
    expect(mayHoldCapitalPair('Our Sla')).toBe(false)
    expect(mayHoldCapitalPair('ÉTÉ')).toBe(true)
  })
})
