/**
 * `placeholder`: no unfilled template field in a reply that is sent.
 */
import {asciiTwin} from '../src/text/ascii-twin.js'
import {execAll} from '../src/text/phrases.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {units} from '../src/text/units.js'
import * as zh from './placeholder.zh.data.js'

/** Words that make bracketed text a field to fill in: "[Customer Name]", "[order number]". */
const fieldWords =
  /\b(?:name|first[ _]?name|last[ _]?name|customer|client|agent|number|date|time|email|e-mail|address|link|url|company|product|order|amount|price|phone|city|account|id|insert|enter|your|here|x+)\b/i

/** "[Customer Name]" (not a Markdown link "[text](url)" or "[text][ref]", nor a checkbox "[x]"). */
const bracketed = /\[([^\]\n]{2,40})\](?![(\[:])/g
/** "<NAME>", "<PROJECT NAME>", "<first_name>": capitals or snake case inside angle brackets, not an HTML tag. */
const angled = /<([A-Z][A-Z0-9_ ]{1,30}|[a-z]+_[a-z_]+)>/g
/** XXX, TBD, TODO, FIXME: but not a masked card number ("XXXX XXXX XXXX 1234"). */
const markers = asciiTwin(/(?<![\p{L}\p{N}_*-])(?:X{3,}|x{3,}|TBD|TBA|TODO|FIXME|TK|INSERT[ _][A-Z_ ]+)(?![\p{L}\p{N}_*-])/gu)
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
  {
    en: (context) => {
      // A template is meant to have fields.
      if (context.template) return
      const report = (start: number, end: number, what: string) =>
        context.report({
          reason: `Fill in ${what} before sending: the customer would see “${context.text.slice(start, end)}”.`,
          start,
          end,
          note
        })

      reportTemplateFields(context, (start, end) => report(start, end, 'this template field'))

      for (const unit of units(context.tree, context.text)) {
        for (const match of execAll(bracketed, unit.text)) {
          const inside = match[1]!
          const isField = fieldWords.test(inside) || /^[A-Z][A-Z _]+$/.test(inside)
          if (!isField || /^\d/.test(inside)) continue
          const start = unit.start + match.index
          report(start, start + match[0].length, 'this field')
        }
        for (const match of execAll(angled, unit.text)) {
          const start = unit.start + match.index
          report(start, start + match[0].length, 'this field')
        }
        for (const match of execAll(markers.for(unit.text), unit.text)) {
          if (/^[Xx]/.test(match[0]) && maskedNumber.test(unit.text.slice(match.index + match[0].length))) continue
          const start = unit.start + match.index
          report(start, start + match[0].length, 'this placeholder')
        }
      }

      const first = units(context.tree, context.text).find((unit) => !context.isMasked(unit.start, unit.start + 1))
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
    },
    zh: checkChinese
  }
)

const note = 'A field left in a sent reply shows the customer a form letter. Seed 003 模式七: 有Copy不走样,没有我型我Show.'

/** Template syntax left in the reply; a replylint control comment ("{# replylint-disable #}") is an instruction to us, not a field. */
function reportTemplateFields(context: RuleContext<object>, report: (start: number, end: number) => void) {
  for (const mask of context.masks) {
    if (mask.kind === 'template' && !/replylint-(?:disable|enable)/.test(context.text.slice(mask.start, mask.end))) {
      report(mask.start, mask.end)
    }
  }
}

/* Chinese: 【客户姓名】, [客户名称], XXX先生, XX月XX日, "尊敬的，". */

const zhFieldEnd = new RegExp(`(?:${zh.fieldNouns.join('|')})$`, 'u')
const zhInstruction = new RegExp(zh.instructionWords.join('|'), 'u')

function checkChinese(context: RuleContext<object>) {
  if (context.template) return
  const report = (start: number, end: number, what: string) =>
    context.report({
      reason: `发送前请填写${what}：客户会看到“${context.text.slice(start, end)}”。`,
      start,
      end,
      note
    })

  reportTemplateFields(context, (start, end) => report(start, end, '这个模板字段'))

  for (const unit of units(context.tree, context.text)) {
    const found: Array<[number, number]> = []
    const add = (start: number, end: number, what: string) => {
      if (found.some(([from, to]) => start < to && end > from)) return
      found.push([start, end])
      report(unit.start + start, unit.start + end, what)
    }
    // 【客户姓名】, ［订单号］, 〖日期〗: a field unless a label with its value or a tag at the start of a line.
    for (const match of unit.text.matchAll(zh.brackets)) {
      const inside = (match[1] ?? match[2] ?? match[3]!).trim()
      const after = unit.text.slice(match.index + match[0].length)
      const strong = zhInstruction.test(inside)
      const person = zh.personField.test(inside)
      const isField = strong || person || zhFieldEnd.test(inside) || fieldWords.test(inside)
      if (!isField || /^\d/.test(inside)) continue
      if (!strong && zh.labelAfter.test(after)) continue
      if (!strong && !person && /^(?:@\S+\s+)*$/u.test(unit.text.slice(0, match.index))) continue
      add(match.index, match.index + match[0].length, '这个字段')
    }
    // [客户名称], [Customer Name]: as in English, with the Chinese field words.
    for (const match of execAll(bracketed, unit.text)) {
      const inside = match[1]!.trim()
      const isField = fieldWords.test(inside) || /^[A-Z][A-Z _]+$/.test(inside) || zhInstruction.test(inside) || zhFieldEnd.test(inside) || zh.personField.test(inside)
      if (!isField || /^\d/.test(inside)) continue
      add(match.index, match.index + match[0].length, '这个字段')
    }
    for (const match of unit.text.matchAll(zh.parenthesized)) add(match.index, match.index + match[0].length, '这个字段')
    for (const match of execAll(angled, unit.text)) add(match.index, match.index + match[0].length, '这个字段')
    for (const match of unit.text.matchAll(zh.nameHole)) add(match.index, match.index + match[0].length, '客户的称呼')
    for (const match of unit.text.matchAll(zh.numberHole)) add(match.index, match.index + match[0].length, '这个占位符')
    for (const match of unit.text.matchAll(zh.markers)) {
      if (/^[XxＸｘ×✕]/u.test(match[0]) && zh.maskedNumber.test(unit.text.slice(match.index + match[0].length))) continue
      add(match.index, match.index + match[0].length, '这个占位符')
    }
  }

  const first = units(context.tree, context.text).find((unit) => !context.isMasked(unit.start, unit.start + 1))
  const hole = first && zh.emptySalutation.exec(first.text)
  if (first && hole) {
    context.report({
      reason: '称呼里缺少客户的名字：请写上客户的称呼，例如“王先生，您好：”。',
      start: first.start,
      end: first.start + hole[0].length,
      note
    })
  }
}

export default placeholder
