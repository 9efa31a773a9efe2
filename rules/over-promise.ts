/**
 * `over-promise`: promise only what will be delivered.
 */
import {defineRule} from '../src/rule.js'
import {checkPhrases, compileEntries} from '../src/text/phrase-rule.js'
import * as data from './over-promise.data.js'
import * as zh from './over-promise.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileEntries(zh.entries, 'zh')
const note = 'Seed 003 模式三: 口气比力气大,承诺比兑现多; 002 誠信: 不欺瞞、不夸大.'

const overPromise = defineRule(
  {
    id: 'over-promise',
    description: 'Promise only what you will deliver: no guarantees, no “never again”.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => checkPhrases(context, zhEntries, note)
  }
)

export default overPromise
