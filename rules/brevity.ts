/**
 * `brevity`: short forms for wordy phrases, sentences and replies within the
 * channel's length.
 */
import {optionCache} from '../src/option-cache.js'
import {preset} from '../src/presets.js'
import {replaceWords, withApostrophesOf} from '../src/text/edits.js'
import {defineRule, type RuleContext} from '../src/rule.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {execAll, findAll, normalizePhrase, phrasePattern} from '../src/text/phrases.js'
import {segmentBoundaries} from '../src/text/segment-boundaries.js'
import {units, words, type Word} from '../src/text/units.js'
import type {Mask} from '../src/types.js'
import * as data from './brevity.data.js'
import * as zh from './brevity.zh.data.js'

export interface Options {
  /** Most words in one sentence (default: email 25, chat 20, social 25). */
  sentenceWords?: number
  /** Most words in the reply (default: email 250, chat 80, social 60). */
  messageWords?: number
  /** Most characters in the reply (default: social 280, others none). */
  messageChars?: number
  /** Extra wordy phrases: phrase -> short form ("" to drop). */
  phrases?: Record<string, string>
  /** Wordy phrases this team accepts. */
  allow?: string[]
  /** Chinese: most characters in one sentence (default: email 60, chat 40, social 60). */
  sentenceChars?: number
  /** Chinese: most characters in the reply (default: email 500, chat 150, social 140). */
  replyChars?: number
}

const builtIn = new Map(data.wordy.map((entry) => [normalizePhrase(entry.phrase), entry]))
const builtInPattern = phrasePattern(builtIn.keys())

/** Twitter and most social networks count a link as 23 characters, whatever its length. */
const linkLength = 23

/**
 * Characters as a social network counts them: code points, a link as
 * `linkLength`, an HTML entity (as exported by their APIs) as one.
 */
function postLength(text: string, masks: readonly Mask[]): {length: number; offsetAt: (limit: number) => number} {
  const links = masks.filter((mask) => mask.kind === 'url')
  const steps: Array<{offset: number; count: number}> = []
  let count = 0
  let offset = 0
  let link = 0
  const end = text.trimEnd().length
  // Replies do not count the @handles they open with (Twitter's rule since 2017).
  offset = /^\s*(?:@\w+\s+)*/.exec(text)![0].length
  while (offset < end) {
    while (link < links.length && links[link]!.end <= offset) link++
    const current = links[link]
    let width: number
    let weight = 1
    if (current && current.start === offset) {
      width = current.end - current.start
      weight = linkLength
    } else {
      const entity = /^&(?:#\d+|#x[\da-f]+|[a-z]+);/i.exec(text.slice(offset, offset + 10))
      width = entity ? entity[0].length : text.codePointAt(offset)! > 0xffff ? 2 : 1
    }
    steps.push({offset, count})
    count += weight
    offset += width
  }
  return {
    length: count,
    offsetAt: (limit) => steps.find((step) => step.count >= limit)?.offset ?? end
  }
}

/**
 * Words a reader reads. Not prose: links, @handles, agent initials signing a
 * social reply ("^AJ", "-MD" at the end), HTML entities left in the text ("&amp;"), and a
 * thread counter ("1/2"). (The word pattern starts at a letter, so the "@"
 * or "^" is the character before the word.)
 */
function proseWords(unitText: string, start: number, isMasked: (start: number, end: number) => boolean): Word[] {
  return words(unitText, start).filter((word) => {
    const at = word.start - start
    const before = unitText[at - 1]
    if (before === '@' || before === '^') return false
    // "-MD" closing a social reply: initials too.
    if ((before === '-' || before === '–') && /^\p{Lu}{2,3}$/u.test(word.text) && /^\W*$/u.test(unitText.slice(at + word.text.length))) return false
    if (before === '&' && unitText[at + word.text.length] === ';') return false
    if (word.text.includes('/') && /^\d+\/\d+$/.test(word.text)) return false
    return !isMasked(word.start, word.end)
  })
}

/** The built-in table with the team's own wordy phrases (`phrases`), compiled once per list; theirs are never fixed. */
const withTeamPhrases = optionCache((phrases: Record<string, string>) => {
  const table = new Map([...builtIn, ...Object.entries(phrases).map(([phrase, short]) => [normalizePhrase(phrase), {phrase, short, fix: false}] as const)])
  return {table, pattern: phrasePattern(table.keys())}
})

function checkEnglish(context: RuleContext<Options>) {
  const settings = preset(context.channel)
  const options = context.options
  const allow = new Set((options.allow ?? []).map(normalizePhrase))
  const {table, pattern} = options.phrases && Object.keys(options.phrases).length > 0 ? withTeamPhrases(options.phrases) : {table: builtIn, pattern: builtInPattern}
  const sentenceLimit = options.sentenceWords ?? settings.sentenceWords
  const text = context.text
  const all = units(context.tree, context.text).filter((unit) => !context.isMasked(unit.start, unit.start + 1))
  const messageWords = options.messageWords ?? settings.messageWords
  // The reply's words are counted, not kept: a long e-mail has tens of thousands, and only two are needed.
  let wordCount = 0
  let firstOver: Word | undefined
  let lastWord: Word | undefined

  for (const unit of all) {
    for (const match of findAll(pattern, unit.text, unit.start)) {
      const key = normalizePhrase(match.text)
      const entry = table.get(key)
      if (!entry || allow.has(key)) continue
      const {start, end, text: replacement, safe} = replaceWords(text, match.start, match.end, entry.short, match.start === unit.start)
      const shown = entry.short === '' ? 'drop it' : `write “${withApostrophesOf(match.text, entry.short)}”`
      context.report({
        reason: `“${match.text}” is wordy: ${shown}.`,
        start,
        end,
        actual: text.slice(start, end),
        expected: [replacement],
        fixable: entry.fix && safe,
        note: 'Short words keep the reply easy to read. Seed 002 書面溝通規範: 語言簡潔 表達簡明扼要,避免冗餘詞匯.'
      })
    }

    const counted = proseWords(unit.text, unit.start, context.isMasked)
    for (const word of counted) {
      if (wordCount === messageWords) firstOver = word
      wordCount++
      lastWord = word
    }
    if (counted.length > sentenceLimit) {
      context.report({
        reason: `This sentence has ${counted.length} words (limit ${sentenceLimit} for ${context.channel}): split it into shorter sentences.`,
        start: unit.start,
        end: unit.end,
        span: true,
        note: 'Long sentences hide the answer. Seed 002 書面溝通規範: 邏輯清晰 內容結構有序.'
      })
    }
  }

  if (wordCount > messageWords && firstOver && lastWord) {
    context.report({
      reason: `This reply has ${wordCount} words (limit ${messageWords} for ${context.channel}): cut it to the answer and the next step.`,
      start: firstOver.start,
      end: lastWord.end,
      span: true
    })
  }

  const messageChars = options.messageChars ?? settings.messageChars
  const post = messageChars === undefined ? undefined : postLength(text, context.masks)
  if (post && messageChars !== undefined && post.length > messageChars) {
    const length = post.length
    const offset = post.offsetAt(messageChars)
    context.report({
      reason: `This reply has ${length} characters (limit ${messageChars} for ${context.channel}): shorten it or split it into two posts.`,
      start: offset,
      end: text.trimEnd().length,
      span: true
    })
  }
}

const zhTable = new Map(zh.wordy.map((entry) => [entry.phrase, entry]))
const zhFind = phraseFinder([...zhTable.keys()], 'zh')
const zhNote = '短句好读。Seed 002 書面溝通規范: 語言簡潔 表達簡明扼要,避免冗余詞匯.'
const zhLengthNote = '长句子会把答案藏起来。Seed 002 書面溝通規范: 邏輯清晰 內容結構有序.'

/** The team's own wordy phrases (`phrases`), compiled once per list; never fixed. */
const withTeamPhrasesZh = optionCache((phrases: Record<string, string>) => {
  const table = new Map(zhTable)
  for (const [phrase, short] of Object.entries(phrases)) table.set(phrase, {phrase, short, fix: false, example: ''})
  return {table, find: phraseFinder([...table.keys()], 'zh')}
})

function zhPhrases(phrases: Record<string, string> | undefined) {
  return !phrases || Object.keys(phrases).length === 0 ? {table: zhTable, find: zhFind} : withTeamPhrasesZh(phrases)
}

/** What a reader of Chinese counts: each Han character, and each run of Latin letters or digits as one. */
const zhCountable = /\p{Script=Han}|[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*/gu

function countedChars(unitText: string, start: number, isMasked: (start: number, end: number) => boolean): Word[] {
  return execAll(zhCountable, unitText)
    .map((match) => ({text: match[0], start: start + match.index, end: start + match.index + match[0].length}))
    .filter((word) => unitText[word.start - start - 1] !== '@' && !isMasked(word.start, word.end))
}

function checkChinese(context: RuleContext<Options>) {
  const settings = preset(context.channel)
  const options = context.options
  const allow = new Set((options.allow ?? []).map(normalizePhrase))
  const {table, find} = zhPhrases(options.phrases)
  const channel = zh.channelNames[context.channel]
  const all = units(context.tree, context.text).filter((unit) => !context.isMasked(unit.start, unit.start + 1))

  for (const unit of all) {
    for (const match of find(unit.text)) {
      const entry = table.get(match.text)
      if (!entry || allow.has(normalizePhrase(match.text))) continue
      const start = unit.start + match.index
      const awkward = entry.dummyVerb === true && zh.objectBefore.test(unit.text.slice(0, match.index))
      const reason = awkward
        ? `“${match.text}”啰嗦：把“对……${match.text}”改成“${entry.short}……”，例如把“对订单进行核实”写成“核实订单”。`
        : `“${match.text}”啰嗦：写“${entry.short}”即可${entry.example ? `，${entry.example}` : ''}。`
      context.report({
        reason,
        start,
        end: start + match.text.length,
        expected: [entry.short],
        fixable: entry.fix && !awkward,
        note: zhNote
      })
    }

    // 大约三天左右: drop 左右.
    const boundaries = segmentBoundaries(unit.text)
    for (const match of execAll(zh.aboutAround, unit.text)) {
      const end = match.index + match[0].length
      if (!boundaries.has(match.index) || !boundaries.has(end) || allow.has(normalizePhrase(match[0]))) continue
      const start = unit.start + end - 2
      context.report({
        reason: `“${match[0]}”重复了：“${match[1]}”和“左右”留一个就够，例如“${match[1]}${match[2]}”。`,
        start,
        end: start + 2,
        actual: '左右',
        expected: [''],
        fixable: true,
        note: zhNote
      })
    }

    const sentenceLimit = options.sentenceChars ?? settings.sentenceChars
    const counted = countedChars(unit.text, unit.start, context.isMasked)
    if (counted.length > sentenceLimit) {
      context.report({
        reason: `这句话有${counted.length}个字（${channel}每句最多${sentenceLimit}个字）：请拆成几句短句，一句只说一件事，例如“您的订单已发货。预计明天送达。”`,
        start: unit.start,
        end: unit.end,
        span: true,
        note: zhLengthNote
      })
    }
  }

  const replyLimit = options.replyChars ?? settings.replyChars
  const everyChar = all.flatMap((unit) => countedChars(unit.text, unit.start, context.isMasked))
  if (everyChar.length > replyLimit) {
    context.report({
      reason: `这条回复有${everyChar.length}个字（${channel}最多${replyLimit}个字）：只留答复和下一步，其余的删掉或另发一条。`,
      start: everyChar[replyLimit]!.start,
      end: everyChar[everyChar.length - 1]!.end,
      span: true
    })
  }
}

const brevity = defineRule<Options>(
  {
    id: 'brevity',
    description: 'Keep replies short: short forms for wordy phrases, short sentences, a reply within the channel’s length.',
    fixable: true,
    severity: 'warn',
    options: {
      sentenceWords: 'number',
      messageWords: 'number',
      messageChars: 'number',
      sentenceChars: 'number',
      replyChars: 'number',
      phrases: 'record',
      allow: 'string[]'
    }
  },
  {en: checkEnglish, zh: checkChinese}
)

export default brevity
