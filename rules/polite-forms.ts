/**
 * `polite-forms`: please and thank you, a salutation that names the
 * customer, a polite closing.
 */
import {masksAt} from '../src/mask.js'
import {preset} from '../src/presets.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {phraseSource, phrasePattern} from '../src/text/phrases.js'
import {wordSegmenter} from '../src/text/segment-boundaries.js'
import {units, type Unit} from '../src/text/units.js'
import * as data from './polite-forms.data.js'
import * as zh from './polite-forms.zh.data.js'

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
const request = asciiTwin(
  new RegExp(String.raw`^${mentions}${leadIn}((?:${alt(data.requestVerbs)})\s+(?:${alt(data.objects)})(?![\p{L}]))`, 'iu')
)
const requestVerb = new RegExp(String.raw`^(?:${alt(data.requestVerbs)})`, 'iu')
const polite = phrasePattern(data.politeMarkers)
const invitation = phrasePattern(data.invitations)
const greeting = asciiTwin(new RegExp(String.raw`^${mentions}(?:${alt(data.greetings)})(?![\p{L}])`, 'iu'))
const genericSalutation = asciiTwin(
  new RegExp(String.raw`^${mentions}(?:${alt(data.greetings)})\s+(?:${alt(data.genericNames)})(?![\p{L}])`, 'iu')
)
const closing = asciiTwin(new RegExp(String.raw`^(?:${alt(data.closings)})(?![\p{L}])`, 'iu'))
const listItem = /^(?:\d{1,2}[.)]|[-*•–]|step\s+\d+[:.)]?)\s*/i

const politeForms = defineRule<Options>(
  {
    id: 'polite-forms',
    description: 'Ask with please, greet the customer by name and close politely.',
    // Only the Chinese 你 → 您 is applied by --fix; the English suggestions are shown, never applied.
    fixable: true,
    severity: 'warn',
    options: {salutation: 'boolean', closing: 'boolean', requests: 'boolean'}
  },
  {
    en: checkEnglish,
    zh: checkChinese
  }
)

function checkEnglish(context: RuleContext<Options>) {
  const settings = preset(context.channel)
  const list = units(context.tree, context.text).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
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

/* Chinese: 您 for 你, 请 with a request, a salutation and a closing in e-mail. */

const zhAlt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(phraseSource).join('|')
const zhNote = {
  you: 'Chinese service writing addresses the customer as 您, in chat too. Seed 002 職業禮儀 尊重: 稱呼得體; 禮貌用語.',
  request: 'A bare imperative reads as an order. Seed 002 禮貌用語: 使用"請"、"謝謝".',
  salutation: 'E-mail replies open with a salutation that names the customer. Seed 002 書面溝通規範: 專業格式包括適當的稱呼.',
  closing: 'E-mail replies end with a polite closing. Seed 002 書面溝通規範: 禮貌性結束語.'
}

/**
 * The Chinese patterns, built for the first Chinese reply: with some 1,400
 * request phrases they cost every start (English replies too) a few ms.
 */
let zhPatterns: ReturnType<typeof buildZhPatterns> | undefined

function buildZhPatterns() {
  const zhLeadIn = String.raw`(?:(?:${zhAlt(zh.leadIns)})[，,\s]*){0,3}`
  const zhMentions = String.raw`(?:@\S+\s+)*`
  /** Every verb with every object it takes: "提供您的", "发一下", "截图发给". */
  const zhRequestPhrases = zh.requestVerbs.flatMap((group) => group.verbs.flatMap((verb) => group.objects.map((object) => verb + object)))
  const zhRequest = new RegExp(
    String.raw`^${zhMentions}${zhLeadIn}(` +
      [
        `(?:${zhAlt(zhRequestPhrases)})`,
        String.raw`把[^，,。！？!?；;\s]{1,20}?(?:${zhAlt(zh.handOver)})`,
        String.raw`(?:给|給)(?:我们|我們|我)(?:${zhAlt(zh.toUsVerbs)})`
      ].join('|') +
      ')',
    'u'
  )
  /** Where 请 goes: after @mentions and conjunctions (也请提供, 另外请发), before 您 and the verb. */
  const zhRequestAt = new RegExp(String.raw`^${zhMentions}(?:(?:然后|然後|另外|同时|同時|也|还|還)[，,\s]*)*`, 'u')
  const zhPolite = new RegExp(zhAlt(zh.politeMarkers), 'u')
  const zhInvitation = new RegExp(zhAlt(zh.invitations), 'u')
  const zhGreeting = new RegExp(String.raw`^${zhMentions}(?:${zh.greetings.join('|')})`, 'iu')
  const zhGenericName = zhAlt(zh.genericNames)
  const zhGenericSalutation = new RegExp(
    String.raw`^${zhMentions}(?:(?:您好|你好)[，,、\s]*)?(?:` +
      [
        // 尊敬的客户, 尊敬的招商银行信用卡客户, 亲爱的用户朋友, 尊敬的先生/女士
        String.raw`(?:尊敬的|親愛的|亲爱的)\s*(?:[\p{Script=Han}A-Za-z0-9]{0,10}?(?:${zhGenericName})(?:朋友)?(?:们|們)?|(?:${zhAlt(zh.genericTitles)}))(?:[，,\s]*(?:您好|你好))?`,
        // 客户您好, 用户朋友你好
        String.raw`(?:${zhGenericName})(?:朋友)?(?:们|們)?[，,\s]*(?:您好|你好)`
      ].join('|') +
      String.raw`)(?=[，,、：:！!。\s]|$)`,
    'u'
  )
  const zhClosing = new RegExp(zh.closings.join('|'), 'u')
  return {request: zhRequest, requestAt: zhRequestAt, polite: zhPolite, invitation: zhInvitation, greeting: zhGreeting, genericSalutation: zhGenericSalutation, closing: zhClosing}
}

function zhPattern<Name extends keyof ReturnType<typeof buildZhPatterns>>(name: Name): RegExp {
  return (zhPatterns ??= buildZhPatterns())[name]
}

/**
 * The units the checks read: not quoted text, but a unit that starts with a
 * template field ("{{name}}先生，您好") is the agent's.
 */
function zhUnits(context: RuleContext<Options>): Unit[] {
  return units(context.tree, context.text).filter((unit) => {
    const masks = masksAt(context.masks, unit.start, unit.start + 1)
    return masks.length === 0 || masks.every((mask) => mask.kind === 'template')
  })
}

/** A unit's text with each template field as one letter, so "{{name}}先生，您好" reads as a name. */
function withFields(context: RuleContext<Options>, unit: Unit): string {
  let text = ''
  let at = unit.start
  for (const mask of masksAt(context.masks, unit.start, unit.end)) {
    if (mask.kind !== 'template') continue
    text += context.text.slice(at, Math.max(at, mask.start)) + 'X'
    at = Math.max(at, mask.end)
  }
  return text + context.text.slice(at, unit.end)
}

function checkChinese(context: RuleContext<Options>) {
  const settings = preset(context.channel)
  // Every unit: a 你 after the customer's quoted words is the agent's (quotes themselves are masked).
  for (const unit of units(context.tree, context.text)) checkYou(context, unit)
  const list = zhUnits(context)
  if (list.length === 0) return
  if (context.options.requests !== false) checkRequestsZh(context, list)
  checkSalutationZh(context, list, context.options.salutation ?? settings.salutation)
  if (context.options.closing ?? settings.closing) checkClosingZh(context, list)
}

/** 你 → 您 (fixable), 你们 → 各位 (not: the sentence may need rewording). */
function checkYou(context: RuleContext<Options>, unit: Unit) {
  const text = unit.text
  if (!/[你妳]/u.test(text)) return
  const idioms: Array<[number, number]> = []
  for (const idiom of zh.youIdioms) {
    for (let at = text.indexOf(idiom); at !== -1; at = text.indexOf(idiom, at + 1)) idioms.push([at, at + idiom.length])
  }
  const segments = [...wordSegmenter().segment(text)]
  for (const match of text.matchAll(zh.youSingular)) {
    const at = match.index
    if (idioms.some(([from, to]) => at >= from && at < to)) continue
    // The second character of 你们 was reported with the first.
    if (at > 0 && zh.youPlural.test(text.slice(at - 1)) && !zh.youPlural.test(text.slice(at))) continue
    if (zh.youPlural.test(text.slice(at))) {
      const found = text.slice(at, at + 2)
      context.report({
        reason: `称呼多位客户请用“各位”，不要用“${found}”，也不要写“您们”：例如“各位好”“感谢各位的耐心等待”。`,
        start: unit.start + at,
        end: unit.start + at + 2,
        expected: ['各位'],
        note: zhNote.you
      })
      continue
    }
    // The word around 你 (你好, 你的, 祝你), so the message shows the word to write.
    const segment = segments.find((part) => part.index <= at && at < part.index + part.segment.length)
    const word =
      segment && /^\p{Script=Han}{2,4}$/u.test(segment.segment) && [...segment.segment.matchAll(/[你妳]/gu)].length === 1
        ? {from: segment.index, text: segment.segment}
        : {from: at, text: match[0]}
    const polite = word.text.replace(/[你妳]/u, '您')
    context.report({
      reason: `称呼客户请用“您”：把“${word.text}”写成“${polite}”。`,
      start: unit.start + word.from,
      end: unit.start + word.from + word.text.length,
      expected: [polite],
      fixable: true,
      note: zhNote.you
    })
  }
}

function checkRequestsZh(context: RuleContext<Options>, list: Unit[]) {
  list.forEach((unit, index) => {
    if (zh.listItem.test(unit.text)) return
    const previous = list[index - 1]
    // The steps of a how-to ("修改地址的方法：\n进入订单页面。") are instructions the customer asked for.
    if (previous && previous.paragraph === unit.paragraph && /[：:]$/u.test(previous.text)) return
    if (previous && zh.listItem.test(previous.text) && previous.paragraph === unit.paragraph) return
    const match = zhPattern('request').exec(unit.text)
    if (!match) return
    const phrase = match[1]!
    const verbAt = match[0].length - phrase.length
    const after = unit.text.slice(match[0].length)
    if (zh.notRequestAfter.test(after)) return
    if (/下$/u.test(phrase) && !/一下$/u.test(phrase) && zh.notAMoment.test(after)) return
    if (/下$/u.test(phrase) && zh.discourseAfter.test(after)) return
    if (zhPattern('polite').test(unit.text) || zhPattern('invitation').test(unit.text) || zh.question.test(unit.text)) return
    // 提交申请后，…: the request is a condition of what follows.
    const clauseEnd = unit.text.search(/[，,。；;！!]/u)
    const firstClause = clauseEnd === -1 ? unit.text : unit.text.slice(0, clauseEnd)
    if (zh.subordinate.test(firstClause)) return
    // 发一下截图给您: the agent sends.
    const rest = after.split(/[，,。；;！!？?]/u)[0]!
    if (zh.agentActs.test(rest)) return
    // 请 goes after a conjunction (也请), before 您 and adverbs (请您再发一下).
    const at = zhPattern('requestAt').exec(unit.text)![0].length
    const found = unit.text.slice(at, verbAt + phrase.length)
    const start = unit.start + at
    // 你 in the request is reported on its own; the suggestion already says 您.
    const asked = found.replace(/[你妳]/gu, '您')
    const example = (unit.text.slice(0, at) + '请' + asked + unit.text.slice(verbAt + phrase.length)).replace(/[你妳](?![们們])/gu, '您')
    const cut = example.length > 30 ? example.slice(0, 30) + '……' : example
    const shown = /[。！？!?…]$/u.test(cut) ? cut : cut.replace(/[，,；;.]+$/u, '') + '。'
    context.report({
      reason: `这是在请客户做事，请加上“请”或“麻烦您”：例如“${shown}”`,
      start,
      end: start + found.length,
      expected: [`请${asked}`],
      note: zhNote.request
    })
  })
}

function checkSalutationZh(context: RuleContext<Options>, list: Unit[], required: boolean) {
  const first = list[0]!
  const generic = zhPattern('genericSalutation').exec(first.text)
  if (generic) {
    const found = generic[0].replace(/^@\S+\s+/u, '')
    context.report({
      reason: `请用客户的称呼代替“${found}”：例如“王先生，您好：”或“尊敬的李女士：”。`,
      start: first.start + generic[0].length - found.length,
      end: first.start + generic[0].length,
      note: zhNote.salutation
    })
    return
  }
  // An empty salutation ("尊敬的，") is a field left unfilled: `placeholder` reports it.
  const text = withFields(context, first)
  if (required && !zhPattern('greeting').test(text) && !greeting.test(text)) {
    context.report({
      reason: '邮件开头请先称呼客户：例如“王先生，您好：”或“尊敬的李女士：”。',
      start: first.start,
      end: first.end,
      note: zhNote.salutation
    })
  }
}

function checkClosingZh(context: RuleContext<Options>, list: Unit[]) {
  // A one-line note has nowhere to put a closing.
  if (list.length < 2) return
  const tail = list.slice(-3)
  if (tail.some((unit) => zhPattern('closing').test(unit.text) || closing.test(unit.text))) return
  const last = list[list.length - 1]!
  context.report({
    reason: '邮件结尾请加上礼貌的结束语：例如“如有其他问题，欢迎随时联系我们。祝您生活愉快！”',
    start: last.start,
    end: last.end,
    note: zhNote.closing
  })
}

export default politeForms
