/**
 * `sincere-apology`: apologise plainly, never shift the blame.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import {compileZhEntries, reportingOnce} from '../src/text/zh-entries.js'
import * as data from './sincere-apology.data.js'
import * as zh from './sincere-apology.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileZhEntries(zh.entries)
const note = 'Seed 002 服務補救: 誠懇道歉 … 不推諉責任; 002 職業操守: 責任 不推諉、不逃避.'


const sincereApology = defineRule(
  {
    id: 'sincere-apology',
    description: 'Apologise for what happened, not for the customer’s feelings, and never shift the blame.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => checkPhrases(reportingOnce(context), zhEntries, note)
  }
)

export default sincereApology
