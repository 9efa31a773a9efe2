import {describe, expect, it} from 'vitest'
import {optionCache} from '../src/option-cache.js'

describe('optionCache', () => {
  it('builds once per distinct value, equal values from different objects included', () => {
    const built: string[][] = []
    const compile = optionCache((phrases: string[]) => {
      built.push(phrases)
      return phrases.join('|')
    })
    expect(compile(['a', 'b'])).toBe('a|b')
    expect(compile(['a', 'b'])).toBe('a|b')
    expect(compile(['c'])).toBe('c')
    expect(built).toEqual([['a', 'b'], ['c']])
  })

  it('keeps only the most recent values past its limit', () => {
    let builds = 0
    const compile = optionCache((value: number) => (builds++, value * 2), 2)
    compile(1)
    compile(2)
    compile(3) // evicts 1
    compile(2)
    expect(builds).toBe(3)
    compile(1)
    expect(builds).toBe(4)
  })
})
