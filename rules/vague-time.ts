/**
 * `vague-time`: a commitment needs a time.
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import type {Unit} from '../src/text/units.js'
import * as data from './vague-time.data.js'
import * as zh from './vague-time.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileEntries(zh.entries, 'zh')
const note = 'Seed 002 專業解決: 設定清晰的時間表和期望; 003 流失定律: 对后续信息汇报.'

/** "As soon as your parcel arrives": the time is an event the customer knows. */
const asSoonAsEvent = /^as soon as (?!possible|we can|i can|we are able|we['’]re able|i['’]m able)/i

/** The clause around `[start, end)` of a unit: the text before and after the phrase, up to a comma or a full stop. */
function clause(before: string, after: string): {before: string; after: string} {
  const cut = before.split(zh.clauseEnd)
  return {before: cut[cut.length - 1]!, after: after.split(zh.clauseEnd)[0]!}
}

/**
 * Our commitment in Chinese: one of us in the sentence, we act for the
 * customer (尽快为您处理), or only a will before it (会尽快处理的, and 尽快安排发货
 * with nothing before it), unless the customer is the subject (稍后您将收到).
 */
function ours(sentence: string, found: string, near: {before: string; after: string}): boolean {
  if (zh.commitment.test(sentence) || zh.forTheCustomer.test(near.after)) return true
  if (zh.subjectAfter.test(near.after)) return false
  return zh.noSubject.test(near.before) || (near.before === '' && zh.noSubjectAtAll.has(found))
}

/** The next sentence, when it is the agent's: a time in the customer's quoted words promises nothing. */
function ownNext(context: RuleContext<object>, all: Unit[], index: number): Unit | undefined {
  const next = all[index + 1]
  return next && !context.isMasked(next.start, next.start + 1) ? next : undefined
}

const vagueTime = defineRule(
  {
    id: 'vague-time',
    description: 'Give a time with every commitment: no “soon”, “ASAP” or “we’ll get back to you”.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => {
      checkPhrases(context, entries, note, (unit, start, _end, index, all) => {
        if (asSoonAsEvent.test(context.text.slice(start))) return false
        if (!data.commitment.test(unit.text) || data.hope.test(unit.text)) return false
        const next = ownNext(context, all, index)
        return !data.concreteTime.test(unit.text) && !(next && data.concreteTime.test(next.text))
      })
    },
    zh: (context) => {
      checkPhrases(context, zhEntries, note, (unit, start, end, index, all) => {
        const found = context.text.slice(start, end)
        const before = context.text.slice(unit.start, start)
        const after = context.text.slice(end, unit.end)
        const near = clause(before, after)
        // 已第一时间联系: done, not promised; 希望很快再为您服务: a wish.
        if (zh.past.test(near.before) || zh.hope.test(near.before)) return false
        // 包裹到达后，我们会第一时间通知您: the time is the event; 如有问题，我们会联系您: a condition.
        if (zh.rightAfter.has(found) && zh.afterEvent.test(before)) return false
        if (zh.onCondition.has(found) && zh.condition.test(unit.text)) return false
        if (!ours(unit.text, found, near)) return false
        // 尽快提供照片 with no one of us before it: the customer's step.
        if (!zh.commitment.test(near.before) && zh.customerVerb.test(after)) return false
        const next = ownNext(context, all, index)
        return !zh.concreteTime.test(unit.text) && !(next && zh.concreteTime.test(next.text))
      })
    }
  }
)

export default vagueTime
