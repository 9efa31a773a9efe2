/**
 * Cheap questions about a text's letters, asked before a Unicode pattern
 * that would try every place of the text. Most English replies spell every
 * letter and digit in ASCII (curly quotes, dashes and emoji are neither),
 * and for those a plain ASCII test answers exactly.
 */

const wide = /[^\0-\x7f]/
/** A letter or digit beyond ASCII. */
const wideWordCharacter = /(?![\0-\x7f])[\p{L}\p{N}]/u

/** Whether every character of `text` is ASCII. */
export function isAscii(text: string): boolean {
  return !wide.test(text)
}

/** Whether every letter and digit (`[\p{L}\p{N}]`) of `text` is ASCII. */
export function asciiWords(text: string): boolean {
  return isAscii(text) || !wideWordCharacter.test(text)
}

/** Whether `text` may hold two capitals in a row (`\p{Lu}{2}`): exact when its letters are ASCII, else true. */
export function mayHoldCapitalPair(text: string): boolean {
  return /[A-Z]{2}/.test(text) || !asciiWords(text)
}
