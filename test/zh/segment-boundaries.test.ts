import {describe, expect, it} from 'vitest'
import {findOnBoundaries} from '../../src/text/segment-boundaries.js'

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

  it('ignores empty phrases', () => {
    expect(findOnBoundaries('您好', [''])).toEqual([])
  })
})
