/**
 * `empathy`: acknowledge how the customer feels before fixing the problem.
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {execAll, mayMatch, phrasePattern} from '../src/text/phrases.js'
import {masksAt} from '../src/mask.js'
import {units, type Unit} from '../src/text/units.js'
import * as data from './empathy.data.js'
import * as zh from './empathy.zh.data.js'

const problem = phrasePattern(data.problems)
const notProblem = phrasePattern(data.notProblems)
const acknowledgement = phrasePattern(data.acknowledgements)

function checkEnglish(context: RuleContext<object>) {
  const list = units(context.tree, context.text).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
  /** A problem the customer has: not negated ("no files will be lost"), not a condition ("if you have not received"). */
  const hasProblem = (text: string) => {
    // Blanking what is not a problem removes words, never adds one: without a problem's words, no problem.
    if (!mayMatch(problem, text)) return false
    const plain = text.replace(notProblem, (found) => ' '.repeat(found.length))
    return execAll(problem, plain).some((match) => {
      const before = plain.slice(0, match.index)
      return !data.conditionInClause.test(before) && !data.negationBefore.test(before)
    })
  }
  let first: (typeof list)[number] | undefined
  for (const unit of list) {
    // Read only the agent's prose: links and quoted customer words do not count either way.
    const own = ownProse(unit, context.masks)
    acknowledgement.lastIndex = 0
    if (acknowledgement.test(own)) return
    if (!first && hasProblem(own)) first = unit
  }
  if (!first) return
  context.report({
    reason:
      'This reply answers a problem without acknowledging it: add a line for the customer first, e.g. “I’m sorry your order is late; I understand how frustrating that is.”',
    start: first.start,
    end: first.end,
    span: true,
    note: 'Seed 002 同理共情: 有效的同理心表達如“我理解這種情況會讓您感到失望”; 000: 承认客户有此情绪的原因.'
  })
}

const zhProblems = phraseFinder(zh.problems, 'zh')
const zhNotProblems = phraseFinder(zh.notProblems, 'zh')
const zhAcknowledgements = phraseFinder(zh.acknowledgements, 'zh')

/** The agent's own prose of a unit: masked text (quotes, links) blanked, offsets kept. */
function ownProse(unit: Unit, masks: RuleContext<object>['masks']): string {
  let text = unit.text
  for (const mask of masksAt(masks, unit.start, unit.end)) {
    const from = Math.max(mask.start, unit.start) - unit.start
    const to = Math.min(mask.end, unit.end) - unit.start
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
  }
  return text
}

/** A problem the customer has: not negated (不会丢失), not in a condition (如果没收到) or a question (是没收到吗？). */
function hasProblemZh(text: string): boolean {
  if (zh.question.test(text.trimEnd())) return false
  const excluded = zhNotProblems(text).map((match) => [match.index, match.index + match.text.length] as const)
  return zhProblems(text).some((match) => {
    const end = match.index + match.text.length
    if (excluded.some(([from, to]) => from < end && match.index < to)) return false
    const before = text.slice(0, match.index)
    return !zh.conditionBefore.test(before) && !zh.negationBefore.test(before) && !zh.conditionAfter.test(text.slice(end))
  })
}

function checkChinese(context: RuleContext<object>) {
  const list = units(context.tree, context.text).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
  let first: Unit | undefined
  for (const unit of list) {
    const prose = ownProse(unit, context.masks)
    if (zhAcknowledgements(prose).length > 0) return
    if (!first && hasProblemZh(prose)) first = unit
  }
  if (!first) return
  context.report({
    reason: '这条回复回应了客户遇到的问题，却没有体谅客户的感受：请先加一句，例如“很抱歉让您久等了，我理解您着急的心情。”',
    start: first.start,
    end: first.end,
    span: true,
    note: 'Seed 002 同理共情: 有效的同理心表達如“我理解這種情況會讓您感到失望”; 000: 承认客户有此情绪的原因.'
  })
}

const empathy = defineRule(
  {
    id: 'empathy',
    description: 'Acknowledge how the customer feels when they have a problem.',
    fixable: false,
    severity: 'warn'
  },
  {en: checkEnglish, zh: checkChinese}
)

export default empathy
