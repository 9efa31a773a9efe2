/**
 * Sentences as a reader of a reply sees them. retext-english ends a sentence
 * at terminal punctuation only, so "Hi Anna,\nThanks for writing." is one
 * sentence to it; in a reply a line break ends a line of meaning (salutation,
 * sign-off, list item), so units split sentences at line breaks too.
 */
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {asciiWords} from './ascii.js'
import {asciiTwin} from './ascii-twin.js'
import {execAll} from './phrases.js'

export interface Unit {
  /** The unit's text, trimmed. */
  text: string
  /** Offset of `text` in the document. */
  start: number
  end: number
  /** Index of the paragraph (blank-line separated block). */
  paragraph: number
  /** The retext sentence the unit belongs to. */
  sentence: Sentence
  /** Whether the unit ended with a line break rather than inside a sentence. */
  endsLine: boolean
}

export interface Word {
  text: string
  start: number
  end: number
}

/**
 * Where a tree keeps its units: on the tree (a hidden property), not in a
 * WeakMap. V8's young-generation collector keeps a WeakMap entry whose key
 * is young until a full collection, so every reply's tree survived and was
 * copied and promoted: a fifth of a lint was GC. Measured with
 * `--trace-gc-nvp`: 5–6 MB survived each scavenge with any rule on, 25 KB
 * with the units kept here.
 */
const unitsKey = Symbol('replylint.units')

function cached(tree: Root): Unit[] | undefined {
  return (tree as Root & {[unitsKey]?: Unit[]})[unitsKey]
}

/**
 * The units of a retext tree, in document order (computed once per tree).
 * `source`, the text the tree was parsed from, is read by offsets; without
 * it, each sentence's text is put together from its nodes.
 */
export function units(tree: Root, source?: string): Unit[] {
  const found = cached(tree)
  if (found) return found
  const result: Unit[] = []
  let paragraph = -1
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    paragraph++
    for (const sentence of block.children) {
      if (sentence.type !== 'SentenceNode') continue
      const base = sentence.position?.start.offset ?? 0
      const end = sentence.position?.end.offset
      const text = source !== undefined && end !== undefined ? source.slice(base, end) : toString(sentence)
      for (const line of pieces(text)) {
        const piece = line[0]
        // Most pieces start and end with a printable ASCII character, which trim() keeps: no copies then.
        const kept = printable(piece.charCodeAt(0)) && printable(piece.charCodeAt(piece.length - 1))
        const trimmed = kept ? piece : piece.trim()
        // \s and trim() strip the same characters.
        const leading = kept ? 0 : piece.length - piece.trimStart().length
        if (trimmed === '') continue
        const start = base + line.index + leading
        const after = line.index + piece.length
        const endsLine = after < text.length
        if (trimmed.length <= maxUnit) result.push({text: trimmed, start, end: start + trimmed.length, paragraph, sentence, endsLine})
        else for (const part of parts(trimmed, start)) result.push({...part, paragraph, sentence, endsLine: endsLine && part.end === start + trimmed.length})
      }
    }
  }
  Object.defineProperty(tree, unitsKey, {value: result})
  return result
}

/**
 * The longest unit, in code units: a sentence of the corpora and seeds is
 * at most 711. A rule reads a unit around each of its findings, so a text
 * that is one "sentence" (Chinese with no punctuation, 250,000 尽快 in a row)
 * cost the square of its length: minutes for 1 MB. A longer piece is read
 * in parts of at most this, cut after white space where there is some.
 */
export const maxUnit = 2_000

function parts(text: string, start: number): Array<{text: string; start: number; end: number}> {
  const found: Array<{text: string; start: number; end: number}> = []
  let from = 0
  while (from < text.length) {
    let cut = Math.min(text.length, from + maxUnit)
    if (cut < text.length) {
      const space = text.slice(from + (maxUnit >> 1), cut).search(/\s\S*$/)
      if (space !== -1) cut = from + (maxUnit >> 1) + space + 1
      // Never between the halves of a surrogate pair.
      else if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--
    }
    const part = text.slice(from, cut)
    const kept = part.trim()
    if (kept !== '') {
      const offset = start + from + (part.length - part.trimStart().length)
      found.push({text: kept, start: offset, end: offset + kept.length})
    }
    from = cut
  }
  return found
}

/** A printable ASCII character (not white space); false for NaN, an empty text's first character. */
function printable(code: number): boolean {
  return code > 0x20 && code < 0x7f
}

/**
 * Lines of a sentence, and within a line the parts after a link that is
 * followed by a capital or a numbered step: in "…steps here:
 * https://x.example/a Let us know." the writer dropped the full stop after
 * the link, the reader did not.
 */
const lines = /[^\r\n]+/g
// A numbered step after the link starts a sentence too ("…/errors 4. Restart your computer").
const linkThenStart = asciiTwin(/(?:https?:\/\/|www\.)\S+(?=\s+(?:\d{1,2}[.)](?:\s|$)|\p{Lu}))/gu)

function pieces(text: string): Array<{0: string; index: number}> {
  // Most sentences are one line without a link: no search needed.
  if (!/[\r\n/]|www/.test(text)) return [{0: text, index: 0}]
  const found: Array<{0: string; index: number}> = []
  for (const line of execAll(lines, text)) {
    let from = 0
    for (const link of line[0].includes('/') || line[0].includes('www') ? execAll(linkThenStart.for(line[0]), line[0]) : []) {
      const end = link.index + link[0].length
      found.push({0: line[0].slice(from, end), index: line.index + from})
      from = end
    }
    found.push({0: line[0].slice(from), index: line.index + from})
  }
  return found
}

const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}_]|['’.\-/:@#&](?=[\p{L}\p{N}]))*/gu

/**
 * Words of a piece of text: runs of letters and digits with inner
 * apostrophes, hyphens and dots (so "e-mail", "don't", "U.S." are one word).
 * A text whose letters and digits are all ASCII is read character by
 * character, which finds what `wordPattern` finds without a match array per
 * word (brevity counts every word of every reply: this was a tenth of a lint).
 */
export function words(text: string, offset = 0): Word[] {
  const found: Word[] = []
  if (!asciiWords(text)) {
    for (const match of execAll(wordPattern, text)) {
      found.push({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length})
    }
    return found
  }
  let index = 0
  while (index < text.length) {
    if (!alphanumeric(text.charCodeAt(index))) {
      index++
      continue
    }
    const start = index++
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (alphanumeric(code) || code === 0x5f) index++
      else if (innerMark(code) && index + 1 < text.length && alphanumeric(text.charCodeAt(index + 1))) index += 2
      else break
    }
    found.push({text: text.slice(start, index), start: offset + start, end: offset + index})
  }
  return found
}

function alphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}

/** `['’.\-/:@#&]` of `wordPattern`. */
function innerMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || code === 0x2f || code === 0x3a || code === 0x40 || code === 0x23 || code === 0x26
}
