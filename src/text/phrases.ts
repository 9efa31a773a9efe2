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
 * words. Longer phrases win over their prefixes. Nothing is compiled until
 * the pattern is first used: rule modules make theirs on import, and a cold
 * start paid for every list.
 */
export function phrasePattern(phrases: Iterable<string>): RegExp {
  const list = [...new Set(phrases)].filter((phrase) => phrase.trim() !== '')
  if (list.length === 0) return /(?!)/gu
  list.sort((a, b) => b.length - a.length)
  return new PhraseRegExp(list)
}

/** The pattern of a list of phrases, longest first, as whole words. */
function alternation(list: readonly string[]): string {
  return `(?<!${letter}|['’])(?:${list.map(phraseSource).join('|')})(?!${letter})`
}

/** The runs of letters or digits of a phrase, lower-cased: any match of it holds each as a word of its own. */
function runsOf(phrase: string): string[] {
  return phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The longest run of a phrase: the shortest are the commonest ("we", "you"),
 * and a group is searched only in texts that hold its word. `undefined` for
 * a phrase of no letters or digits, searched in every text.
 */
function anchorOf(phrase: string): string | undefined {
  let anchor: string | undefined
  for (const run of runsOf(phrase)) if (!anchor || run.length > anchor.length) anchor = run
  return anchor
}

/**
 * Words of recent texts. Every rule walks the same sentences, one rule after
 * the other, so a sentence is asked about again by each rule: keeping only
 * the last text computed the words 15 times over.
 */
const recentWords = new Map<string, Set<string>>()
const recentLimit = 1024

/** Lower-cased runs of letters and digits of `text`. */
function wordsOf(text: string): Set<string> {
  let words = recentWords.get(text)
  if (!words) {
    if (recentWords.size >= recentLimit) recentWords.clear()
    words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    recentWords.set(text, words)
  }
  return words
}

/**
 * A quick "may `text` hold any of `phrases`?" for a pattern too intricate to
 * be a phrase list but built of one (a refusal is a subject and one of the
 * negatives): false only when, for every phrase, the text lacks one of its
 * words, which any match holds, so the pattern need not run (nor, on a cold
 * start, be compiled) for that text.
 */
export function mayContain(phrases: readonly string[]): (text: string) => boolean {
  let runs: string[][] | undefined
  return (text) => {
    runs ??= phrases.map(runsOf)
    const words = wordsOf(text)
    return runs.some((each) => each.every((run) => words.has(run)))
  }
}

/** At `lastIndex`: the character before is part of a word (the boundary `alternation` asks for, as a test). */
const wordBefore = /(?<=[\p{L}\p{N}_'’])/uy

/**
 * A phrase list's pattern that runs, for a text, only the phrases whose
 * anchor word (`anchorOf`) the text holds, each group of phrases with the
 * same anchor as a small pattern of its own, compiled the first time a text
 * holds that word. Most sentences hold few of a list's anchors, so most of a
 * large alternation is neither run nor, for a short reply, even compiled
 * (this was most of a cold start and half of a lint).
 *
 * `exec` gives what the whole alternation would: from `lastIndex`, the
 * leftmost match, and at that place the longest phrase (the alternation
 * lists phrases longest first). Each group's leftmost match from there is
 * that group's candidate, so the leftmost of the candidates, longest on a
 * tie, is the alternation's. `test`, `String#replace`, `search` and `match`
 * go through `exec`; `matchAll` is rebuilt on it below.
 */
class PhraseRegExp extends RegExp {
  static override get [Symbol.species]() {
    return RegExp
  }

  /** The phrases, longest first. */
  readonly #list: readonly string[]
  #source: string | undefined
  /** Phrases by anchor, with the runs of each; those without an anchor (no letters) under `''`, searched in every text. */
  #byAnchor: Map<string, {phrases: string[]; runs: string[][]}> | undefined
  readonly #compiled = new Map<string, RegExp>()

  /**
   * The RegExp underneath matches nothing: every match goes through `exec`,
   * so the whole alternation is never needed, and parsing it for each list
   * at start-up cost a cold start some 10 ms. `source` still tells what the
   * pattern means (and `split`, the one method that would copy the empty
   * pattern, is built on the whole one).
   */
  constructor(list: readonly string[]) {
    super('(?!)', 'giu')
    this.#list = list
  }

  override get source(): string {
    return (this.#source ??= alternation(this.#list))
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return new RegExp(this.source, 'giu')[Symbol.split](text, limit)
  }

  get #groups(): Map<string, {phrases: string[]; runs: string[][]}> {
    if (!this.#byAnchor) {
      this.#byAnchor = new Map()
      for (const phrase of this.#list) {
        const anchor = anchorOf(phrase) ?? ''
        let group = this.#byAnchor.get(anchor)
        if (!group) this.#byAnchor.set(anchor, (group = {phrases: [], runs: []}))
        group.phrases.push(phrase)
        group.runs.push(runsOf(phrase))
      }
    }
    return this.#byAnchor
  }

  /**
   * The anchors of the groups worth searching in `text`: the text holds
   * every word of one of the group's phrases (and `''` for phrases without
   * letters). Most groups whose anchor a text holds still lack a word
   * ("support" without "level 2"), so their pattern need not run.
   */
  #anchorsIn(text: string): string[] {
    const groups = this.#groups
    const words = wordsOf(text)
    const found: string[] = groups.has('') ? [''] : []
    const worth = (anchor: string) => groups.get(anchor)!.runs.some((runs) => runs.every((run) => words.has(run)))
    if (words.size < groups.size) {
      for (const word of words) if (word !== '' && groups.has(word) && worth(word)) found.push(word)
    } else {
      for (const anchor of groups.keys()) if (anchor !== '' && words.has(anchor) && worth(anchor)) found.push(anchor)
    }
    return found
  }

  /**
   * A group's pattern opens with its phrases, not with the word-boundary
   * lookbehind, so the engine can scan for their first letters; the
   * boundary before is checked on each match instead (`#leftmost`).
   */
  #group(anchor: string): RegExp {
    let pattern = this.#compiled.get(anchor)
    if (!pattern) {
      pattern = new RegExp(`(?:${this.#groups.get(anchor)!.phrases.map(phraseSource).join('|')})(?!${letter})`, 'giu')
      this.#compiled.set(anchor, pattern)
    }
    return pattern
  }

  /** The group's leftmost match from `from` that does not continue a word. */
  #leftmost(group: RegExp, text: string, from: number): RegExpExecArray | null {
    group.lastIndex = from
    let match: RegExpExecArray | null
    while ((match = group.exec(text)) !== null) {
      wordBefore.lastIndex = match.index
      if (!wordBefore.test(text)) break
      group.lastIndex = match.index + 1
    }
    group.lastIndex = 0
    return match
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex
    let best: RegExpExecArray | null = null
    if (from <= text.length) {
      for (const anchor of this.#anchorsIn(text)) {
        const match = this.#leftmost(this.#group(anchor), text, from)
        if (match && (!best || match.index < best.index || (match.index === best.index && match[0].length > best[0].length))) best = match
      }
    }
    this.lastIndex = best ? best.index + best[0].length : 0
    return best
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return execAll(this, text)[Symbol.iterator]() as RegExpStringIterator<RegExpMatchArray>
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
