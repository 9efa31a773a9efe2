/**
 * `empathy`: acknowledge how the customer feels before fixing the problem.
 */
import {defineRule} from '../src/rule.js'
import {execAll, phrasePattern} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './empathy.data.js'

const problem = phrasePattern(data.problems)
const notProblem = phrasePattern(data.notProblems)
const acknowledgement = phrasePattern(data.acknowledgements)

const empathy = defineRule(
  {
    id: 'empathy',
    description: 'Acknowledge how the customer feels when they have a problem.',
    fixable: false,
    severity: 'warn'
  },
  (context) => {
    const list = units(context.tree).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
    // Read only the agent's prose: links and quoted customer words do not count either way.
    const prose = (unit: (typeof list)[number]) => {
      let text = unit.text
      for (const mask of context.masks) {
        if (mask.end <= unit.start || mask.start >= unit.end) continue
        const from = Math.max(mask.start, unit.start) - unit.start
        const to = Math.min(mask.end, unit.end) - unit.start
        text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
      }
      return text
    }
    /** A problem the customer has: not negated ("no files will be lost"), not a condition ("if you have not received"). */
    const hasProblem = (text: string) => {
      const plain = text.replace(notProblem, (found) => ' '.repeat(found.length))
      return execAll(problem, plain).some((match) => {
        const before = plain.slice(0, match.index)
        return !data.conditionInClause.test(before) && !data.negationBefore.test(before)
      })
    }
    let first: (typeof list)[number] | undefined
    for (const unit of list) {
      acknowledgement.lastIndex = 0
      if (acknowledgement.test(prose(unit))) return
      if (!first && hasProblem(prose(unit))) first = unit
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
)

export default empathy
