import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import fc from 'fast-check'
import {location} from 'vfile-location'
import {englishParser} from '../../src/text/english-parser.js'
import {chunkSize, chunkStarts, maxBlock, parseInChunks} from '../../src/text/parse-in-chunks.js'

const processor = unified().use(retextEnglish).freeze()
const parse = (text: string) => processor.parse(text) as Root

describe('parseInChunks', () => {
  const paragraphs = [
    'Hi Anna,',
    'Your parcel is late; I am sorry. We will email you by Friday.\nA second line, Mr. Lee.',
    '  Indented: the refund (€12.50) is on its way!',
    '> quoted words\r\nwith CRLF',
    'An old Mac line\rand the next one.',
    'Kind regards,\nDaniel'
  ]

  it('gives the tree the whole parse gives, positions and all', () => {
    const source = Array.from({length: 60}, (_, index) => paragraphs[index % paragraphs.length]).join('\n\n')
    const mixed = Array.from({length: 60}, (_, index) => paragraphs[index % paragraphs.length]! + ['\n\n', '\r\n\r\n', '\n \n\n'][index % 3]!).join('')
    for (const sample of [source, mixed]) {
      expect(chunkStarts(sample, 200).length).toBeGreaterThan(5)
      expect(parseInChunks(sample, englishParser(processor), 200)).toEqual(parse(sample))
    }
  })

  it('gives the whole parse’s tree when the parser starts each block at its place', () => {
    const blocks = englishParser(processor)
    const tricky = ['Thanks. 😊', 'Mr.', 'e.g.', 'ok.', 'lower case start.', '2. item', '(see below)', 'He said "yes."', 'Wait...', 'Really?!', '😊', '-- ', '1.', 'U.S.', 'Hi Anna,', 'A.', 'etc.', 'vs.', 'approx.', 'Inc.', 'Acme Inc.', 'i.e.', 'see p.', 'No.', 'St.', 'Thanks 😊', '𐌀', 'Ünter', 'A'.repeat(3)]
    const paragraph = fc.oneof(fc.constantFrom(...paragraphs, ...tricky), fc.string({unit: 'grapheme', maxLength: 30}), fc.string({unit: 'grapheme-ascii', maxLength: 30}))
    const gap = fc.constantFrom('\n\n', '\r\n\r\n', '\n \n\n', '\n\t\n', '\r\r', ' ')
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, gap), {maxLength: 20}), fc.integer({min: 1, max: 120}), fc.nat(3), (parts, size, long) => {
        // Long texts too: a cut is checked on the text around it, not on the whole.
        const filler = 'We will email you by Friday; the refund (€12.50) is on its way. '.repeat(12 * long)
        const sample = parts.map(([text, after], index) => (index % 4 === 1 ? filler : '') + text + after).join('')
        expect(parseInChunks(sample, blocks, size)).toEqual(parse(sample))
      }),
      {numRuns: 600}
    )
  })

  it('cuts only after blank lines, so every block starts a line', () => {
    const sample = 'a'.repeat(50) + '\n\n' + 'b'.repeat(50) + '\n  \n\n' + 'c'.repeat(50)
    const starts = chunkStarts(sample, 10)
    expect(starts).toEqual([0, 52, 107])
    for (const start of starts.slice(1)) expect(sample[start - 1]).toBe('\n')
  })

  it('cuts a text without exact cuts where its blocks grow too long, so the cost stays linear', () => {
    const blocks = englishParser(processor)
    const text = 'We sell pens etc.\n\n'.repeat(20_000)
    const starts = chunkStarts(text, chunkSize, blocks)
    expect(starts.length).toBeGreaterThan(text.length / maxBlock - 1)
    for (let index = 1; index < starts.length; index++) expect(starts[index]! - starts[index - 1]!).toBeLessThan(maxBlock + 100)
    // Where a cut is exact, blocks are about `chunkSize` long.
    const plain = 'We sell pens.\n\n'.repeat(20_000)
    expect(chunkStarts(plain, chunkSize, blocks).length).toBeGreaterThan(plain.length / (chunkSize + 100))
  })

  it('cuts a paragraph longer than a block inside it, after a sentence, with every position the file’s', () => {
    const blocks = englishParser(processor)
    // One paragraph of 200 KB: lines of sentences with no blank line, some lines in CRLF, one run without stops.
    const lines = ['Your parcel is late; I am sorry. We will email you by Friday. ', 'a. b. c. Mr. Lee said e.g. 1. 2. ', 'café 😊 (€12.50)!\r\n', 'no stop here at all ', 'Wait... really?! \n']
    const text = Array.from({length: 4_000}, (_, index) => lines[index % lines.length]).join('')
    const starts = chunkStarts(text, chunkSize, blocks)
    expect(starts.length).toBeGreaterThan(text.length / maxBlock)
    for (let index = 1; index < starts.length; index++) {
      expect(starts[index]! - starts[index - 1]!).toBeLessThan(maxBlock)
      // After white space, before a character that is not: no word or line break is cut in two.
      expect(text[starts[index]! - 1]).toMatch(/\s/)
      expect(text[starts[index]!]).toMatch(/\S/)
    }
    const tree = parseInChunks(text, blocks)
    const points = location(text)
    const leaves: Array<{value: string; position: {start: {line: number; column: number; offset: number}; end: {offset: number}}}> = []
    const walk = (node: {value?: string; children?: unknown[]}) => ('value' in node ? leaves.push(node as never) : node.children?.forEach((child) => walk(child as never)))
    walk(tree)
    // The leaves are the text, in order, each at its place: offset, line and column.
    expect(leaves.map((leaf) => leaf.value).join('')).toBe(text)
    for (const leaf of leaves) {
      expect(text.slice(leaf.position.start.offset, leaf.position.end.offset)).toBe(leaf.value)
      expect(points.toPoint(leaf.position.start.offset)).toMatchObject({line: leaf.position.start.line, column: leaf.position.start.column})
    }
  })

  it('parses a short text whole', () => {
    expect(chunkStarts('Hi Anna,\n\nThanks.')).toEqual([0])
  })
})
