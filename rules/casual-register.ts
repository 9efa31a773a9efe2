/**
 * `casual-register`: the formal word, not chat slang.
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {replaceWords} from '../src/text/edits.js'
import {phraseFinder} from '../src/text/phrase-rule.js'
import {asciiTwin} from '../src/text/ascii-twin.js'
import {execAll, mayContain, normalizePhrase, phraseSource} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './casual-register.data.js'
import * as zh from './casual-register.zh.data.js'

export interface Options {
  /** Allow slang in the chat channel (default false). */
  allowInChat?: boolean
  /** Slang this team accepts. */
  allow?: string[]
}

const byWord = new Map(data.slang.flatMap((entry) => entry.words.map((word) => [normalizePhrase(word), entry] as const)))
/**
 * Whole words only; a letter word must not touch dots, hyphens or apostrophes
 * ("U.S.", "U-turn", "Kim U." stay quiet), nor be a capital initial in a name.
 */
const pattern = asciiTwin(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_.'’\-/@#])(?:${[...byWord.keys()].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\p{L}\p{N}_'’\-/]|\.\p{L})`,
    'giu'
  )
)

/** Most sentences hold none of the words: `pattern`, a long alternation, then need not run. */
const maySlang = mayContain([...byWord.keys()])

const casualRegister = defineRule<Options>(
  {
    id: 'casual-register',
    description: 'Write formally: no chat slang such as “gonna”, “u”, “thx” or “lol”.',
    fixable: true,
    severity: 'warn',
    options: {allowInChat: 'boolean', allow: 'string[]'}
  },
  {
    en: checkEnglish,
    zh: checkChinese
  }
)

function checkEnglish(context: RuleContext<Options>) {
  if (context.channel === 'chat' && context.options.allowInChat) return
  const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
  for (const unit of units(context.tree, context.text)) {
    if (!maySlang(unit.text)) continue
    for (const match of execAll(pattern.for(unit.text), unit.text)) {
      const word = match[0]
      const key = normalizePhrase(word)
      const entry = byWord.get(key)
      if (!entry || allow.has(key)) continue
      // One capital letter is an initial or a grade ("Section U", "Plan R"), not slang.
      if (word.length === 1 && word === word.toUpperCase()) continue
      // Agent initials signing a social reply ("^NP", "-NP") are a name.
      if (/[*^~\-–—/]$/.test(unit.text.slice(0, match.index))) continue
      const start = unit.start + match.index
      const end = start + word.length
      // "Keep u posted", "let u know": often "us" typed short, as often "you"; the agent must pick, so no fix.
      if (key === 'u' && /\b(?:keep|let|tell|update|inform)\s+$/i.test(unit.text.slice(0, match.index))) {
        context.report({
          reason: `“${word}” is too casual for a reply to a customer: write “us” or “you”, whichever you mean.`,
          start,
          end,
          expected: ['us', 'you'],
          note: 'Seed 002 語言規範: 避免口語化、隨意化或不恰當表達.'
        })
        continue
      }
      const edit = replaceWords(context.text, start, end, entry.formal, match.index === 0)
      context.report({
        reason:
          entry.formal === ''
            ? `“${word}” is too casual for a reply to a customer: drop it.`
            : `“${word}” is too casual for a reply to a customer: write “${entry.formal}”.`,
        start: edit.start,
        end: edit.end,
        actual: context.text.slice(edit.start, edit.end),
        expected: [edit.text],
        fixable: entry.fix && edit.safe,
        note: 'Seed 002 語言規範: 避免口語化、隨意化或不恰當表達.'
      })
    }
  }
}

/* Chinese: internet slang, and 亲 as an address outside chat. */

const zhNote = 'Seed 002 語言規範: 避免口語化、隨意化或不恰當表達; 得體: 友善而不過度熟絡.'
const zhSlang = zh.slang.map((entry) => ({...entry, find: phraseFinder(entry.phrases, 'zh')}))

function zhReason(entry: zh.ZhSlang, found: string, formal: string): string {
  if (entry.allowedIn) {
    return `“${found}”是网购聊天里的昵称，在邮件和公开回复里过于随意：请称呼“${formal}”，例如“${entry.example}”`
  }
  if (formal === '') return `“${found}”${entry.why ?? '过于随意'}：删掉它，例如写“${entry.example}”`
  return `“${found}”是网络用语，回复客户不够正式：请写“${formal}”，例如“${entry.example}”`
}

function checkChinese(context: RuleContext<Options>) {
  if (context.channel === 'chat' && context.options.allowInChat) return
  const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
  const entries = zhSlang.filter(
    (entry) =>
      !entry.phrases.some((phrase) => allow.has(normalizePhrase(phrase))) &&
      !entry.allowedIn?.includes(context.channel) &&
      (!entry.onlyIn || entry.onlyIn.includes(context.channel))
  )
  if (entries.length === 0) return
  // 木有 → 沒有 in a reply written in traditional characters.
  const traditional = (context.text.match(zh.traditionalOnly)?.length ?? 0) > (context.text.match(zh.simplifiedOnly)?.length ?? 0)
  for (const unit of units(context.tree, context.text)) {
    const found: Array<{entry: (typeof zhSlang)[number]; start: number; end: number; text: string}> = []
    for (const entry of entries) {
      for (const match of entry.find(unit.text)) {
        const before = unit.text.slice(0, match.index)
        const after = unit.text.slice(match.index + match.text.length)
        if (entry.unlessBefore?.test(before) || entry.unlessAfter?.test(after)) continue
        if (entry.onlyWhen && !entry.onlyWhen(before, after)) continue
        found.push({entry, start: match.index, end: match.index + match.text.length, text: match.text})
      }
    }
    // The longest wins: 有木有 over 木有, 亲亲 over 亲, 哈哈哈 over 哈哈.
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    let reachedTo = -1
    for (const hit of found) {
      if (hit.start < reachedTo) continue
      reachedTo = hit.end
      const formal = traditional && hit.entry.formalTraditional ? hit.entry.formalTraditional : hit.entry.formal
      const start = unit.start + hit.start
      context.report({
        reason: zhReason(hit.entry, hit.text, formal),
        start,
        end: start + hit.text.length,
        expected: [formal],
        fixable: hit.entry.fix,
        note: zhNote
      })
    }
  }
}

export default casualRegister
