/**
 * `positive-framing`: say what can be done, not what cannot.
 */
import {optionCache} from '../src/option-cache.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {execAll, phrasePattern, phraseSource} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './positive-framing.data.js'
import * as zh from './positive-framing.zh.data.js'

export interface Options {
  /** Extra refusal phrases to flag. */
  phrases?: string[]
}

/**
 * Every refusal as a phrase: a subject and a negative ("we can't", glued:
 * "we're unable to"), or an impersonal one. One phrase list, searched only
 * in sentences holding all the words of one phrase: as one alternation it
 * was some 10 ms to compile on the first sentence that needed it, and tried
 * at every place of it.
 */
const refusal = phrasePattern([
  ...data.subjects.flatMap((subject) => data.negatives.map((negative) => (negative.startsWith("'") ? subject + negative : `${subject} ${negative}`))),
  ...data.impersonal
])
/**
 * "Unfortunately" opening a refusal: the report covers it, the part to
 * rewrite. Read before each refusal found, not made part of the list,
 * where it would be the word each phrase is looked up by and put all of
 * them in one pattern.
 */
const unfortunatelyBefore = asciiTwin(/(?<![\p{L}\p{N}_'’])unfortunately,?\s+$/iu)

/** The refusals of a sentence, each with the "unfortunately" before it. */
function refusalsIn(text: string): Array<{text: string; index: number}> {
  return execAll(refusal, text).map((match) => {
    const opening = match.index > 0 ? unfortunatelyBefore.exec(text.slice(0, match.index)) : null
    return opening ? {text: opening[0] + match[0], index: match.index - opening[0].length} : {text: match[0], index: match.index}
  })
}
const friendly = asciiTwin(new RegExp(String.raw`^\s+(?:${data.friendlyContinuations.map(phraseSource).join('|')})(?![\p{L}])`, 'iu'))
const alternative = phrasePattern(data.alternatives)

function offersAlternative(text: string): boolean {
  alternative.lastIndex = 0
  return alternative.test(text) || data.offerPattern.test(text)
}

/** A suggested opening, by the kind of refusal. */
function opening(found: string): string {
  if (/possible|nothing|something/i.test(found)) return 'What we can do is …'
  if (/\bi\b/i.test(found)) return 'What I can do is …'
  return 'What we can do is …'
}

function checkEnglish(context: RuleContext<Options>) {
  const extra = context.options.phrases?.length ? extraPattern(context.options.phrases) : undefined
  const list = units(context.tree, context.text)
  list.forEach((unit, index) => {
    // A question ("Can't you see the button?") is not a refusal.
    if (unit.text.endsWith('?')) return
    const found = refusalsIn(unit.text)
    if (extra) {
      for (const match of execAll(extra, unit.text)) found.push({text: match[0], index: match.index})
    }
    for (const match of found) {
      const after = unit.text.slice(match.index + match.text.length)
      if (friendly.test(after) || data.findingAfter.test(after)) continue
      const before = unit.text.slice(0, match.index)
      if (data.notRefusalBefore.test(before)) continue
      const next = list[index + 1]
      // The alternative may open the next paragraph ("If it happens again, you can …").
      const following = after + ' ' + (next ? next.text : '')
      if (offersAlternative(following)) continue
      // Or come first: "Please visit … for help. We cannot assist here." (measured on the corpus: most flags were this).
      const previous = list[index - 1]
      const preceding = (previous && previous.paragraph === unit.paragraph ? previous.text + ' ' : '') + before
      if (offersAlternative(preceding) || data.wayForwardBefore.test(preceding)) continue
      const start = unit.start + match.index
      const suggestion = opening(match.text)
      context.report({
        reason: `Say what you can do instead of “${match.text}”: offer the alternative, e.g. start with “${suggestion}”.`,
        start,
        end: start + match.text.length,
        expected: [suggestion],
        note: 'A refusal with no way forward leaves the customer stuck. Name what you can do (another date, another option, the next step). Seed 002 肯定性表達: 用“我們可以在周三為您安排”代替“周一周二我們不能安排”.'
      })
    }
  })
}

const zhNegatives = phraseFinder(zh.negatives, 'zh')
const zhNote =
  '只说做不到会让客户无路可走：说出能做的事（另一个日期、另一种方式、下一步）。Seed 002 肯定性表達: 用“我們可以在周三為您安排”代替“周一周二我們不能安排”.'
/** The team's own refusal phrases (`phrases`), compiled once per list. */
const extraPattern = optionCache((phrases: string[]) => phrasePattern(phrases))
const zhExtraFinder = optionCache((phrases: string[]) => phraseFinder(phrases, 'zh'))

/** The clause of `before` that holds the refusal: the text after its last comma, colon or quote mark. */
function clauseOf(before: string): string {
  let from = 0
  for (const mark of before.matchAll(zh.clauseStart)) from = mark.index + mark[0].length
  return before.slice(from).trim()
}

/** The agent refuses: the agent is the subject, or no subject is given (then not the customer's symptom). */
function agentRefuses(negative: string, before: string, after: string): boolean {
  if (zh.friendlyAfter[negative]?.test(after) || zh.friendlyBefore[negative]?.test(before)) return false
  if (zh.reportAfter.test(after)) return false
  const clause = clauseOf(before)
  if (zh.agentSubject.test(clause)) return true
  return zh.omittedSubject.test(clause) && !zh.symptomAfter.test(after)
}

/** An alternative after the refusal (the rest of its sentence, or the next), or before it in the same sentence. */
function offersAlternativeZh(before: string, after: string, next: string): boolean {
  const following = after + '\n' + next
  if (zh.alternative.test(following)) return true
  // 为您 / 帮您 inside a refused clause is what is refused (无法为您退款): only other clauses offer.
  const clauseEnd = after.search(/[，,；;：:。！!？?]/u)
  const later = (clauseEnd === -1 ? '' : after.slice(clauseEnd)) + '\n' + next
  const offers = later.split(/[，,；;：:。！!？?\n]/u).filter((clause) => zhNegatives(clause).length === 0)
  return offers.some((clause) => zh.laterOffer.test(clause)) || zh.alternativeBefore.test(before)
}

function checkChinese(context: RuleContext<Options>) {
  const extra = context.options.phrases?.length ? zhExtraFinder(context.options.phrases) : undefined
  const list = units(context.tree, context.text)
  list.forEach((unit, index) => {
    if (zh.question.test(unit.text)) return
    const found = zhNegatives(unit.text).map((match) => ({...match, extra: false}))
    if (extra) for (const match of extra(unit.text)) found.push({...match, extra: true})
    found.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
    let covered = 0
    for (const match of found) {
      // 不能够 holds 不能: one finding.
      if (match.index < covered) continue
      covered = match.index + match.text.length
      const before = unit.text.slice(0, match.index)
      const after = unit.text.slice(match.index + match.text.length)
      if (zh.conditionBefore.test(before) || zh.conditionAfter.test(after)) continue
      if (!match.extra && (zh.attributiveAfter.test(after) || !agentRefuses(match.text, before, after))) continue
      if (offersAlternativeZh(before, after, list[index + 1]?.text ?? '')) continue
      const start = unit.start + match.index
      context.report({
        reason: `“${match.text}”只说了做不到的事：请说明您能做什么、给出替代方案，例如把“周一周二我们不能安排”写成“我们可以在周三为您安排”。`,
        start,
        end: start + match.text.length,
        note: zhNote
      })
    }
  })
}

const positiveFraming = defineRule<Options>(
  {
    id: 'positive-framing',
    description: 'Say what you can do, not what you cannot.',
    fixable: false,
    severity: 'warn',
    options: {phrases: 'string[]'}
  },
  {en: checkEnglish, zh: checkChinese}
)

export default positiveFraming
