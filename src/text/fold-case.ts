/**
 * Letters the way a case-insensitive Unicode pattern (`/iu`) compares them,
 * as one spelling per class: "ſ" (long s) and "S" are "s", the Kelvin sign
 * is "k", "ς" and "Σ" are "σ", "µ" (micro) is "μ". `toLowerCase` keeps
 * "ſ", "ς" and "µ" apart from "s", "σ" and "μ", which the patterns match
 * alike; the phrase index reads words through this, so it never passes over
 * a text its pattern would match (test/text/fold-case.test.ts checks every
 * cased letter).
 */

import {isAscii} from './ascii.js'

const folded = new Map<number, string>()

/** `text` with every letter folded (ASCII: lower-cased). */
export function foldCase(text: string): string {
  if (isAscii(text)) return text.toLowerCase()
  let result = ''
  for (const character of text) result += foldCharacter(character)
  return result
}

/**
 * A letter's spelling for its class: the lower case of its upper case, or
 * its lower case, whichever is one character that `/iu` takes for the
 * letter (İ lower-cases to two, and stays itself, as `/iu` folds it to no
 * other letter).
 */
export function foldCharacter(character: string): string {
  const code = character.codePointAt(0)!
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : character
  let found = folded.get(code)
  if (found === undefined) {
    found = character
    for (const candidate of [character.toUpperCase().toLowerCase(), character.toLowerCase()]) {
      if (candidate !== character && oneCharacter(candidate) && sameIgnoringCase(candidate, character)) {
        found = candidate
        break
      }
    }
    folded.set(code, found)
  }
  return found
}

function oneCharacter(value: string): boolean {
  const code = value.codePointAt(0)!
  return value.length === (code > 0xffff ? 2 : 1)
}

function sameIgnoringCase(one: string, other: string): boolean {
  return new RegExp(`^${one.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(other)
}
