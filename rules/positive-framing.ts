/**
 * `positive-framing`: say what can be done, not what cannot.
 */
import {defineRule} from '../src/rule.js'
import {execAll, phrasePattern, phraseSource} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './positive-framing.data.js'

export interface Options {
  /** Extra refusal phrases to flag. */
  phrases?: string[]
}

const boundary = String.raw`(?<![\p{L}\p{N}_'’])`
const subjectSource = data.subjects.map(phraseSource).join('|')
const negativeSource = data.negatives.map((negative) =>
  // "'re unable" is glued to the subject ("we're"); the rest follow a space.
  negative.startsWith("'") ? phraseSource(negative) : String.raw`\s+` + phraseSource(negative)
).join('|')

/** "unfortunately, we can't" reports the whole opening, the part to rewrite. */
const refusal = new RegExp(
  String.raw`${boundary}(?:unfortunately,?\s+)?(?:(?:${subjectSource})(?:${negativeSource})|(?:${data.impersonal.map(phraseSource).join('|')}))(?![\p{L}\p{N}_])`,
  'giu'
)
const friendly = new RegExp(String.raw`^\s+(?:${data.friendlyContinuations.map(phraseSource).join('|')})(?![\p{L}])`, 'iu')
const alternative = phrasePattern(data.alternatives)

function offersAlternative(text: string): boolean {
  alternative.lastIndex = 0
  return alternative.test(text) || data.offerPattern.test(text)
}

/** A suggested opening, by the kind of refusal. */
function opening(found: string): string {
  if (/possible|nothing|something/i.test(found)) return 'What we can do is …'
  if (/\bi\b/i.test(found)) return 'What I can do is …'
  return 'What we can do is …'
}

const positiveFraming = defineRule<Options>(
  {
    id: 'positive-framing',
    description: 'Say what you can do, not what you cannot.',
    fixable: false,
    severity: 'warn',
    options: {phrases: 'string[]'}
  },
  (context) => {
    const extra = context.options.phrases?.length ? phrasePattern(context.options.phrases) : undefined
    const list = units(context.tree)
    list.forEach((unit, index) => {
      // A question ("Can't you see the button?") is not a refusal.
      if (unit.text.endsWith('?')) return
      const found = execAll(refusal, unit.text).map((match) => ({text: match[0], index: match.index}))
      if (extra) {
        for (const match of execAll(extra, unit.text)) found.push({text: match[0], index: match.index})
      }
      for (const match of found) {
        const after = unit.text.slice(match.index + match.text.length)
        if (friendly.test(after)) continue
        const next = list[index + 1]
        // The alternative may open the next paragraph ("If it happens again, you can …").
        const following = after + ' ' + (next ? next.text : '')
        if (offersAlternative(following)) continue
        const start = unit.start + match.index
        const suggestion = opening(match.text)
        context.report({
          reason: `Say what you can do instead of “${match.text}”: offer the alternative, e.g. start with “${suggestion}”.`,
          start,
          end: start + match.text.length,
          expected: [suggestion],
          note: 'A refusal with no way forward leaves the customer stuck. Name what you can do (another date, another option, the next step). Seed 002 肯定性表達: 用“我們可以在周三為您安排”代替“周一周二我們不能安排”.'
        })
      }
    })
  }
)

export default positiveFraming
