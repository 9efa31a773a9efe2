/**
 * `next-step`: an e-mail ends with what happens next.
 */
import {defineRule} from '../src/rule.js'
import {phrasePattern, phraseSource} from '../src/text/phrases.js'
import * as politeForms from './polite-forms.data.js'
import {units, words} from '../src/text/units.js'
import * as data from './next-step.data.js'

const nextStep = phrasePattern(data.nextSteps)
const closing = new RegExp(String.raw`^(?:${politeForms.closings.map(phraseSource).join('|')})(?![\p{L}])`, 'iu')

const nextStepRule = defineRule(
  {
    id: 'next-step',
    description: 'End an e-mail with the next step, a time, or an offer of further help.',
    fixable: false,
    severity: 'warn',
    // A chat message mid-conversation has its next step in the next message.
    channels: ['email']
  },
  (context) => {
    // Only e-mail: a chat message mid-conversation has its next step in the next message.
    if (context.channel !== 'email') return
    const list = units(context.tree).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
    if (list.length === 0) return
    for (const unit of list) {
      nextStep.lastIndex = 0
      if (nextStep.test(unit.text)) return
    }
    // Report at the last line of the message itself, above the closing and the name.
    let at = list.length - 1
    while (at > 0 && (closing.test(list[at]!.text) || (words(list[at]!.text).length <= 3 && !/[.?!]$/.test(list[at]!.text)))) at--
    const last = list[at]!
    context.report({
      reason:
        'Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.”',
      start: last.start,
      end: last.end,
      span: true,
      note: 'Seed 002 專業解決: 提供明確的解決方案和後續步驟; 002 跟進反饋.'
    })
  }
)

export default nextStepRule
