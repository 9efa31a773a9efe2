/**
 * Replacements that keep a sentence well formed: dropping an opening word
 * capitalises the next one, replacing an opening word keeps its capital,
 * and a replacement is written with the apostrophes the agent typed (“we’re
 * in the process of” becomes “we’re”, not “we're”).
 * Only spaces and tabs are taken with a dropped word, never a line break, so
 * a fix never joins lines or touches line endings.
 */

import {asciiTwin} from './ascii-twin.js'

const capitalFirst = asciiTwin(/^\p{Lu}/u)

export interface Edit {
  start: number
  end: number
  text: string
  /** False when the edit would leave the sentence broken (see `replaceWords`). */
  safe: boolean
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** `replacement` written with the curly apostrophe where `actual` has only curly ones. */
export function withApostrophesOf(actual: string, replacement: string): string {
  return actual.includes('’') && !actual.includes("'") ? replacement.replaceAll("'", '’') : replacement
}

/**
 * The edit that puts `replacement` for `text[start, end)`. `sentenceStart`
 * says the match opens a sentence. An empty replacement drops the words and
 * the space after them (and, after a comma like "Obviously, ", the comma).
 */
export function replaceWords(text: string, start: number, end: number, replacement: string, sentenceStart: boolean): Edit {
  if (replacement === '') {
    const rest = /^,?[ \t]+(\S)/u.exec(text.slice(end))
    if (sentenceStart && rest) return {start, end: end + rest[0].length, text: rest[1]!.toUpperCase(), safe: true}
    const space = /^,?[ \t]+/.exec(text.slice(end))
    if (space) return {start, end: end + space[0].length, text: '', safe: true}
    // Nothing after on this line: take the space before instead. At a sentence
    // start the next word is on another line and cannot be capitalised safely.
    const before = /[ \t]+$/.exec(text.slice(0, start))
    return {start: before ? start - before[0].length : start, end, text: '', safe: !sentenceStart}
  }
  const actual = text.slice(start, end)
  const upper = sentenceStart || capitalFirst.test(actual)
  const typed = withApostrophesOf(actual, replacement)
  return {start, end, text: upper ? capitalize(typed) : typed, safe: true}
}
