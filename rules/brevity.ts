/**
 * `brevity`: short forms for wordy phrases, sentences and replies within the
 * channel's length.
 */
import {preset} from '../src/presets.js'
import {replaceWords} from '../src/text/edits.js'
import {defineRule} from '../src/rule.js'
import {findAll, normalizePhrase, phrasePattern} from '../src/text/phrases.js'
import {units, words, type Word} from '../src/text/units.js'
import type {Mask} from '../src/types.js'
import * as data from './brevity.data.js'

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

/** Words a reader reads: links and @handles are not prose. */
function proseWords(unitText: string, start: number, isMasked: (start: number, end: number) => boolean): Word[] {
  return words(unitText, start).filter((word) => !word.text.startsWith('@') && !isMasked(word.start, word.end))
}

const brevity = defineRule<Options>(
  {
    id: 'brevity',
    description: 'Keep replies short: short forms for wordy phrases, short sentences, a reply within the channel’s length.',
    fixable: true,
    severity: 'warn',
    options: {sentenceWords: 'number', messageWords: 'number', messageChars: 'number', phrases: 'record', allow: 'string[]'}
  },
  (context) => {
    const settings = preset(context.channel)
    const options = context.options
    const allow = new Set((options.allow ?? []).map(normalizePhrase))
    const extra = new Map(
      Object.entries(options.phrases ?? {}).map(([phrase, short]) => [normalizePhrase(phrase), {phrase, short, fix: false}])
    )
    const table = extra.size > 0 ? new Map([...builtIn, ...extra]) : builtIn
    const pattern = extra.size > 0 ? phrasePattern(table.keys()) : builtInPattern
    const sentenceLimit = options.sentenceWords ?? settings.sentenceWords
    const text = context.text
    const all = units(context.tree).filter((unit) => !context.isMasked(unit.start, unit.start + 1))

    for (const unit of all) {
      for (const match of findAll(pattern, unit.text, unit.start)) {
        const key = normalizePhrase(match.text)
        const entry = table.get(key)
        if (!entry || allow.has(key)) continue
        const {start, end, text: replacement, safe} = replaceWords(text, match.start, match.end, entry.short, match.start === unit.start)
        const shown = entry.short === '' ? 'drop it' : `write “${entry.short}”`
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

    const messageWords = options.messageWords ?? settings.messageWords
    const everyWord: Word[] = all.flatMap((unit) => proseWords(unit.text, unit.start, context.isMasked))
    if (everyWord.length > messageWords) {
      const over = everyWord[messageWords]!
      context.report({
        reason: `This reply has ${everyWord.length} words (limit ${messageWords} for ${context.channel}): cut it to the answer and the next step.`,
        start: over.start,
        end: everyWord[everyWord.length - 1]!.end,
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
)

export default brevity
