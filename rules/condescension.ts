/**
 * `condescension`: do not talk down to the customer.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import * as data from './condescension.data.js'

const entries = compileEntries(data.entries)

const condescension = defineRule(
  {
    id: 'condescension',
    description: 'Do not talk down to the customer: no “obviously”, “simply”, “just click”.',
    fixable: true,
    severity: 'warn'
  },
  (context) => {
    checkPhrases(context, entries, 'Seed 002 職業禮儀: 尊重; 003 模式五: 有以貌取人,没有一视同仁.')
  }
)

export default condescension
