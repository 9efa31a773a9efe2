import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {findOnBoundaries, segmentWindow, wordSegments} from '../../src/text/segment-boundaries.js'

describe('phrase matching on segment boundaries', () => {
  it('finds 亲 as a word but not inside 亲自 or 父亲', () => {
    expect(findOnBoundaries('亲，您好', ['亲'])).toEqual([{phrase: '亲', start: 0, end: 1}])
    expect(findOnBoundaries('我会亲自跟进', ['亲'])).toEqual([])
    expect(findOnBoundaries('您的父亲来电了', ['亲'])).toEqual([])
  })

  it('matches a phrase of several segments', () => {
    expect(findOnBoundaries('这个我不知道怎么办', ['不知道'])).toEqual([{phrase: '不知道', start: 3, end: 6}])
  })

  it('finds every occurrence, in order', () => {
    const found = findOnBoundaries('今天不能退，明天不能换', ['不能'])
    expect(found.map((match) => match.start)).toEqual([2, 8])
  })

  it('ends a phrase before the 了 that traditional Chinese glues to 錯, 丟, 發 and 過, as simplified has it (看|錯了, 看|错|了)', () => {
    const segments = (text: string) => wordSegments(text).map(({segment}) => segment)
    // What the exception rests on, in this Node's ICU: if these change, so may the exception.
    expect(segments('您填錯了')).toEqual(['您', '填', '錯了'])
    expect(segments('您填错了')).toEqual(['您', '填', '错', '了'])
    expect(findOnBoundaries('你看錯了', ['你看錯'])).toEqual([{phrase: '你看錯', start: 0, end: 3}])
    expect(findOnBoundaries('跟你說過了', ['跟你說過'])).toEqual([{phrase: '跟你說過', start: 0, end: 4}])
    // Not before any other 了 (包裹|晚|点了: a delay, not a vague 晚点), nor inside a longer segment.
    expect(findOnBoundaries('包裹晚点了', ['晚点'])).toEqual([])
    expect(findOnBoundaries('為了您', ['為'])).toEqual([])
    expect(findOnBoundaries('您弄錯了', ['您弄'])).toEqual([])
  })

  it('ignores empty phrases', () => {
    expect(findOnBoundaries('您好', [''])).toEqual([])
  })
})

describe('wordSegments', () => {
  const whole = (text: string) => [...new Intl.Segmenter('zh', {granularity: 'word'}).segment(text)].map(({index, segment}) => `${index}:${segment}`)
  const windowed = (text: string) => wordSegments(text).map(({index, segment}) => `${index}:${segment}`)

  it('segments a long text window by window as Intl.Segmenter does it whole', () => {
    // Several windows of a real Chinese reply, with and without its punctuation and spaces.
    const reply = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'draft-reply.zh.txt'), 'utf8')
    const long = reply.repeat(Math.ceil((4 * segmentWindow) / reply.length))
    for (const text of [long, long.replace(/[\s，。！？、：；“”]/g, '')]) {
      expect(text.length).toBeGreaterThan(3 * segmentWindow)
      expect(windowed(text)).toEqual(whole(text))
    }
  })

  it('gives the segments of a text within one window unchanged, and every character of any text once', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), fc.integer({min: 1, max: 12}), (piece, copies) => {
        const text = piece.repeat(copies)
        const segments = wordSegments(text)
        expect(segments.map(({segment}) => segment).join('')).toBe(text)
        if (text.length <= segmentWindow) expect(windowed(text)).toEqual(whole(text))
      }),
      {numRuns: 300}
    )
  })
})
