/**
 * `no-blame`: never blame, lecture or argue with the customer.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import {compileZhEntries, reportingOnce} from '../src/text/zh-entries.js'
import type {Unit} from '../src/text/units.js'
import * as data from './no-blame.data.js'
import * as zh from './no-blame.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileZhEntries(zh.entries)
const zhDontKnow = compileZhEntries([zh.dontKnowEntry])
const note = 'Seed 000: 记住绝对不要急著辩护、争论或以负面方式回应; 004: 客户永远不会成为服务人员的出气筒.'


/** 不知道 is a brush-off unless help is offered after it, in its sentence or the next one of the paragraph. */
function noHelpOffered(unit: Unit, _start: number, end: number, index: number, all: Unit[]): boolean {
  const next = all[index + 1]
  const rest = unit.text.slice(end - unit.start) + (next && next.paragraph === unit.paragraph ? next.text : '')
  return !zh.offersHelp.test(rest)
}

const noBlame = defineRule(
  {
    id: 'no-blame',
    description: 'Never blame, lecture or argue with the customer.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => {
      const reporting = reportingOnce(context)
      checkPhrases(reporting, zhEntries, note)
      checkPhrases(reporting, zhDontKnow, note, noHelpOffered)
    }
  }
)

export default noBlame
