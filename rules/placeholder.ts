/**
 * `placeholder`: no unfilled template field in a reply that is sent.
 */
import {defineRule} from '../src/rule.js'
import {units} from '../src/text/units.js'

/** Words that make bracketed text a field to fill in: "[Customer Name]", "[order number]". */
const fieldWords =
  /\b(?:name|first[ _]?name|last[ _]?name|customer|client|agent|number|date|time|email|e-mail|address|link|url|company|product|order|amount|price|phone|city|account|id|insert|enter|your|here|x+)\b/i

/** "[Customer Name]" (not a Markdown link "[text](url)" or "[text][ref]", nor a checkbox "[x]"). */
const bracketed = /\[([^\]\n]{2,40})\](?![(\[:])/g
/** "<NAME>", "<PROJECT NAME>", "<first_name>": capitals or snake case inside angle brackets, not an HTML tag. */
const angled = /<([A-Z][A-Z0-9_ ]{1,30}|[a-z]+_[a-z_]+)>/g
/** XXX, TBD, TODO, FIXME: but not a masked card number ("XXXX XXXX XXXX 1234"). */
const markers = /(?<![\p{L}\p{N}_*-])(?:X{3,}|x{3,}|TBD|TBA|TODO|FIXME|TK|INSERT[ _][A-Z_ ]+)(?![\p{L}\p{N}_*-])/gu
const maskedNumber = /^[\s-]*(?:[Xx*]{2,}[\s-]*)*\d{2,}/
/** "Hi ," / "Dear ,": the name was meant to go there. */
const emptySalutation = /^(?:@\w+\s+)?(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?:\s+[,:;!]|,?\s*$)/i
const dearAlone = /^dear\s*[,:]?\s*$/i

const placeholder = defineRule(
  {
    id: 'placeholder',
    description: 'Fill in every template field before sending: no {{name}}, [Customer Name], XXX or “Hi ,”.',
    fixable: false,
    severity: 'error',
    critical: true,
    reads: ['template']
  },
  (context) => {
    // A template is meant to have fields.
    if (context.template) return
    const note = 'A field left in a sent reply shows the customer a form letter. Seed 003 模式七: 有Copy不走样,没有我型我Show.'
    const report = (start: number, end: number, what: string) =>
      context.report({
        reason: `Fill in ${what} before sending: the customer would see “${context.text.slice(start, end)}”.`,
        start,
        end,
        note
      })

    for (const mask of context.masks) {
      // A replylint control comment ("{# replylint-disable #}") is an instruction to us, not a field.
      if (mask.kind === 'template' && !/replylint-(?:disable|enable)/.test(context.text.slice(mask.start, mask.end))) {
        report(mask.start, mask.end, 'this template field')
      }
    }

    for (const unit of units(context.tree)) {
      for (const match of unit.text.matchAll(bracketed)) {
        const inside = match[1]!
        const isField = fieldWords.test(inside) || /^[A-Z][A-Z _]+$/.test(inside)
        if (!isField || /^\d/.test(inside)) continue
        const start = unit.start + match.index
        report(start, start + match[0].length, 'this field')
      }
      for (const match of unit.text.matchAll(angled)) {
        const start = unit.start + match.index
        report(start, start + match[0].length, 'this field')
      }
      for (const match of unit.text.matchAll(markers)) {
        if (/^[Xx]/.test(match[0]) && maskedNumber.test(unit.text.slice(match.index + match[0].length))) continue
        const start = unit.start + match.index
        report(start, start + match[0].length, 'this placeholder')
      }
    }

    const first = units(context.tree).find((unit) => !context.isMasked(unit.start, unit.start + 1))
    if (first && (emptySalutation.test(first.text) || dearAlone.test(first.text)) && /\s[,:;!]|^dear|^\S+\s*,?\s*$/i.test(first.text)) {
      const generic = /^(?:@\w+\s+)?(?:hi|hello|hey)\s*[,!]?\s*$/i.test(first.text)
      // "Hi," alone is a greeting without a name, not a hole; "Hi ," and "Dear," are holes.
      if (!generic || /\s[,:;!]/.test(first.text)) {
        context.report({
          reason: 'The salutation has no name: write the customer’s name, e.g. “Hi Anna,”.',
          start: first.start,
          end: first.end,
          note
        })
      }
    }
  }
)

export default placeholder
