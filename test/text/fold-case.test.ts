/** foldCase spells each class of letters that /iu matches alike one way: checked on every cased letter. */
import {describe, expect, it} from 'vitest'
import {foldCase, foldCharacter} from '../../src/text/fold-case.js'

const same = (one: string, other: string) => new RegExp(`^${one.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(other)
const single = (value: string) => [...value].length === 1

describe('foldCase', () => {
  it('gives every cased letter a spelling /iu takes for it, the same for the letters its case maps link it to', () => {
    let cased = 0
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      const upper = character.toUpperCase()
      const lower = character.toLowerCase()
      if (upper === character && lower === character) continue
      cased++
      const spelling = foldCharacter(character)
      expect(same(spelling, character), `U+${code.toString(16)}`).toBe(true)
      for (const linked of [upper, lower, upper.toLowerCase(), lower.toUpperCase()]) {
        if (single(linked) && same(linked, character)) expect(foldCharacter(linked), `U+${code.toString(16)} and ${linked}`).toBe(spelling)
      }
    }
    expect(cased).toBeGreaterThan(2500)
  })

  it('folds the letters toLowerCase keeps apart', () => {
    expect(foldCase('Paſſword')).toBe('password')
    expect(foldCase('\u212Aelvin')).toBe('kelvin')
    expect(foldCase('ΟΔΟΣ οδος')).toBe('οδοσ οδοσ')
    expect(foldCase('µ')).toBe('μ')
    expect(foldCase('İ')).toBe('İ')
    expect(foldCase('We’re HERE 😀')).toBe('we’re here 😀')
  })
})
