/**
 * `sincere-apology`: apologise plainly, never shift the blame.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import * as data from './sincere-apology.data.js'

const entries = compileEntries(data.entries)

const sincereApology = defineRule(
  {
    id: 'sincere-apology',
    description: 'Apologise for what happened, not for the customer’s feelings, and never shift the blame.',
    fixable: false,
    severity: 'warn'
  },
  (context) => {
    checkPhrases(context, entries, 'Seed 002 服務補救: 誠懇道歉 … 不推諉責任; 002 職業操守: 責任 不推諉、不逃避.')
  }
)

export default sincereApology
