/**
 * Most rules are lists of phrases with a message (Vale calls them existence
 * and substitution rules). This checks such a list over a reply's units, so a
 * rule is its data plus the few lines that make it special.
 */
import type {RuleContext} from '../rule.js'
import {replaceWords} from './edits.js'
import {execAll, phrasePattern} from './phrases.js'
import {units, type Unit} from './units.js'

export interface PhraseEntry {
  /** Spellings (case-insensitive, straight or curly apostrophes). */
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
  pattern: RegExp
}

export function compileEntries(entries: readonly PhraseEntry[]): CompiledEntry[] {
  return entries.map((entry) => ({...entry, pattern: phrasePattern(entry.phrases)}))
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
  const all = units(context.tree)
  all.forEach((unit, index) => {
    for (const entry of entries) {
      if (entry.unlessUnit?.test(unit.text)) continue
      for (const match of execAll(entry.pattern, unit.text)) {
        const at = match.index
        const after = unit.text.slice(at + match[0].length)
        const before = unit.text.slice(0, at)
        if (entry.unlessAfter?.test(after) || entry.unlessBefore?.test(before)) continue
        const start = unit.start + at
        const end = start + match[0].length
        if (accept && !accept(unit, start, end, index, all)) continue
        const expected = entry.expected
        if (expected && expected.length > 0) {
          const edit = replaceWords(context.text, start, end, expected[0]!, /^\W*$/.test(before))
          context.report({
            reason: entry.reason(match[0]),
            start: edit.start,
            end: edit.end,
            actual: context.text.slice(edit.start, edit.end),
            expected: [edit.text, ...expected.slice(1)],
            fixable: (entry.fixable ?? false) && edit.safe,
            note
          })
        } else {
          context.report({reason: entry.reason(match[0]), start, end, note})
        }
      }
    }
  })
}
