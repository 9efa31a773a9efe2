/**
 * `jargon`: internal and technical terms the customer may not know, and
 * acronyms never spelled out.
 */
import {optionCache} from '../src/option-cache.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {execAll, findAll, normalizePhrase, phrasePattern, type Match} from '../src/text/phrases.js'
import {mayHoldCapitalPair} from '../src/text/ascii.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {units} from '../src/text/units.js'
import * as data from './jargon.data.js'
import * as zh from './jargon.zh.data.js'

export interface Options {
  /** Company glossary: internal term -> how a customer would put it. */
  terms?: Record<string, string>
  /** Terms and acronyms that are fine for this team's customers. */
  allow?: string[]
  /** Report acronyms in capitals that are not known and not spelled out (default true). */
  acronyms?: boolean
}

interface Compiled {
  /** The term's own pattern (a glossary term's; built-in terms are found by `builtInPattern`). */
  pattern?: RegExp
  plain: Map<string, string>
  contexts: RegExp | undefined
  /** The spellings as written (spaces and apostrophes normalised), for terms that count in capitals only. */
  exact: Set<string> | undefined
}

const asWritten = (value: string) => value.replace(/\s+/g, ' ').replace(/’/g, "'")

function compile(list: readonly data.Term[], own = true): Compiled[] {
  return list.map((term) => ({
    pattern: own ? phrasePattern(term.match) : undefined,
    plain: new Map(term.match.map((spelling) => [normalizePhrase(spelling), term.plain])),
    contexts: term.contexts ? phrasePattern(term.contexts) : undefined,
    exact: term.caseSensitive ? new Set(term.match.map(asWritten)) : undefined
  }))
}

const builtIn = compile(data.terms, false)
/**
 * Every built-in spelling in one pattern, a match finding its term by its
 * spelling: one search per sentence instead of one per term (the rule was a
 * tenth of a lint). No two terms share a spelling or start the same way.
 */
const builtInPattern = phrasePattern(data.terms.flatMap((term) => term.match))
const builtInBySpelling = new Map<string, Compiled>()
data.terms.forEach((term, index) => {
  for (const spelling of term.match) if (!builtInBySpelling.has(normalizePhrase(spelling))) builtInBySpelling.set(normalizePhrase(spelling), builtIn[index]!)
})
/** A team's glossary, compiled once per glossary rather than once per reply. */
const glossary = optionCache((terms: Record<string, string>) => compile(Object.entries(terms).map(([term, plain]) => ({match: [term], plain}))))
const glossaryOf = (terms: Record<string, string> | undefined): Compiled[] => (terms ? glossary(terms) : [])
const knownAcronyms = new Set(data.knownAcronyms)
const capitalWords = new Set(data.capitalWords)

/**
 * Agent initials signing a reply: "^AJ", "*SR", "-JS", "/VG", or two or
 * three capitals that end the reply ("Thanks, AK").
 */
function isSignature(text: string, start: number, end: number): boolean {
  if (/[*^~\-–—/]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true
  // Initials alone after a closing ("Thanks, AK") or after a closing link ("… https://x.example/a HRB"), at the very end.
  return (
    end - start <= 3 &&
    /^\W*$/.test(text.slice(end)) &&
    (/(?:[,.!?:;)]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)) || /(?:https?:\/\/|www\.)\S+\s+$/.test(text.slice(Math.max(0, start - 300), start)))
  )
}

const capitalRunBefore = asciiTwin(/(\p{Lu}{2,})[^\p{L}\n]{1,3}$/u)
const capitalRunAfter = asciiTwin(/^[^\p{L}\n]{1,3}(\p{Lu}{2,})/u)

/** Part of a run of capitals ("I STILL NEED HELP"): shouting, not an acronym. */
function inCapitalRun(text: string, start: number, end: number): boolean {
  const before = capitalRunBefore.exec(text.slice(Math.max(0, start - 20), start))
  const after = capitalRunAfter.exec(text.slice(end, end + 20))
  return Boolean((before && !knownAcronyms.has(before[1]!)) || (after && !knownAcronyms.has(after[1]!)))
}
/** Two to five capitals (a plural s allowed), standing alone. */
const acronymPattern = asciiTwin(/(?<![\p{L}\p{N}_&'’.\-/])\p{Lu}{2,5}s?(?![\p{L}\p{N}_&\-/]|\.\p{L})/gu)

/** After an acronym, its explanation: "RMA (return …", "RMA - return …", "RMA, our return number". */
const explanationAfter = asciiTwin(/\s*[(\-–—:,]\s*\p{L}{3,}/uy)
/** A line in capitals. */
const noLowerCase = asciiTwin(/^[^\p{Ll}]*$/u)
/** After an acronym, the bracket that closes "(RMA)". */
const bracketAfter = /\s*\)/y
const space = /\s/

/** "(" and nothing but white space up to `index`. */
function bracketBefore(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && space.test(text[at]!)) at--
  return text[at] === '('
}

/**
 * The acronym is explained in the reply: "RMA (return authorization)",
 * "return merchandise authorization (RMA)", or "RMA, our return number,".
 * Read at each place the acronym is written, with two fixed patterns: a
 * pattern made per acronym was compiled for every new acronym met.
 */
function explained(text: string, acronym: string): boolean {
  return askedOnce(text, 'en\u0000' + acronym, () => {
    for (let at = text.indexOf(acronym); at !== -1; at = text.indexOf(acronym, at + 1)) {
      const end = at + acronym.length
      const explanation = explanationAfter.for(text)
      explanation.lastIndex = end
      if (explanation.test(text)) return true
      bracketAfter.lastIndex = end
      if (bracketAfter.test(text) && bracketBefore(text, at)) return true
    }
    return false
  })
}

let answered: {text: string; answers: Map<string, boolean>} = {text: '', answers: new Map()}

/**
 * "Is this term explained in the reply?" is asked for every occurrence of a
 * term; searching the whole reply each time made a long e-mail quadratic, so
 * each question is answered once per reply.
 */
function askedOnce(text: string, question: string, answer: () => boolean): boolean {
  if (answered.text !== text) answered = {text, answers: new Map()}
  let known = answered.answers.get(question)
  if (known === undefined) {
    known = answer()
    answered.answers.set(question, known)
  }
  return known
}

function checkEnglish(context: RuleContext<Options>) {
  const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
  const glossary = glossaryOf(context.options.terms)
  const text = context.text
  const reported = new Set<number>()

  for (const unit of units(context.tree, context.text)) {
    const found = (term: Compiled, match: Match) => {
      const key = normalizePhrase(match.text)
      if (allow.has(key) || reported.has(match.start)) return
      if (term.exact && !term.exact.has(asWritten(match.text))) return
      if (term.contexts && !findAll(term.contexts, unit.text, unit.start).some((phrase) => phrase.start <= match.start && match.end <= phrase.end)) return
      if (explained(text, match.text)) return
      if (term.exact && isSignature(text, match.start, match.end)) return
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
    // The team's words first: its glossary wins over a built-in term at the same place.
    for (const term of glossary) for (const match of findAll(term.pattern!, unit.text, unit.start)) found(term, match)
    for (const match of findAll(builtInPattern, unit.text, unit.start)) {
      const term = builtInBySpelling.get(normalizePhrase(match.text))
      if (term) found(term, match)
    }

    if (context.options.acronyms === false) continue
    for (const match of mayHoldCapitalPair(unit.text) ? findAll(acronymPattern.for(unit.text), unit.text, unit.start) : []) {
      const acronym = match.text
      const singular = acronym.endsWith('s') ? acronym.slice(0, -1) : acronym
      if (reported.has(match.start) || knownAcronyms.has(acronym) || knownAcronyms.has(singular)) continue
      if (allow.has(normalizePhrase(acronym)) || allow.has(normalizePhrase(singular))) continue
      if (isSignature(text, match.start, match.end)) continue
      // The name of an app or a game ("the BHIM app"): a product the customer uses, not our jargon.
      if (/^\s+(?:app|apps|application|game)\b/i.test(text.slice(match.end, match.end + 14))) continue
      // Capitals that are words, or a line in capitals, are shouting, for `shouting` to report.
      if (capitalWords.has(acronym) || inCapitalRun(text, match.start, match.end)) continue
      if (noLowerCase.test(unit.text) && unit.text.length > acronym.length + 4) continue
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

interface ZhCompiled {
  find: (text: string) => Array<{index: number; text: string}>
  term: zh.ZhTerm
}

const han = /\p{Script=Han}/u

/** Latin spellings in Chinese text: Han characters are letters too, so the boundaries are Latin letters and digits only. */
function latinFinder(spellings: readonly string[], caseSensitive: boolean): ZhCompiled['find'] {
  const list = [...spellings].sort((a, b) => b.length - a.length)
  const source = list.map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`)).join('|')
  const pattern = new RegExp(`(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`, caseSensitive ? 'gu' : 'giu')
  return (text) => execAll(pattern, text).map((match) => ({index: match.index, text: match[0]}))
}

function compileZh(term: zh.ZhTerm): ZhCompiled {
  const chinese = term.match.filter((spelling) => han.test(spelling))
  const latin = term.match.filter((spelling) => !han.test(spelling))
  const finders = [
    ...(chinese.length > 0 ? [phraseFinder(chinese, 'zh')] : []),
    ...(latin.length > 0 ? [latinFinder(latin, term.caseSensitive === true)] : [])
  ]
  return {term, find: finders.length === 1 ? finders[0]! : (text) => finders.flatMap((find) => find(text))}
}

/** Built for the first Chinese reply, not on every start. */
let zhBuiltIn: ZhCompiled[] | undefined
const zhKnownAcronyms = new Set([...data.knownAcronyms, ...zh.knownAcronyms])
const zhAcronymPattern = /(?<![A-Za-z0-9_&'’.\-/])[A-Z]{2,5}s?(?![A-Za-z0-9_&\-/]|\.[A-Za-z])/gu
const zhNote = '把客户不懂的话换成客户能懂的话。Seed 004 编码: 先把客户不懂的语言转化成客户能懂的语言,不要求非得用专业述语.'
const zhAcronymNote = '客户没见过全称的缩写就是行话。Seed 002 語言精準性: 使用行業術語時,確保客戶能夠理解,必要時進行解釋.'

/** The company glossary (`terms`), compiled once per glossary. */
const zhGlossaryOf = optionCache((terms: Record<string, string>) => Object.entries(terms).map(([term, plain]) => compileZh({match: [term], plain, example: ''})))
const zhGlossary = (terms: Record<string, string> | undefined): ZhCompiled[] => (terms ? zhGlossaryOf(terms) : [])

/**
 * The term is explained in the reply: 工单（服务记录）, 服务等级协议（SLA）,
 * 工单，也就是您的服务申请.
 */
function explainedZh(text: string, term: string): boolean {
  return askedOnce(text, 'zh\u0000' + term, () => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(
      String.raw`${escaped}\s*[（(]\s*[^）)\s]|[（(]\s*${escaped}\s*[）)]|${escaped}\s*[，,]?\s*(?:即|也就是|就是|指的是|是指|意思是)`,
      'u'
    ).test(text)
  })
}

function zhTermReason(found: string, term: zh.ZhTerm): string {
  const example = term.example ? `，例如“${term.example}”` : ''
  return `“${found}”是我们内部的说法，客户未必明白：请写“${term.plain}”（或在后面用括号解释）${example}。`
}

function checkChinese(context: RuleContext<Options>) {
  const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
  const compiled = [...zhGlossary(context.options.terms), ...(zhBuiltIn ??= [...zh.terms, ...zh.latinTerms].map(compileZh))]
  const text = context.text
  for (const unit of units(context.tree, context.text)) {
    const found: Array<{start: number; end: number; reason: string; expected?: string[]; note: string}> = []
    for (const {find, term} of compiled) {
      for (const match of find(unit.text)) {
        const before = unit.text.slice(0, match.index)
        const after = unit.text.slice(match.index + match.text.length)
        if (term.unlessBefore?.test(before) || term.unlessAfter?.test(after)) continue
        if ((term.onlyAfter || term.onlyBefore) && !(term.onlyAfter?.test(after) || term.onlyBefore?.test(before))) continue
        if (allow.has(normalizePhrase(match.text)) || explainedZh(text, match.text)) continue
        const start = unit.start + match.index
        found.push({start, end: start + match.text.length, reason: zhTermReason(match.text, term), expected: [term.plain], note: zhNote})
      }
    }

    if (context.options.acronyms !== false) {
      for (const match of findAll(zhAcronymPattern, unit.text, unit.start)) {
        const acronym = match.text
        const singular = acronym.endsWith('s') ? acronym.slice(0, -1) : acronym
        if (zhKnownAcronyms.has(acronym) || zhKnownAcronyms.has(singular)) continue
        if (allow.has(normalizePhrase(acronym)) || allow.has(normalizePhrase(singular))) continue
        if (isSignature(text, match.start, match.end)) continue
        if (capitalWords.has(acronym) || inCapitalRun(text, match.start, match.end)) continue
        if (explained(text, singular) || explainedZh(text, singular)) continue
        found.push({
          start: match.start,
          end: match.end,
          reason: `“${acronym}”是缩写，客户未必认识：请写出全称或换成客户能懂的话，例如把“RMA号”写成“退货授权号”。`,
          note: zhAcronymNote
        })
      }
    }

    // One finding per place: the longest spelling (工单号 over 工单, 已妥投 over 妥投), a term over an acronym.
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    let covered = -1
    for (const finding of found) {
      if (finding.start < covered) continue
      covered = finding.end
      context.report(finding)
    }
  }
}

const jargon = defineRule<Options>(
  {
    id: 'jargon',
    description: 'Use the customer’s words, not internal or technical terms.',
    fixable: false,
    severity: 'warn',
    options: {terms: 'record', allow: 'string[]', acronyms: 'boolean'}
  },
  {en: checkEnglish, zh: checkChinese}
)

export default jargon
