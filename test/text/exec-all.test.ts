/** execAll: matchAll's results without matchAll's copy of the pattern. */
import {describe, expect, it} from 'vitest'
import {execAll, findAll, phrasePattern} from '../../src/text/phrases.js'

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
