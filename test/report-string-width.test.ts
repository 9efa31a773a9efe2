/**
 * The stylish report's column widths in the CLI bundle (src/report/string-width.ts):
 * what string-width answers, without its grapheme segmenter for the strings a report is made of.
 */
import fc from 'fast-check'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import width from '../src/report/string-width.js'

describe('report column width', () => {
  it('is string-width’s for every character of the Basic Multilingual Plane up to U+3000', () => {
    const differ: string[] = []
    for (let code = 0; code < 0x3000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      if (width(character) !== stringWidth(character)) differ.push(code.toString(16))
    }
    expect(differ).toEqual([])
  })

  it('is string-width’s for strings that mix narrow text, colour codes, emoji, CJK, combining marks and joiners', () => {
    const pieces = ['a', 'Z', ' ', '1:30-1:52', '“', '’', '—', '…', 'é', 'ß', '\u00ad', '©', '®', '\x1b[33m', '\x1b[39m', '\x1b[1m', '\x1b', '\u0301', '\u200d', '👍', '👍🏽', '👩\u200d💻', '您好', '\r\n', '\t', '\u0085', '\u2028', 'ｱ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
        const text = parts.join('')
        expect(width(text)).toBe(stringWidth(text))
      }),
      {numRuns: 2000}
    )
  })

  it('passes options on to string-width', () => {
    expect(width('\x1b[33mab\x1b[39m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\x1b[33mab\x1b[39m', {countAnsiEscapeCodes: true}))
    // Curly quotes are ambiguous-width: two columns each when ambiguous means wide, not the one the quick answer gives.
    expect(width('“x”', {ambiguousIsNarrow: false})).toBe(5)
  })
})
