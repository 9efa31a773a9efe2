/**
 * `polite-forms`: please and thank you, a salutation that names the
 * customer, a polite closing.
 */
import {preset} from '../src/presets.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseSource, phrasePattern} from '../src/text/phrases.js'
import {units, type Unit} from '../src/text/units.js'
import * as data from './polite-forms.data.js'

export interface Options {
  /** Require a salutation at the top (default: the channel's preset, on for e-mail). */
  salutation?: boolean
  /** Require a polite closing at the end (default: the channel's preset, on for e-mail). */
  closing?: boolean
  /** Flag requests without please (default true). */
  requests?: boolean
}

const alt = (list: readonly string[]) => list.map(phraseSource).join('|')

const leadIn = String.raw`(?:(?:${alt(data.leadIns)})[,]?\s+)*`
/** @handles at the start of a social reply are an address, not words of the sentence. */
const mentions = String.raw`(?:@\w+[\s,]+)*`
const request = new RegExp(
  String.raw`^${mentions}${leadIn}((?:${alt(data.requestVerbs)})\s+(?:${alt(data.objects)})(?![\p{L}]))`,
  'iu'
)
const requestVerb = new RegExp(String.raw`^(?:${alt(data.requestVerbs)})`, 'iu')
const polite = phrasePattern(data.politeMarkers)
const invitation = phrasePattern(data.invitations)
const greeting = new RegExp(String.raw`^${mentions}(?:${alt(data.greetings)})(?![\p{L}])`, 'iu')
const genericSalutation = new RegExp(
  String.raw`^${mentions}(?:${alt(data.greetings)})\s+(?:${alt(data.genericNames)})(?![\p{L}])`,
  'iu'
)
const closing = new RegExp(String.raw`^(?:${alt(data.closings)})(?![\p{L}])`, 'iu')
const listItem = /^(?:\d{1,2}[.)]|[-*•–]|step\s+\d+[:.)]?)\s*/i

const politeForms = defineRule<Options>(
  {
    id: 'polite-forms',
    description: 'Ask with please, greet the customer by name and close politely.',
    fixable: false,
    severity: 'warn',
    options: {salutation: 'boolean', closing: 'boolean', requests: 'boolean'}
  },
  (context) => {
    const settings = preset(context.channel)
    const list = units(context.tree).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
    if (list.length === 0) return

    if (context.options.requests !== false) {
      list.forEach((unit, index) => {
        if (listItem.test(unit.text)) return
        const previous = list[index - 1]
        // The steps of a how-to ("To reset it:\nGo to Settings.") are instructions the customer asked for.
        if (previous && previous.paragraph === unit.paragraph && previous.text.endsWith(':')) return
        if (previous && listItem.test(previous.text) && previous.paragraph === unit.paragraph) return
        const match = request.exec(unit.text)
        if (!match) return
        polite.lastIndex = 0
        invitation.lastIndex = 0
        if (polite.test(unit.text) || invitation.test(unit.text)) return
        // The verb is the last group, so it starts where the rest of the match ends.
        const verbAt = match[0].length - match[1]!.length
        const verb = requestVerb.exec(match[1]!)![0]
        const start = unit.start + verbAt
        context.report({
          reason: `Add “please” to this request: “Please ${verb.toLowerCase()} …” or ask “Could you ${verb.toLowerCase()} …?”.`,
          start,
          end: start + verb.length,
          expected: [`Please ${verb.toLowerCase()}`],
          note: 'A bare imperative reads as an order. Seed 002 禮貌用語: 使用"請"、"謝謝".'
        })
      })
    }

    checkSalutation(context, list, context.options.salutation ?? settings.salutation)

    if (context.options.closing ?? settings.closing) checkClosing(context, list)
  }
)

function checkSalutation(context: RuleContext<Options>, list: Unit[], required: boolean) {
  const first = list[0]!
  const generic = genericSalutation.exec(first.text)
  if (generic) {
    context.report({
      reason: `Greet the customer by name instead of “${generic[0].replace(/^@\w+\s+/, '')}”, e.g. “Hi Anna,”.`,
      start: first.start,
      end: first.start + generic[0].length,
      note: 'A salutation that names the customer shows the reply was written for them. Seed 002 書面溝通規範: 適當的稱呼.'
    })
    return
  }
  // An empty salutation ("Hi ,") is a field left unfilled: `placeholder` reports it.
  if (required && !greeting.test(first.text)) {
    context.report({
      reason: 'Open the reply with a salutation that names the customer, e.g. “Hi Anna,” or “Dear Mr Lee,”.',
      start: first.start,
      end: first.end,
      note: 'E-mail replies open with a salutation. Seed 002 書面溝通規範: 專業格式包括適當的稱呼.'
    })
  }
}

function checkClosing(context: RuleContext<Options>, list: Unit[]) {
  // A one-line note has nowhere to put a closing; that is a chat message, not an e-mail.
  if (list.length < 2) return
  const tail = list.slice(-3)
  if (tail.some((unit) => closing.test(unit.text))) return
  const last = list[list.length - 1]!
  context.report({
    reason: 'End with a polite closing, e.g. “Kind regards,” and your name, or “Thanks again for your patience.”.',
    start: last.start,
    end: last.end,
    note: 'E-mail replies end with a polite closing. Seed 002 書面溝通規範: 禮貌性結束語.'
  })
}

export default politeForms
