/**
 * `condescension`: do not talk down to the customer.
 */
import {defineRule, type Report, type RuleContext} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import {compileZhEntries, reportingOnce} from '../src/text/zh-entries.js'
import * as data from './condescension.data.js'
import * as zh from './condescension.zh.data.js'

const entries = compileEntries(data.entries)
const zhDropped = compileZhEntries(zh.entries.filter((entry) => entry.drop))
const zhRewritten = compileZhEntries(zh.entries.filter((entry) => !entry.drop))
const note = 'Seed 002 職業禮儀: 尊重; 003 模式五: 有以貌取人,没有一视同仁.'


/**
 * An adverb before the rest of its clause goes, with its 地 and the comma
 * after it: 显然，按钮在左边 → 按钮在左边; 这显然是 → 这是. One that ends the
 * clause or describes (这很明显。 显而易见的) is the agent's to rewrite.
 */
function dropping<Options>(context: RuleContext<Options>): RuleContext<Options> {
  return {
    ...context,
    report(report: Report) {
      const rest = /^(地?)([，,]?)(.?)/su.exec(context.text.slice(report.end))!
      const next = rest[3]!
      const adverb = rest[2] !== '' ? next !== '' && !/[\s。！？!?；;…]/u.test(next) : /^[\p{Script=Han}\p{L}\p{N}]$/u.test(next) && !/^[的了得]$/u.test(next)
      if (!adverb) return context.report(report)
      const end = report.end + rest[1]!.length + rest[2]!.length
      context.report({...report, end, actual: context.text.slice(report.start, end), expected: [''], fixable: true})
    }
  }
}

const condescension = defineRule(
  {
    id: 'condescension',
    description: 'Do not talk down to the customer: no “obviously”, “simply”, “just click”.',
    fixable: true,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => {
      const reporting = reportingOnce(context)
      checkPhrases(dropping(reporting), zhDropped, note)
      checkPhrases(reporting, zhRewritten, note)
    }
  }
)

export default condescension
