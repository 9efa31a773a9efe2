/**
 * `no-blame`: never blame, lecture or argue with the customer.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import * as data from './no-blame.data.js'

const entries = compileEntries(data.entries)

const noBlame = defineRule(
  {
    id: 'no-blame',
    description: 'Never blame, lecture or argue with the customer.',
    fixable: false,
    severity: 'warn'
  },
  (context) => {
    checkPhrases(context, entries, 'Seed 000: 记住绝对不要急著辩护、争论或以负面方式回应; 004: 客户永远不会成为服务人员的出气筒.')
  }
)

export default noBlame
