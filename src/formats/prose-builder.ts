/**
 * Builds a ProseDocument piece by piece: formats append the prose they find
 * with where it came from, and the builder keeps the map back to the file.
 *
 * Parsers hand out decoded values (`&amp;` is `&`, `\"` is `"`, a folded
 * YAML line is one space, a list item's indentation is gone) together with
 * the range of source they came from. `copy` aligns the two character by
 * character, so every prose offset maps to the right place in the file and
 * the stretches copied verbatim stay 1:1 (only there can a fix apply).
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {findMasks, mergeMasks} from '../mask.js'
import type {Mask, MaskKind} from '../types.js'
import {segmentMap, type ProseDocument, type Segment, type Side} from './document.js'

export interface CopyOptions {
  /** The source may hold HTML character references (`&amp;`, `&#233;`). */
  entities?: boolean
  /** The source may hold backslash escapes (`\n`, `\"`, `\u00e9`). */
  escapes?: boolean
}

function startsReference(char: string, options: CopyOptions): boolean {
  return (char === '\\' && options.escapes === true) || (char === '&' && options.entities === true)
}

/** The text of a character reference (`&amp;`, `&#233;`, `&#x1F600;`), or undefined when it is none. */
function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1).replace(/;$/, '')
  if (body.startsWith('#')) {
    const code = /^#[xX]/.test(body) ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0 ? 0xfffd : code) : undefined
  }
  return decodeNamedCharacterReference(body) || undefined
}

/** What one backslash escape stands for (JSON and YAML double-quoted strings). */
const simpleEscapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  0: '\0',
  a: '\x07',
  e: '\x1b',
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  ' ': ' ',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f'

/** Characters a parser drops from its values: markup, indentation, quote markers, escapes. */
const droppable = /[\s>\\'"]/

export class ProseBuilder {
  private readonly parts: string[] = []
  private length = 0
  private readonly segments: Segment[] = []
  private readonly masks: Mask[] = []

  /** The prose so far (for tests of what a format extracted). */
  get text(): string {
    return this.parts.join('')
  }

  get offset(): number {
    return this.length
  }

  /** Append made-up text (a separator) that has no place in the file. */
  add(text: string): void {
    if (text === '') return
    this.parts.push(text)
    this.length += text.length
  }

  /** Append made-up text (a list marker the file implies) placed at `original` in the file. */
  addAt(text: string, original: number | undefined, originalLength = 0): void {
    if (original !== undefined) this.decoded(this.length, text.length, original, originalLength)
    this.add(text)
  }

  /** Make sure the prose so far ends with `separator` (nothing at the very start). */
  separate(separator: string): void {
    if (this.length === 0) return
    const tail = this.tail(separator.length)
    if (tail === separator) return
    // "\n" already there and "\n\n" wanted: add the missing part only.
    if (separator.startsWith('\n') && tail.endsWith('\n')) {
      let have = 0
      while (have < separator.length && this.tail(have + 1) === '\n'.repeat(have + 1)) have++
      this.add(separator.slice(have))
      return
    }
    this.add(separator)
  }

  /** Append `source.slice(start, end)` verbatim. */
  verbatim(source: string, start: number, end: number): void {
    if (end <= start) return
    this.map(this.length, start, end - start)
    this.add(source.slice(start, end))
  }

  /**
   * Append `value`, which a parser decoded from `source.slice(start, end)`,
   * mapping each character back to where it came from.
   */
  copy(value: string, source: string, start: number, end: number, options: CopyOptions = {}): void {
    if (value === '') return
    const base = this.length
    let i = 0
    let j = start
    while (i < value.length) {
      const char = value[i]!
      if (options.escapes && source[j] === '\\' && j + 1 < end) {
        const decoded = decodeEscape(source, j, end)
        if (decoded && value.startsWith(decoded.text, i)) {
          this.decoded(base + i, decoded.text.length, j, decoded.length)
          i += decoded.text.length
          j += decoded.length
          continue
        }
      }
      if (options.entities && source[j] === '&') {
        const reference = /^&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});?/.exec(source.slice(j, Math.min(end, j + 40)))
        const decoded = reference ? decodeReference(reference[0]) : undefined
        // Only a reference the parser decoded: "&Hi" in Markdown is text.
        // A reference the parser decoded otherwise (`&#150;` is "–" in HTML) still stands for one character.
        if (reference && ((decoded && value.startsWith(decoded, i)) || (value[i] !== '&' && reference[0].endsWith(';')))) {
          const after = j + reference[0].length
          const units = decoded && value.startsWith(decoded, i) ? Math.min(decoded.length, value.length - i) : 1
          this.decoded(base + i, units, j, after - j)
          i += units
          j = after
          continue
        }
      }
      if (j < end && source[j] === char) {
        // A run of equal characters: one verbatim segment.
        let run = 1
        while (i + run < value.length && j + run < end && source[j + run] === value[i + run] && !startsReference(source[j + run]!, options)) run++
        this.map(base + i, j, run)
        i += run
        j += run
        continue
      }
      if (isSpace(char) && isSpace(source[j])) {
        // Whitespace folded or collapsed: a run in the value stands for a run in the source.
        const [textFrom, sourceFrom] = [i, j]
        while (i < value.length && isSpace(value[i])) i++
        while (j < end && isSpace(source[j])) j++
        this.decoded(base + textFrom, i - textFrom, sourceFrom, j - sourceFrom)
        continue
      }
      if (j < end && droppable.test(source[j]!)) {
        // Markup or indentation the parser left out of the value.
        j++
        continue
      }
      // A character the source does not explain: place it where the source is.
      this.decoded(base + i, 1, Math.min(j, end), 0)
      i++
    }
    this.add(value)
  }

  /**
   * Append a document a format made of a decoded value (the HTML in a JSON
   * string), with `toSource` taking that value's offsets to the file's.
   */
  embed(document: ProseDocument, toSource: (offset: number, side?: Side) => number | undefined): void {
    const base = this.length
    const text = document.text
    for (let k = 0; k < text.length; k++) {
      const inner = document.toOriginal(k)
      const at = inner === undefined ? undefined : toSource(inner)
      if (at === undefined) continue
      const innerNext = document.toOriginal(k + 1, 'end')
      const next = innerNext === undefined ? undefined : toSource(innerNext, 'end')
      // Verbatim where the next character follows in the file too; else a point (an entity, an escape).
      if (next === at + 1) this.map(base + k, at, 1)
      else this.decoded(base + k, 1, at, next !== undefined && next > at ? next - at : 0)
    }
    this.add(text)
    for (const mask of document.masks) this.mask(base + mask.start, base + mask.end, mask.kind)
  }

  /** Mark `[start, end)` of the prose as not the agent's own. */
  mask(start: number, end: number, kind: MaskKind): void {
    if (end > start) this.masks.push({start, end, kind})
  }

  /** The document: template syntax, URLs, quotes and signatures found in the prose are masked too. */
  build(options: {findMasks?: boolean} = {}): ProseDocument {
    const text = this.text
    const found = options.findMasks === false ? [] : findMasks(text)
    return {text, toOriginal: segmentMap(this.segments), masks: mergeMasks(found, this.masks)}
  }

  /** The last `count` characters of the prose so far. */
  tail(count: number): string {
    let result = ''
    for (let index = this.parts.length - 1; index >= 0 && result.length < count; index--) result = this.parts[index] + result
    return result.slice(-count)
  }

  /** `length` characters of text decoded from `originalLength` characters of the file at `to`. */
  private decoded(from: number, length: number, to: number, originalLength: number): void {
    if (length > 0) this.segments.push({from, to, length, originalLength})
  }

  private map(from: number, to: number, length: number): void {
    const last = this.segments[this.segments.length - 1]
    // Extend the previous segment when this one continues it in both texts.
    if (last && last.originalLength === undefined && last.from + last.length === from && last.to + last.length === to) {
      last.length += length
      return
    }
    this.segments.push({from, to, length})
  }
}

/** The text a backslash escape at `at` stands for and how long it is in the source. */
function decodeEscape(source: string, at: number, end: number): {text: string; length: number} | undefined {
  const letter = source[at + 1]!
  const hex = (count: number) => {
    const digits = source.slice(at + 2, at + 2 + count)
    if (at + 2 + count > end || !/^[\da-fA-F]+$/.test(digits) || digits.length !== count) return undefined
    const code = Number.parseInt(digits, 16)
    return {text: count === 4 ? String.fromCharCode(code) : String.fromCodePoint(code), length: 2 + count}
  }
  if (letter === 'u') return hex(4)
  if (letter === 'x') return hex(2)
  if (letter === 'U') return hex(8)
  const simple = simpleEscapes[letter]
  return simple === undefined ? undefined : {text: simple, length: 2}
}
