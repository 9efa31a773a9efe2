/**
 * Phrase lists compiled to one regular expression each, matched on word
 * boundaries. Straight and curly apostrophes are the same, and any run of
 * white space matches a space, so data files stay readable.
 */

const letter = String.raw`[\p{L}\p{N}_]`

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The source of a pattern for one phrase (no boundaries). */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`)
}

/**
 * One case-insensitive, global pattern that finds any of `phrases` as whole
 * words. Longer phrases win over their prefixes.
 */
export function phrasePattern(phrases: Iterable<string>): RegExp {
  const list = [...new Set(phrases)].filter((phrase) => phrase.trim() !== '')
  list.sort((a, b) => b.length - a.length)
  if (list.length === 0) return /(?!)/gu
  const anchors = list.map(anchorOf)
  const source = `(?<!${letter}|['’])(?:${list.map(phraseSource).join('|')})(?!${letter})`
  return anchors.every((anchor) => anchor !== undefined) ? new PhraseRegExp(source, new Set(anchors as string[])) : new RegExp(source, 'giu')
}

/** The first run of letters or digits of a phrase, lower-cased: any match contains it as a word. */
function anchorOf(phrase: string): string | undefined {
  const first = /^[\p{L}\p{N}]+/u.exec(phrase.trim().toLowerCase())
  return first ? first[0] : undefined
}

let lastText: string | undefined
let lastWords = new Set<string>()

/** Lower-cased runs of letters and digits of `text` (the last text is kept: rules ask many patterns about one sentence). */
function wordsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text
    lastWords = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  }
  return lastWords
}

/**
 * A phrase list's pattern that first asks whether the text holds the first
 * word of any phrase. Most sentences hold none, and then the large
 * alternation is neither run nor, for a short reply, even compiled: this is
 * most of a cold start's cost otherwise. The answer is the same as the plain
 * pattern's, since every match starts with one of those words.
 */
class PhraseRegExp extends RegExp {
  // Internal clones (matchAll, split) are plain and fast; the pre-check happens before them.
  static override get [Symbol.species]() {
    return RegExp
  }

  readonly #anchors: Set<string>

  constructor(source: string, anchors: Set<string>) {
    super(source, 'giu')
    this.#anchors = anchors
  }

  #mayMatch(text: string): boolean {
    const words = wordsOf(text)
    const [small, large] = words.size < this.#anchors.size ? [words, this.#anchors] : [this.#anchors, words]
    for (const word of small) if (large.has(word)) return true
    return false
  }

  override test(text: string): boolean {
    return this.#mayMatch(text) && super.test(text)
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return this.#mayMatch(text) ? super[Symbol.matchAll](text) : ([] as RegExpMatchArray[])[Symbol.iterator]() as RegExpStringIterator<RegExpMatchArray>
  }
}

/** Normal form of a phrase for looking it up in a table. */
export function normalizePhrase(value: string): string {
  return value.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim()
}

export interface Match {
  text: string
  start: number
  end: number
}

/**
 * Every match of a global `pattern` in `text`, like `text.matchAll(pattern)`
 * but without its copy of the pattern: matchAll clones the RegExp on every
 * call, and for our long phrase alternations the clone costs some 15 times
 * the search itself (the linter calls this per unit per phrase list, so it
 * was most of a lint). Collected eagerly, so the caller may reuse `pattern`.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    matches.push(match)
    // An empty match would be found again at the same place forever.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode)
  }
  pattern.lastIndex = 0
  return matches
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

/** All matches of `pattern` in `text`, with offsets shifted by `offset`. */
export function findAll(pattern: RegExp, text: string, offset = 0): Match[] {
  return execAll(pattern, text).map((match) => ({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length}))
}
