/**
 * `next-step`: an e-mail ends with what happens next. A document rule: it
 * reads the whole message and reports once, at its end.
 */
import {masksAt} from '../src/mask.js'
import {optionCache} from '../src/option-cache.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {phrasePattern, phraseSource} from '../src/text/phrases.js'
import {wordSegmenter} from '../src/text/segment-boundaries.js'
import * as politeForms from './polite-forms.data.js'
import {units, words, type Unit} from '../src/text/units.js'
import * as data from './next-step.data.js'
import * as zh from './next-step.zh.data.js'
import {concreteTime as zhTime} from './vague-time.zh.data.js'

export interface Options {
  /** Your own phrases that count as a next step (“case closed”). */
  phrases?: string[]
}

const nextStep = phrasePattern([...data.nextSteps, ...data.times, ...data.offers])
/** "we’ll", "it'll": a contraction of will (a phrase pattern wants a word boundary before the apostrophe). */
const contractedWill = asciiTwin(/\p{L}['’]ll(?!\p{L})/iu)
/** A date or a clock time: "12 March", "March 12", "5pm", "17:00", "3/14". */
const dateOrTime =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/i
/** A time frame: "two days", "3-5 business days", "24 hours". */
const timeFrame =
  /\b(?:\d+(?:\s*[-–]\s*\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b/i
/**
 * "Please send …", "kindly reply": a request is the customer's next step;
 * "please be advised / note / accept our apologies" only informs.
 */
const request = asciiTwin(/\b(?:please|kindly)\s+(?!be\b|note\b|accept\b|understand\b|bear\b|know\b|find\b)\p{L}/iu)
/** A question to the customer asks for their answer: that is the next step. */
const question = /\?[\s)"”’]*$/
const closing = asciiTwin(new RegExp(String.raw`^(?:${politeForms.closings.map(phraseSource).join('|')})(?![\p{L}])`, 'iu'))

/** The text of `[start, end)` with masked parts (quotes, template syntax) blanked; links stay, they are a step. */
function ownText(context: RuleContext<Options>, start: number, end: number): string {
  let result = ''
  let cursor = start
  for (const mask of masksAt(context.masks, start, end)) {
    if (mask.kind === 'url') continue
    result += context.text.slice(cursor, Math.max(cursor, mask.start)) + ' '
    cursor = Math.max(cursor, Math.min(end, mask.end))
  }
  return result + context.text.slice(Math.min(cursor, end), end)
}

const zhSteps = phraseFinder([...zh.nextSteps, ...zh.times, ...zh.offers], 'zh')
const zhRequest = phraseFinder(zh.requestWords, 'zh')
const zhMessage = '请说明接下来会发生什么：一个步骤、一个时间或进一步帮助，例如“我们会在今天下午5点前把快递单号发给您；如有其他问题，直接回复此邮件即可。”'

/** 已将退款退回: 将 marks the object of a past action there, not the future. */
const baMarker = /(?:已|已经|已經)\s*$/u

/** Whether a Chinese line of the agent's says what happens next. */
function zhHasStep(own: string, extra: ReturnType<typeof phraseFinder> | undefined): boolean {
  if (zhSteps(own).some((match) => !(match.text.startsWith('将') || match.text.startsWith('將')) || !baMarker.test(own.slice(0, match.index)))) {
    return true
  }
  if (extra && extra(own).length > 0) return true
  if (zh.conditionalOffer.test(own) || zhTime.test(own) || zh.question.test(own.trim())) return true
  return zhRequest(own).some((match) => !zh.notRequest.test(own.slice(match.index + match.text.length)))
}

/** A line of the signature: short, no sentence punctuation, a name, a team, a phone or the date. */
function zhSignature(text: string): boolean {
  if (/[。！？!?.…，,；;]$/u.test(text) || /[，,]/u.test(text) || text.length > 30) return false
  const wordCount = [...wordSegmenter().segment(text)].filter((segment) => segment.isWordLike).length
  return wordCount <= 3 || zh.signatureMarkers.test(text)
}

const zhClosing = (text: string) => zh.closings.test(text) || zh.thanks.test(text)

const twoLetters = asciiTwin(/\p{L}{2}/u)

/** The agent's own lines: quoted history, the signature and lines of template syntax alone do not count. */
function ownUnits(context: RuleContext<Options>): Unit[] {
  return units(context.tree, context.text).filter((unit) => twoLetters.test(ownText(context, unit.start, unit.end)))
}

const note = 'Seed 002 專業解決: 提供明確的解決方案和後續步驟; 002 跟進反饋; seed 003: 有什么事可以随时来电话询问.'

/** A team's own next-step phrases (`phrases`), compiled once per list. */
const extraPattern = optionCache((phrases: string[]) => phrasePattern(phrases))
const zhExtraFinder = optionCache((phrases: string[]) => phraseFinder(phrases, 'zh'))

const nextStepRule = defineRule<Options>(
  {
    id: 'next-step',
    description: 'End an e-mail with the next step, a time, or an offer of further help.',
    fixable: false,
    severity: 'warn',
    // A chat message mid-conversation has its next step in the next message.
    channels: ['email'],
    options: {phrases: 'string[]'}
  },
  {
    en: (context) => {
      // Only e-mail: a chat message mid-conversation has its next step in the next message.
      if (context.channel !== 'email') return
      const extra = context.options.phrases?.length ? extraPattern(context.options.phrases) : undefined
      const list = ownUnits(context)
      if (list.length === 0) return
      for (const unit of list) {
        const own = ownText(context, unit.start, unit.end)
        // A link is where the customer goes next (“Here’s how: https://…”).
        if (masksAt(context.masks, unit.start, unit.end).some((mask) => mask.kind === 'url')) return
        for (const pattern of [nextStep, extra]) {
          if (!pattern) continue
          pattern.lastIndex = 0
          if (pattern.test(own)) return
        }
        if (request.test(own) || contractedWill.test(own) || dateOrTime.test(own) || timeFrame.test(own) || question.test(own)) return
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
        note
      })
    },
    zh: (context) => {
      // Only e-mail, as in English.
      if (context.channel !== 'email') return
      const extra = context.options.phrases?.length ? zhExtraFinder(context.options.phrases) : undefined
      const list = ownUnits(context)
      if (list.length === 0) return
      // The closing and the signature below it: 祝您生活愉快 / 此致 敬礼 / 客服小王 / 2024年5月6日.
      let at = list.length - 1
      while (at > 0 && (zhClosing(list[at]!.text) || zhSignature(list[at]!.text))) at--
      // The signature under a closing is no step (a hotline, the letter's date); the closing line itself may hold an offer.
      let closingAt = list.length
      for (let index = at + 1; index < list.length; index++) {
        if (zhClosing(list[index]!.text)) {
          closingAt = index
          break
        }
      }
      for (const [index, unit] of list.entries()) {
        if (index > closingAt && !zhClosing(unit.text)) continue
        if (masksAt(context.masks, unit.start, unit.end).some((mask) => mask.kind === 'url')) return
        if (zhHasStep(ownText(context, unit.start, unit.end), extra)) return
      }
      const last = list[at]!
      context.report({reason: zhMessage, start: last.start, end: last.end, span: true, note})
    }
  }
)

export default nextStepRule
