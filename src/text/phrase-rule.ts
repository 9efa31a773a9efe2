/**
 * Most rules are lists of phrases with a message (Vale calls them existence
 * and substitution rules). This checks such a list over a reply's units, so a
 * rule is its data plus the few lines that make it special.
 */
import type {RuleContext} from '../rule.js'
import type {Language} from '../types.js'
import {replaceWords} from './edits.js'
import {execAll, mayMatchEach, phrasePattern} from './phrases.js'
import {findOnBoundaries} from './segment-boundaries.js'
import {units, type Unit} from './units.js'

export interface PhraseEntry {
  /**
   * Spellings. English: whole words, case-insensitive, straight or curly
   * apostrophes. Chinese: the characters as written, starting and ending on
   * word-segment boundaries (亲 is not found in 亲自).
   */
  phrases: string[]
  /** What is wrong and what to write instead; gets the text found. */
  reason: (found: string) => string
  /** Replacements, best first; `''` drops the phrase. */
  expected?: string[]
  /** `expected[0]` keeps the meaning anywhere: `--fix` may apply it. */
  fixable?: boolean
  /** Not a finding when the text right after the phrase (same unit) matches. */
  unlessAfter?: RegExp
  /** Not a finding when the text right before the phrase (same unit) matches. */
  unlessBefore?: RegExp
  /** Not a finding when the unit matches. */
  unlessUnit?: RegExp
}

export interface CompiledEntry extends PhraseEntry {
  /** Where the phrases occur in a unit's text. */
  find: (text: string) => Array<{index: number; text: string}>
  /**
   * An English list's pattern, for the phrase index to tell the units where
   * `find` may find something; a Chinese list has none (every unit is searched).
   */
  pattern?: RegExp
}

/** A phrase list's matcher: a word-boundary pattern for English, segment boundaries for Chinese. */
export function phraseFinder(phrases: readonly string[], lang: Language = 'en'): CompiledEntry['find'] {
  if (lang === 'zh') {
    const list = [...phrases]
    return (text) => findOnBoundaries(text, list).map((match) => ({index: match.start, text: match.phrase}))
  }
  return finderOf(phrasePattern(phrases))
}

/** Where a phrase list's pattern matches in a text, as `find` gives it. */
function finderOf(pattern: RegExp): CompiledEntry['find'] {
  return (text) => execAll(pattern, text).map((match) => ({index: match.index, text: match[0]}))
}

export function compileEntries(entries: readonly PhraseEntry[], lang: Language = 'en'): CompiledEntry[] {
  return entries.map((entry) => {
    if (lang === 'zh') return {...entry, find: phraseFinder(entry.phrases, lang)}
    const pattern = phrasePattern(entry.phrases)
    return {...entry, find: finderOf(pattern), pattern}
  })
}

/** Per list of entries (a rule's, made once), which of them may match a unit. */
const candidates = new WeakMap<readonly CompiledEntry[], (text: string) => readonly number[]>()

function candidatesOf(entries: readonly CompiledEntry[]): (text: string) => readonly number[] {
  let found = candidates.get(entries)
  if (!found) {
    found = mayMatchEach(entries.map((entry) => entry.pattern))
    candidates.set(entries, found)
  }
  return found
}

/**
 * Report every phrase of `entries` found in the reply. `accept` may veto a
 * finding with what only the rule knows (a time given nearby, …).
 */
export function checkPhrases(
  context: RuleContext<any>,
  entries: readonly CompiledEntry[],
  note: string,
  accept?: (unit: Unit, start: number, end: number, index: number, all: Unit[]) => boolean
) {
  const all = units(context.tree, context.text)
  const worthSearching = candidatesOf(entries)
  all.forEach((unit, index) => {
    // Most units hold no phrase of any entry: one lookup in the phrase index for all of them, no search, no other pattern.
    for (const place of worthSearching(unit.text)) {
      const entry = entries[place]!
      if (entry.unlessUnit?.test(unit.text)) continue
      for (const match of entry.find(unit.text)) {
        const at = match.index
        const after = unit.text.slice(at + match.text.length)
        const before = unit.text.slice(0, at)
        if (entry.unlessAfter?.test(after) || entry.unlessBefore?.test(before)) continue
        const start = unit.start + at
        const end = start + match.text.length
        if (accept && !accept(unit, start, end, index, all)) continue
        const expected = entry.expected
        if (expected && expected.length > 0) {
          const edit = replaceWords(context.text, start, end, expected[0]!, /^\W*$/.test(before))
          context.report({
            reason: entry.reason(match.text),
            start: edit.start,
            end: edit.end,
            actual: context.text.slice(edit.start, edit.end),
            expected: [edit.text, ...expected.slice(1)],
            fixable: (entry.fixable ?? false) && edit.safe,
            note
          })
        } else {
          context.report({reason: entry.reason(match.text), start, end, note})
        }
      }
    }
  })
}
