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

/**
 * The one character beyond ASCII that a `[\p{L}\p{N}]` with the `i` flag
 * matches without being a letter or digit: U+0345 folds to ι
 * (test/text/ascii-twin.test.ts checks it is the only one).
 */
export const foldsToLetter = '\u0345'

/**
 * Whether no character of `text` beyond ASCII is, or folds to, a letter or
 * digit: where an ASCII class finds what a Unicode one would, `i` or not
 * (src/text/ascii-twin.ts).
 */
export function asciiLetters(text: string): boolean {
  return asciiWords(text) && !text.includes(foldsToLetter)
}

/** Whether `text` may hold two capitals in a row (`\p{Lu}{2}`): exact when its letters are ASCII, else true. */
export function mayHoldCapitalPair(text: string): boolean {
  return /[A-Z]{2}/.test(text) || !asciiWords(text)
}
