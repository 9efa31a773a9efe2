/** execAll: matchAll's results without matchAll's copy of the pattern. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {execAll, findAll, mayContain, mayMatch, mayMatchEach, phrasePattern} from '../../src/text/phrases.js'

const shape = (text: string, pattern: RegExp) => execAll(pattern, text).map((match) => [match[0], match.index])
const reference = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => [match[0], match.index])

describe('execAll', () => {
  it('finds what matchAll finds, phrase patterns included', () => {
    const text = 'Please be advised that we can’t, and in order to help, please be   advised again.'
    const pattern = phrasePattern(['please be advised', 'in order to', "can't"])
    expect(shape(text, pattern)).toEqual(reference(text, pattern))
    expect(shape(text, pattern)).toEqual([
      ['Please be advised', 0],
      ['can’t', 26],
      ['in order to', 37],
      ['please be   advised', 55]
    ])
  })

  it('steps over empty matches, whole characters at a time in unicode patterns', () => {
    expect(shape('a🚚b', /x*/gu)).toEqual(reference('a🚚b', /x*/gu))
    expect(shape('ab', /x*/g)).toEqual([
      ['', 0],
      ['', 1],
      ['', 2]
    ])
  })

  it('leaves the pattern ready for the next caller, even when one loop runs inside another', () => {
    const pattern = /o/g
    const outer = execAll(pattern, 'foo').map((match) => [match.index, execAll(pattern, 'xo').length])
    expect(outer).toEqual([
      [1, 1],
      [2, 1]
    ])
    expect(pattern.lastIndex).toBe(0)
    expect(findAll(pattern, 'boo', 10)).toEqual([
      {text: 'o', start: 11, end: 12},
      {text: 'o', start: 12, end: 13}
    ])
  })
})

describe('phrasePattern', () => {
  // Phrases that share words, are prefixes of each other and overlap, so that the groups compete; one has its
  // longest word (its anchor) last, one starts with an apostrophe, one has no letters (searched everywhere).
  const phrases = ['we can', "we can't", 'we cannot help', 'can wait', "can't wait", 'help you', 'you can', 'in order', 'in order to', 'order to help', 'to help', 'to x cannot', "'cause", '!!', 'help!!', 'oδος', 'µore', 'ſtop']
  const whole = new RegExp(phrasePattern(phrases).source, 'giu')
  // Upper case, and letters beyond ASCII (read the slow way, see `wordsOf`), some that /iu matches alike though
  // toLowerCase keeps them apart (ſ and s, ς and σ, µ and μ, the Kelvin sign and k; see fold-case.ts).
  const words = ['we', 'We', 'CAN', 'can', "can't", 'can’t', 'cannot', 'help', 'you', 'in', 'İn', 'order', 'ORDER', 'to', 'wait', 'x', 'canning', 'cause', '’cause', '!!', '!', 'tox', 'helpx', 'wé', 'café', '😀', 'ΟΔΟΣ', 'oδoς', 'more', 'μORE', 'stop', 'STOP', 'ſtop', 'cauſe', '\u212Aan']
  const texts = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ', ', '.\n', "'", '')), {maxLength: 14})
    .map((parts) => parts.map(([word, gap]) => word + gap).join(''))

  it('matches exactly what the whole alternation matches, from any lastIndex', () => {
    const pattern = phrasePattern(phrases)
    fc.assert(
      fc.property(texts, fc.nat(40), (text, from) => {
        expect(shape(text, pattern)).toEqual(shape(text, whole))
        pattern.lastIndex = from
        whole.lastIndex = from
        const [got, want] = [pattern.exec(text), whole.exec(text)]
        expect(got && [got[0], got.index]).toEqual(want && [want[0], want.index])
        expect(pattern.lastIndex).toBe(whole.lastIndex)
        pattern.lastIndex = 0
        whole.lastIndex = 0
        expect(text.replace(pattern, '<$&>')).toBe(text.replace(whole, '<$&>'))
        expect(pattern.test(text)).toBe(whole.test(text))
        expect(pattern.lastIndex).toBe(whole.lastIndex)
        pattern.lastIndex = 0
        whole.lastIndex = 0
        expect([...text.matchAll(pattern)].map((match) => [match[0], match.index])).toEqual(reference(text, whole))
      }),
      {numRuns: 500}
    )
  })

  it('tells its whole alternation as its source, and splits as the alternation does', () => {
    const pattern = phrasePattern(phrases)
    expect(pattern.source).toBe(whole.source)
    expect(String(pattern)).toBe(`/${whole.source}/giu`)
    const text = 'We can help you, in order to help you.'
    expect(text.split(pattern)).toEqual(text.split(whole))
    expect(text.search(pattern)).toBe(text.search(whole))
    expect(text.match(pattern)).toEqual(text.match(whole))
  })

  it('keeps lists apart that share words, also a list first used after the texts were seen', () => {
    const first = phrasePattern(phrases)
    const second = phrasePattern(['cannot help', 'order to', 'help you', 'x'])
    fc.assert(
      fc.property(texts, texts, (one, two) => {
        expect(shape(one, first)).toEqual(shape(one, whole))
        expect(shape(two, first)).toEqual(shape(two, whole))
        // Made now: `one` and `two` were seen by the first list only.
        const third = phrasePattern(['wait', "can't wait", 'we'])
        for (const [pattern, list] of [
          [second, ['cannot help', 'order to', 'help you', 'x']],
          [third, ['wait', "can't wait", 'we']]
        ] as const) {
          const alone = new RegExp(phrasePattern(list).source, 'giu')
          expect(shape(one, pattern)).toEqual(shape(one, alone))
          expect(shape(two, pattern)).toEqual(shape(two, alone))
        }
        expect(shape(one, first)).toEqual(shape(one, whole))
      }),
      {numRuns: 200}
    )
  })

  it('mayContain says no only for texts where the alternation finds nothing', () => {
    const may = mayContain(phrases.filter((phrase) => phrase !== '!!' && phrase !== 'help!!'))
    const wordy = new RegExp(phrasePattern(phrases.filter((phrase) => phrase !== '!!' && phrase !== 'help!!')).source, 'giu')
    fc.assert(
      fc.property(texts, (text) => {
        if (!may(text)) expect(shape(text, wordy)).toEqual([])
      }),
      {numRuns: 500}
    )
    expect(may('we can help')).toBe(true)
    expect(may('nothing here')).toBe(false)
    // A phrase of no letters may be anywhere.
    expect(mayContain(['!!'])('nothing here')).toBe(true)
  })

  it('mayMatchEach gives, in one lookup, the lists mayMatch says yes to, in order', () => {
    const lists = [
      phrasePattern(['we can', 'cannot help']),
      undefined,
      phrasePattern(['in order to', 'order to help']),
      /wait/giu,
      phrasePattern(["can't wait", 'help you']),
      phrasePattern(['!!', 'to x cannot']),
      phrasePattern(['ſtop', 'oδος'])
    ]
    const each = mayMatchEach(lists)
    fc.assert(
      fc.property(texts, (text) => {
        const expected = lists.flatMap((pattern, place) => (pattern === undefined || mayMatch(pattern, text) ? [place] : []))
        expect(each(text)).toEqual(expected)
      }),
      {numRuns: 500}
    )
    // Not vacuous: a text may hold some lists' words and not others'.
    expect(each('Please wait.')).toEqual([1, 3, 5])
    expect(each('In order to help you, we cannot help.')).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('steps over a match that runs on into a word by whole characters (a phrase may start with an astral letter)', () => {
    const pattern = phrasePattern(['𝐀bc'])
    const text = '𝐀bcd, 𝐀bc.'
    expect(shape(text, pattern)).toEqual(shape(text, new RegExp(pattern.source, 'giu')))
    expect(shape(text, pattern)).toEqual([['𝐀bc', 7]])
  })

  it('prefers the longest phrase where several start at one place', () => {
    expect(shape('We cannot help you today', phrasePattern(['we can', 'we cannot help', 'help you']))).toEqual([['We cannot help', 0]])
  })
})
