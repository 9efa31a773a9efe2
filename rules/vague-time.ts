/**
 * `vague-time`: a commitment needs a time.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import * as data from './vague-time.data.js'

const entries = compileEntries(data.entries)

/** "As soon as your parcel arrives": the time is an event the customer knows. */
const asSoonAsEvent = /^as soon as (?!possible|we can|i can|we are able|we['’]re able|i['’]m able)/i

const vagueTime = defineRule(
  {
    id: 'vague-time',
    description: 'Give a time with every commitment: no “soon”, “ASAP” or “we’ll get back to you”.',
    fixable: false,
    severity: 'warn'
  },
  (context) => {
    checkPhrases(
      context,
      entries,
      'Seed 002 專業解決: 設定清晰的時間表和期望; 003 流失定律: 对后续信息汇报.',
      (unit, start, _end, index, all) => {
        if (asSoonAsEvent.test(context.text.slice(start))) return false
        if (!data.commitment.test(unit.text) || data.hope.test(unit.text)) return false
        const next = all[index + 1]
        return !data.concreteTime.test(unit.text) && !(next && data.concreteTime.test(next.text))
      }
    )
  }
)

export default vagueTime
