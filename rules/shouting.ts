/**
 * `shouting`: calm writing — no words in capitals, no "!!" or "?!".
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {units, type Unit} from '../src/text/units.js'
import * as jargon from './jargon.data.js'
import * as zh from './shouting.zh.data.js'
import {mayHoldCapitalPair} from '../src/text/ascii.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {execAll} from '../src/text/phrases.js'

export interface Options {
  /** Words in capitals that are names here (products, brands). */
  allow?: string[]
}

const known = new Set([...jargon.knownAcronyms, ...jargon.terms.flatMap((term) => term.match)])
/** Capital words that are emphasis when they stand alone ("this is NOT", "FREE"). */
const emphasis = new Set(jargon.capitalWords)
/** A run of capitals: a word, not a code (no digits), standing alone. */
const capitals = asciiTwin(/(?<![\p{L}\p{N}_\-/.@#])\p{Lu}{2,}(?:['’]\p{Lu}+)?(?![\p{L}\p{N}_\-/]|\.\p{L})/gu)
/** Between two words in capitals of one run: a space or a mark or two, no letter. */
const withinRun = asciiTwin(/^[^\p{L}\n]{1,3}$/u)
/** "Help > Account > ": a menu path before the words. */
const menuPath = asciiTwin(/(?:>|&gt;|→|»)\s*(?:\p{Lu}\s+)?$/u)
const marks = /[!?]*(?:!!|\?!|!\?)[!?]*/g
const note = 'Seed 002 沖突溝通管理: 保持冷靜; 004: “你为什么对我喊呀,我要投诉你”.'

const shouting = defineRule<Options>(
  {
    id: 'shouting',
    description: 'Keep a calm tone: no words in capitals, no “!!” or “?!”.',
    fixable: true,
    severity: 'warn',
    options: {allow: 'string[]'}
  },
  {
    en: (context) => {
      for (const unit of units(context.tree, context.text)) {
        checkCapitals(context, unit, capitals.for(unit.text), /[<[]$/, /^[>\]]/, (_found, lower) => `Write “${lower}” in lower case: capitals read as shouting.`)
        for (const match of execAll(marks, unit.text)) {
          const start = unit.start + match.index
          const calm = match[0].includes('?') ? '?' : '!'
          context.report({
            reason: `Use one “${calm}”: “${match[0]}” reads as shouting.`,
            start,
            end: start + match[0].length,
            expected: [calm],
            fixable: true,
            note
          })
        }
      }
    },
    zh: (context) => {
      for (const unit of units(context.tree, context.text)) {
        checkCapitals(context, unit, zh.capitals, zh.fieldBefore, zh.fieldAfter, (found, lower) => `把“${found}”写成小写“${lower}”：全大写的英文读起来像在喊叫。`)
        for (const match of execAll(zh.marks, unit.text)) {
          const start = unit.start + match.index
          const question = /[?？]/.test(match[0])
          // Full-width if the run holds one or follows Chinese ("为什么??" → "为什么？"); after Latin text ("OK!!") the ASCII mark.
          const wide = /[！？]/.test(match[0]) || /\p{Script=Han}$/u.test(unit.text.slice(0, match.index))
          const calm = wide ? (question ? '？' : '！') : question ? '?' : '!'
          context.report({
            reason: `只用一个“${calm}”：“${match[0]}”读起来像在对客户喊叫。`,
            start,
            end: start + match[0].length,
            expected: [calm],
            fixable: true,
            note
          })
        }
      }
    }
  }
)

/**
 * Words in capitals, a run of them as one finding. `fieldBefore` and
 * `fieldAfter` tell a field to fill in ("<PROJECT NAME>"), which is the
 * `placeholder` rule's.
 */
function checkCapitals(
  context: RuleContext<Options>,
  unit: Unit,
  pattern: RegExp,
  fieldBefore: RegExp,
  fieldAfter: RegExp,
  reason: (found: string, lower: string) => string
) {
  const allow = new Set(context.options.allow ?? [])
  // Every pattern here starts with two capitals.
  const words = (mayHoldCapitalPair(unit.text) ? execAll(pattern, unit.text) : []).filter((match) => !known.has(match[0]) && !allow.has(match[0]))
  // Group words in capitals that stand together ("I STILL NEED HELP") into one finding.
  const runs: Array<{start: number; end: number; words: string[]}> = []
  for (const match of words) {
    const last = runs[runs.length - 1]
    if (last && withinRun.test(unit.text.slice(last.end, match.index))) {
      last.end = match.index + match[0].length
      last.words.push(match[0])
    } else runs.push({start: match.index, end: match.index + match[0].length, words: [match[0]]})
  }
  for (const run of runs) {
    const only = run.words[0]!
    // One unknown short word in capitals is likely an acronym (`jargon` asks to spell it out).
    if (run.words.length === 1 && (only.length < 4 || (only.length < 6 && !emphasis.has(only)))) continue
    // "<PROJECT NAME>", "[CUSTOMER NAME]": a field to fill in (the `placeholder` rule's), never lower-cased.
    if (fieldBefore.test(unit.text.slice(0, run.start)) && fieldAfter.test(unit.text.slice(run.end))) continue
    // "Help > Account > I STILL NEED HELP": a step of a menu path, the button's own label.
    if (menuPath.test(unit.text.slice(0, run.start))) continue
    const found = unit.text.slice(run.start, run.end)
    let lower = found.toLowerCase()
    if (run.start === 0 || /[.!?]\s*$/.test(unit.text.slice(0, run.start))) lower = lower.charAt(0).toUpperCase() + lower.slice(1)
    const start = unit.start + run.start
    context.report({
      reason: reason(found, lower),
      start,
      end: start + found.length,
      expected: [lower],
      fixable: true,
      note
    })
  }
}

export default shouting
