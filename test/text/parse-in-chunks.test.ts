import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import {chunkStarts, parseInChunks} from '../../src/text/parse-in-chunks.js'

const processor = unified().use(retextEnglish).freeze()
const parse = (text: string) => processor.parse(text) as Root

describe('parseInChunks', () => {
  const paragraphs = [
    'Hi Anna,',
    'Your parcel is late; I am sorry. We will email you by Friday.\nA second line, Mr. Lee.',
    '  Indented: the refund (€12.50) is on its way!',
    '> quoted words\r\nwith CRLF',
    'Kind regards,\nDaniel'
  ]

  it('gives the tree the whole parse gives, positions and all', () => {
    const source = Array.from({length: 60}, (_, index) => paragraphs[index % paragraphs.length]).join('\n\n')
    const mixed = Array.from({length: 60}, (_, index) => paragraphs[index % paragraphs.length]! + ['\n\n', '\r\n\r\n', '\n \n\n'][index % 3]!).join('')
    for (const sample of [source, mixed]) {
      expect(chunkStarts(sample, 200).length).toBeGreaterThan(5)
      expect(parseInChunks(sample, parse, 200)).toEqual(parse(sample))
    }
  })

  it('cuts only after blank lines, so every block starts a line', () => {
    const sample = 'a'.repeat(50) + '\n\n' + 'b'.repeat(50) + '\n  \n\n' + 'c'.repeat(50)
    const starts = chunkStarts(sample, 10)
    expect(starts).toEqual([0, 52, 107])
    for (const start of starts.slice(1)) expect(sample[start - 1]).toBe('\n')
  })

  it('parses a short text whole', () => {
    expect(chunkStarts('Hi Anna,\n\nThanks.')).toEqual([0])
  })
})
