/** units(): sentences as a reader sees them, read from the source by offsets or from the tree's nodes alike. */
import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {englishParser} from '../../src/text/english-parser.js'
import {parseInChunks} from '../../src/text/parse-in-chunks.js'
import {maxUnit, units, words} from '../../src/text/units.js'
import retextChinese from '../../src/zh/parser.js'

const english = unified().use(retextEnglish).freeze()
const chinese = unified().use(retextChinese).freeze()
const plain = (list: ReturnType<typeof units>) => list.map(({sentence, ...unit}) => ({...unit, sentence: sentence.position}))

describe('units', () => {
  // endsLine: the unit ends before its sentence does (a line break, or the link a sentence was split after).
  it('splits a sentence at line breaks and after a link followed by a capital', () => {
    const text = 'Hi Anna,\nThanks for writing. Steps: https://x.example/a Let us know.\n\nKind regards,\nDan'
    expect(units(english.parse(text) as Root, text).map((unit) => [unit.text, unit.paragraph, unit.endsLine])).toEqual([
      ['Hi Anna,', 0, true],
      ['Thanks for writing.', 0, false],
      ['Steps: https://x.example/a', 0, true],
      ['Let us know.', 0, false],
      ['Kind regards,', 1, true],
      ['Dan', 1, false]
    ])
  })

  it('reads the same units from the source as from the nodes, for any text, English, Chinese or parsed in blocks', () => {
    const piece = fc.oneof(fc.string({unit: 'grapheme'}), fc.constantFrom('\n', '\r\n', '\n\n', '. ', '! ', 'Hi Anna,', 'https://x.example/a ', 'Please ', '您好，', '。'))
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        for (const parse of [(value: string) => english.parse(value) as Root, (value: string) => chinese.parse(value) as Root, (value: string) => parseInChunks(value, englishParser(english), 16)]) {
          expect(plain(units(parse(text), text))).toEqual(plain(units(parse(text))))
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('words', () => {
  // The pattern words() stands for; an ASCII text is read without it.
  const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}_]|['’.\-/:@#&](?=[\p{L}\p{N}]))*/gu
  const reference = (text: string, offset: number) =>
    [...text.matchAll(wordPattern)].map((match) => ({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length}))

  it('reads a sentence longer than any a reply has in parts, cut after white space where there is some', () => {
    const english = 'We will email you the refund receipt by Friday and call you if anything changes on the way '.repeat(100)
    const chineseRun = '我们会尽快为您处理退款'.repeat(600)
    for (const [text, tree] of [
      [english, parseInChunks(english, englishParser(unified().use(retextEnglish).freeze()))],
      [chineseRun, chinese.parse(chineseRun) as Root]
    ] as const) {
      const list = units(tree, text)
      expect(list.length).toBeGreaterThan(text.length / maxUnit)
      for (const unit of list) {
        expect(unit.text.length).toBeLessThanOrEqual(maxUnit)
        expect(text.slice(unit.start, unit.end)).toBe(unit.text)
      }
      // Nothing is left out but the white space at the cuts.
      expect(list.map((unit) => unit.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
      if (text === english) for (const unit of list.slice(0, -1)) expect(text[unit.end]).toBe(' ')
    }
  })

  it('finds what its pattern finds, in ASCII text and beyond', () => {
    const piece = fc.oneof(
      fc.string({unit: 'grapheme-ascii'}),
      fc.string({unit: 'grapheme'}),
      fc.constantFrom("don't", 'don’t', 'e-mail', 'U.S.', 'a_b', '_x', 'x_', 'a.', 'a..b', 'a/b', 'me@x.example', '#1', 'R&D', '-', '’', ' ', 'é', 'İ', '😀', '1/2')
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 20}), fc.nat(100), (parts, offset) => {
        const text = parts.join('')
        expect(words(text, offset)).toEqual(reference(text, offset))
      }),
      {numRuns: 1000}
    )
  })
})
