/**
 * `jargon`: internal and technical terms the customer may not know, and
 * acronyms never spelled out.
 */
import {defineRule} from '../src/rule.js'
import {findAll, normalizePhrase, phrasePattern} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './jargon.data.js'

export interface Options {
  /** Company glossary: internal term -> how a customer would put it. */
  terms?: Record<string, string>
  /** Terms and acronyms that are fine for this team's customers. */
  allow?: string[]
  /** Report acronyms in capitals that are not known and not spelled out (default true). */
  acronyms?: boolean
}

interface Compiled {
  pattern: RegExp
  plain: Map<string, string>
  contexts: RegExp | undefined
  caseSensitive: boolean
}

function compile(list: readonly data.Term[]): Compiled[] {
  return list.map((term) => {
    const pattern = phrasePattern(term.match)
    const caseSensitive = term.caseSensitive === true
    return {
      pattern: caseSensitive ? new RegExp(pattern.source, 'gu') : pattern,
      plain: new Map(term.match.map((spelling) => [normalizePhrase(spelling), term.plain])),
      contexts: term.contexts ? phrasePattern(term.contexts) : undefined,
      caseSensitive
    }
  })
}

const builtIn = compile(data.terms)
const knownAcronyms = new Set(data.knownAcronyms)
const capitalWords = new Set(data.capitalWords)

/**
 * Agent initials signing a reply: "^AJ", "*SR", "-JS", "/VG", or two or
 * three capitals that end the reply ("Thanks, AK").
 */
function isSignature(text: string, start: number, end: number): boolean {
  if (/[*^~\-–—/]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true
  // Initials alone after a closing ("Thanks, AK"), at the very end.
  return end - start <= 3 && /^\W*$/.test(text.slice(end)) && /(?:[,.!?:;)]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start))
}

/** Part of a run of capitals ("I STILL NEED HELP"): shouting, not an acronym. */
function inCapitalRun(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}{2,})[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 20), start))
  const after = /^[^\p{L}\n]{1,3}(\p{Lu}{2,})/u.exec(text.slice(end, end + 20))
  return Boolean((before && !knownAcronyms.has(before[1]!)) || (after && !knownAcronyms.has(after[1]!)))
}
/** Two to five capitals (a plural s allowed), standing alone. */
const acronymPattern = /(?<![\p{L}\p{N}_&'’.\-/])\p{Lu}{2,5}s?(?![\p{L}\p{N}_&\-/]|\.\p{L})/gu

/**
 * The acronym is explained in the reply: "RMA (return authorization)",
 * "return merchandise authorization (RMA)", or "RMA, our return number,".
 */
function explained(text: string, acronym: string): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(String.raw`${escaped}\s*[(\-–—:,]\s*\p{L}{3,}|\(\s*${escaped}\s*\)`, 'u').test(text)
}

const jargon = defineRule<Options>(
  {
    id: 'jargon',
    description: 'Use the customer’s words, not internal or technical terms.',
    fixable: false,
    severity: 'warn',
    options: {terms: 'record', allow: 'string[]', acronyms: 'boolean'}
  },
  (context) => {
    const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
    const glossary = context.options.terms
      ? compile(Object.entries(context.options.terms).map(([term, plain]) => ({match: [term], plain})))
      : []
    const compiled = [...glossary, ...builtIn]
    const text = context.text
    const reported = new Set<number>()

    for (const unit of units(context.tree)) {
      for (const term of compiled) {
        const inside = term.contexts ? findAll(term.contexts, unit.text, unit.start) : undefined
        for (const match of findAll(term.pattern, unit.text, unit.start)) {
          const key = normalizePhrase(match.text)
          if (allow.has(key) || reported.has(match.start)) continue
          if (inside && !inside.some((phrase) => phrase.start <= match.start && match.end <= phrase.end)) continue
          if (explained(text, match.text)) continue
          if (term.caseSensitive && isSignature(text, match.start, match.end)) continue
          const plain = term.plain.get(key) ?? [...term.plain.values()][0]!
          reported.add(match.start)
          context.report({
            reason: `“${match.text}” is our word, not the customer’s: write “${plain}” (or explain the term).`,
            start: match.start,
            end: match.end,
            expected: [plain],
            note: 'Translate internal terms into words the customer uses. Seed 004 编码: 先把客户不懂的语言转化成客户能懂的语言.'
          })
        }
      }

      if (context.options.acronyms === false) continue
      for (const match of findAll(acronymPattern, unit.text, unit.start)) {
        const acronym = match.text
        const singular = acronym.endsWith('s') ? acronym.slice(0, -1) : acronym
        if (reported.has(match.start) || knownAcronyms.has(acronym) || knownAcronyms.has(singular)) continue
        if (allow.has(normalizePhrase(acronym)) || allow.has(normalizePhrase(singular))) continue
        if (isSignature(text, match.start, match.end)) continue
        // Capitals that are words, or a line in capitals, are shouting, for `shouting` to report.
        if (capitalWords.has(acronym) || inCapitalRun(text, match.start, match.end)) continue
        if (/^[^\p{Ll}]*$/u.test(unit.text) && unit.text.length > acronym.length + 4) continue
        if (explained(text, singular)) continue
        reported.add(match.start)
        context.report({
          reason: `Spell out “${acronym}” or say it in plain words: the customer may not know it.`,
          start: match.start,
          end: match.end,
          note: 'An acronym the customer has not seen spelled out is jargon. Seed 002 語言精準性: 使用行業術語時,確保客戶能夠理解,必要時進行解釋.'
        })
      }
    }
  }
)

export default jargon
