/**
 * Phrase lists compiled to one regular expression each, matched on word
 * boundaries. Straight and curly apostrophes are the same, and any run of
 * white space matches a space, so data files stay readable.
 */

import {asciiWords} from './ascii.js'
import {asciiTwin} from './ascii-twin.js'
import {foldCase} from './fold-case.js'

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

const letterRuns = asciiTwin(/[\p{L}\p{N}]+/gu)

/** The runs of letters or digits of a phrase, case folded: any match of it holds each as a word of its own. */
function runsOf(phrase: string): string[] {
  const folded = foldCase(phrase)
  return folded.match(letterRuns.for(folded)) ?? []
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

/** Phrases of one list with the same anchor, searched as one small pattern. */
interface Group {
  phrases: string[]
  /** The words (`vocabulary` ids) of each phrase: the group is worth searching only in a text that holds all words of one. */
  runs: number[][]
  /** Compiled the first time a text is worth it. */
  pattern?: RegExp
  /** Each phrase on its own, sticky: for the rare place where the first phrase that matches runs on into a word. */
  each?: RegExp[]
}

/**
 * Every word of every list's phrases, numbered. A text is scanned for them
 * once for all lists (some 80, each asked about every sentence): for a text
 * of ASCII letters and digits (most replies; curly quotes and emoji count as
 * spaces) a word is hashed as it is read and looked up in `slots`, so no
 * string is made for the many words no phrase holds; other texts go word by
 * word through `ids`. Both read the same words as
 * `foldCase(text).match(/[\p{L}\p{N}]+/gu)`. Words are never dropped
 * (a few bytes each, and a team's lists repeat the same words).
 */
const ids = new Map<string, number>()
const vocabulary: string[] = []
const hashes: number[] = []
/** Open addressing by hash: id + 1, 0 for empty; kept under half full. */
let slots = new Int32Array(1 << 12)

const fnvOffset = 0x811c9dc5 | 0
function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619)
}

function hashOf(word: string): number {
  let hash = fnvOffset
  for (let index = 0; index < word.length; index++) hash = step(hash, word.charCodeAt(index))
  return hash
}

function place(id: number): void {
  const mask = slots.length - 1
  let slot = hashes[id]! & mask
  while (slots[slot] !== 0) slot = (slot + 1) & mask
  slots[slot] = id + 1
}

function idOf(word: string): number {
  let id = ids.get(word)
  if (id !== undefined) return id
  id = vocabulary.length
  ids.set(word, id)
  vocabulary.push(word)
  hashes.push(hashOf(word))
  if (vocabulary.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2)
    for (let each = 0; each < vocabulary.length; each++) place(each)
  } else place(id)
  return id
}

/** The id of `text[start..end)`, lower-cased ASCII, or -1 when no phrase holds the word. */
function idAt(text: string, start: number, end: number, hash: number): number {
  const mask = slots.length - 1
  for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    const id = slots[slot]! - 1
    if (hashes[id] !== hash) continue
    const word = vocabulary[id]!
    if (word.length !== end - start) continue
    let same = true
    for (let index = 0; index < word.length && same; index++) same = word.charCodeAt(index) === lowerAscii(text.charCodeAt(start + index))
    if (same) return id
  }
  return -1
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** Per vocabulary id, the text it was last seen in (`seen`), so a word is listed once per text. */
let seenIn = new Int32Array(1 << 12)
let seen = 0

/** The vocabulary ids of the words of `text`, each once. */
function wordsOf(text: string): number[] {
  if (seenIn.length < vocabulary.length) {
    const grown = new Int32Array(Math.max(vocabulary.length, seenIn.length * 2))
    grown.set(seenIn)
    seenIn = grown
  }
  // 0 is a fresh slot's: never a text's number.
  seen = (seen + 1) | 0 || 1
  const found: number[] = []
  if (!asciiWords(text)) {
    for (const word of foldCase(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      const id = ids.get(word)
      if (id !== undefined && seenIn[id] !== seen) {
        seenIn[id] = seen
        found.push(id)
      }
    }
  } else scanAscii(text, found)
  return found
}

/**
 * The ASCII words of `text` that are in the vocabulary, into `found`. A
 * function of its own, without closures: inlined into `wordsOf` with one,
 * the loop ran three times slower.
 */
function scanAscii(text: string, found: number[]): void {
  let start = -1
  let hash = fnvOffset
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? lowerAscii(text.charCodeAt(index)) : 0
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) {
        start = index
        hash = fnvOffset
      }
      hash = step(hash, code)
    } else if (start >= 0) {
      const id = idAt(text, start, index, hash)
      if (id >= 0 && seenIn[id] !== seen) {
        seenIn[id] = seen
        found.push(id)
      }
      start = -1
    }
  }
}

/** A word's groups, of all lists, with the list's number (a list is known by number, see `dropped`). */
const groupsByWord: Array<Array<{list: number; group: Group}> | undefined> = []
/** Counts lists that joined `groupsByWord`: what a text learnt before a list joined is stale. */
let joined = 0

/**
 * A list no one holds any more (a team's list, made per configuration, may
 * be dropped from its cache) leaves the index. The index holds lists by
 * number, not by weak reference: a `deref()` per group visited was a tenth
 * of the index's time.
 */
const dropped = new FinalizationRegistry<{list: number; words: number[]}>(({list, words}) => {
  for (const word of words) {
    const anchored = groupsByWord[word]
    if (anchored) groupsByWord[word] = anchored.filter((each) => each.list !== list)
  }
})

interface TextEntry {
  joined: number
  /**
   * The groups worth searching in the text, and beside each its list's
   * number. A text has a handful: two arrays searched from end to end cost
   * less than a Map made per text.
   */
  lists: number[]
  groups: Group[]
}

/**
 * Recent texts. Every rule walks the same sentences, one rule after the
 * other, so a sentence is asked about again by each rule: keeping only the
 * last text computed its words 15 times over. The engine forgets them when a
 * reply is done (`forgetTexts`), so they die young instead of outliving a
 * few collections (they held a megabyte of replies at each); the limit is
 * for pipelines that never tell, and is above the sentences of a long
 * e-mail, which every rule walks again.
 */
let recentTexts = new Map<string, TextEntry>()
const recentLimit = 16_384

/**
 * The reply is linted: what was learnt about its sentences is not needed
 * again. A new Map, not `clear()`: V8 gives a cleared Map its new table in
 * the old generation once the Map lives there, and a young collection
 * treats what the dead tables still point to as live, so every reply's
 * entries (and the sentences they are keyed by) were copied and promoted.
 * Over the corpus 10× (`--trace-gc-nvp`): 27 MB promoted and 157 ms of
 * scavenges with `clear()`, 10 MB and 79 ms with a new Map, which dies
 * young with its reply.
 */
export function forgetTexts(): void {
  if (recentTexts.size > 0) recentTexts = new Map()
  lastText = lastEntry = undefined
}

function worthSearching(group: Group): boolean {
  for (const runs of group.runs) {
    let all = true
    for (const run of runs) {
      if (seenIn[run] !== seen) {
        all = false
        break
      }
    }
    if (all) return true
  }
  return false
}

/** The last text asked about: a rule asks all its lists about one sentence before the next. */
let lastText: string | undefined
let lastEntry: TextEntry | undefined

function entryOf(text: string): TextEntry {
  if (text === lastText && lastEntry!.joined === joined) return lastEntry!
  let entry = recentTexts.get(text)
  if (!entry || entry.joined !== joined) {
    const lists: number[] = []
    const groups: Group[] = []
    for (const word of wordsOf(text)) {
      const anchored = groupsByWord[word]
      if (!anchored) continue
      for (let index = 0; index < anchored.length; index++) {
        const {list, group} = anchored[index]!
        if (!worthSearching(group)) continue
        lists.push(list)
        groups.push(group)
      }
    }
    if (!entry && recentTexts.size >= recentLimit) recentTexts = new Map()
    entry = {joined, lists, groups}
    recentTexts.set(text, entry)
  }
  lastText = text
  lastEntry = entry
  return entry
}

/** The groups of list `number` worth searching in `text`. */
function groupsOf(number: number, text: string): Group[] {
  const {lists, groups} = entryOf(text)
  const found: Group[] = []
  for (let index = 0; index < lists.length; index++) if (lists[index] === number) found.push(groups[index]!)
  return found
}

/**
 * A quick "may `text` hold any of `phrases`?" for a pattern too intricate to
 * be a phrase list but built of one (a refusal is a subject and one of the
 * negatives), or for many lists at once: false only when, for every phrase,
 * the text lacks one of its words, which any match holds, so the patterns
 * need not run (nor, on a cold start, be compiled) for that text. One lookup
 * per text, in the index of phrase groups.
 */
export function mayContain(phrases: Iterable<string>): (text: string) => boolean {
  const list = phrasePattern(phrases)
  return list instanceof PhraseRegExp ? (text) => list.mayMatch(text) : () => false
}

/**
 * For a rule's many phrase lists at once: the places in `patterns` of the
 * lists that may match a text (each as `mayMatch` would answer), in order,
 * from one lookup in the phrase index. A rule with dozens of lists asked
 * each about every unit: that was four in five of the index's lookups, and
 * most units hold none of the lists' words. A pattern that is no phrase
 * list, or `undefined`, is given for every text.
 */
export function mayMatchEach(patterns: ReadonlyArray<RegExp | undefined>): (text: string) => readonly number[] {
  let always: number[] | undefined
  /** By list number, the places of its patterns. */
  const placesOf: number[][] = []
  return (text) => {
    if (!always) {
      always = []
      patterns.forEach((pattern, place) => {
        const number = pattern instanceof PhraseRegExp ? pattern.indexNumber() : undefined
        if (number === undefined) always!.push(place)
        else (placesOf[number] ??= []).push(place)
      })
    }
    let found: number[] | undefined
    // A list has one entry per group worth searching: the same number may come more than once.
    for (const number of entryOf(text).lists) {
      const places = placesOf[number]
      if (!places) continue
      found ??= [...always]
      for (const place of places) if (!found.includes(place)) found.push(place)
    }
    return found ? found.sort((a, b) => a - b) : always
  }
}

/**
 * Whether `pattern`, a phrase list, may match in `text` (see `mayContain`);
 * true for any other pattern. For a rule that rewrites a text before
 * searching it, when the rewrite cannot add words.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return !(pattern instanceof PhraseRegExp) || pattern.mayMatch(text)
}

/** At `lastIndex`: the character before is part of a word (the boundary `alternation` asks for, as a test). */
const wordBefore = asciiTwin(/(?<=[\p{L}\p{N}_'’])/uy)
/** At `lastIndex`: a letter, digit or underscore, so a phrase that ends here runs on into a word. */
const wordAt = asciiTwin(/[\p{L}\p{N}_]/uy)

function continuesWord(text: string, index: number): boolean {
  const pattern = wordAt.for(text)
  pattern.lastIndex = index
  return pattern.test(text)
}

/**
 * A phrase list's pattern that runs, for a text, only the groups of phrases
 * worth it: phrases with the same anchor word (`anchorOf`) are a group, a
 * small pattern of its own compiled the first time a text holds every word
 * of one of its phrases (`entryOf`). Most sentences hold none of a list's
 * phrases' words, so most of a large alternation is neither run nor, for a
 * short reply, even compiled (this was most of a cold start and half of a
 * lint).
 *
 * `exec` gives what the whole alternation would: from `lastIndex`, the
 * leftmost match, and at that place the longest phrase (the alternation
 * lists phrases longest first). Each group's leftmost match from there is
 * that group's candidate, so the leftmost of the candidates, longest on a
 * tie, is the alternation's. `test`, `String#replace`, `search` and `match`
 * go through `exec`; `matchAll` is rebuilt on it below.
 */
/** Numbers the lists, for the index. */
let lists = 0

class PhraseRegExp extends RegExp {
  static override get [Symbol.species]() {
    return RegExp
  }

  /** The phrases, longest first. */
  readonly #list: readonly string[]
  #source: string | undefined
  /** Phrases without letters or digits: searched in every text. */
  #everywhere: Group | undefined
  #joined = false
  readonly #number = ++lists

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

  /** Group the phrases by anchor, into `groupsByWord` (the first time the list is used). */
  #join(): void {
    this.#joined = true
    const byAnchor = new Map<string, Group>()
    for (const phrase of this.#list) {
      const anchor = anchorOf(phrase)
      let group = anchor === undefined ? this.#everywhere : byAnchor.get(anchor)
      if (!group) {
        // Every field from the start: a group that gains one later changes shape, and the index reads groups of every shape.
        group = {phrases: [], runs: [], pattern: undefined, each: undefined}
        if (anchor === undefined) this.#everywhere = group
        else byAnchor.set(anchor, group)
      }
      group.phrases.push(phrase)
      group.runs.push(runsOf(phrase).map(idOf))
    }
    const anchors: number[] = []
    for (const [anchor, group] of byAnchor) {
      const word = idOf(anchor)
      anchors.push(word)
      ;(groupsByWord[word] ??= []).push({list: this.#number, group})
    }
    dropped.register(this, {list: this.#number, words: anchors})
    joined++
  }

  /**
   * A group's pattern is its phrases and nothing else: the word boundaries
   * on both sides are tested on each match instead (`#leftmost`). So the
   * engine can scan for the phrases' first letters, and the pattern compiles
   * some 6 times faster: a `(?![\p{L}\p{N}_])` in each of hundreds of
   * groups was most of a first lint (230 µs to compile a group, 36 without).
   */
  static #compile(group: Group): RegExp {
    return (group.pattern ??= new RegExp(`(?:${group.phrases.map(phraseSource).join('|')})`, 'giu'))
  }

  /**
   * The group's leftmost match from `from` that neither continues nor runs
   * on into a word: what the pattern with both boundaries would give. Where
   * the first phrase that matches runs on ("in order to" in "in order
   * tomorrow"), a later one may stop on a boundary there ("in order"), as
   * the alternation would backtrack to it.
   */
  #leftmost(group: Group, text: string, from: number): RegExpExecArray | null {
    const pattern = PhraseRegExp.#compile(group)
    pattern.lastIndex = from
    let found: RegExpExecArray | null = null
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      const before = wordBefore.for(text)
      before.lastIndex = match.index
      if (!before.test(text)) {
        found = continuesWord(text, match.index + match[0].length) ? PhraseRegExp.#endingOnBoundary(group, text, match.index) : match
        if (found) break
      }
      pattern.lastIndex = nextIndex(text, match.index, true)
    }
    pattern.lastIndex = 0
    return found
  }

  /** The first of the group's phrases, in order, that matches right at `index` and stops on a word boundary. */
  static #endingOnBoundary(group: Group, text: string, index: number): RegExpExecArray | null {
    group.each ??= group.phrases.map((phrase) => new RegExp(phraseSource(phrase), 'iuy'))
    for (const each of group.each) {
      each.lastIndex = index
      const match = each.exec(text)
      if (match && !continuesWord(text, index + match[0].length)) return match
    }
    return null
  }

  /** The list's number in the phrase index, or `undefined` when it has phrases searched in every text. */
  indexNumber(): number | undefined {
    if (!this.#joined) this.#join()
    return this.#everywhere === undefined ? this.#number : undefined
  }

  /** Whether `text` holds all the words of one of the phrases (see `mayContain`). */
  mayMatch(text: string): boolean {
    if (!this.#joined) this.#join()
    return this.#everywhere !== undefined || entryOf(text).lists.includes(this.#number)
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex
    let best: RegExpExecArray | null = null
    if (from <= text.length) {
      if (!this.#joined) this.#join()
      const groups = groupsOf(this.#number, text)
      for (const group of this.#everywhere ? [this.#everywhere, ...groups] : groups) {
        const match = this.#leftmost(group, text, from)
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
  return foldCase(value).replace(/’/g, "'").replace(/\s+/g, ' ').trim()
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
 * Read-only: a phrase list whose words the text lacks (most calls) answers
 * with one shared empty list, without a search.
 */
export function execAll(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (pattern instanceof PhraseRegExp && !pattern.mayMatch(text)) return noMatches
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

const noMatches: readonly RegExpExecArray[] = Object.freeze([])

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

/** All matches of `pattern` in `text`, with offsets shifted by `offset`. */
export function findAll(pattern: RegExp, text: string, offset = 0): Match[] {
  return execAll(pattern, text).map((match) => ({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length}))
}
