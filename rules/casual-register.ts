/**
 * `casual-register`: the formal word, not chat slang.
 */
import {defineRule} from '../src/rule.js'
import {replaceWords} from '../src/text/edits.js'
import {execAll, normalizePhrase, phraseSource} from '../src/text/phrases.js'
import {units} from '../src/text/units.js'
import * as data from './casual-register.data.js'

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
const pattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.'’\-/@#])(?:${[...byWord.keys()].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\p{L}\p{N}_'’\-/]|\.\p{L})`,
  'giu'
)

const casualRegister = defineRule<Options>(
  {
    id: 'casual-register',
    description: 'Write formally: no chat slang such as “gonna”, “u”, “thx” or “lol”.',
    fixable: true,
    severity: 'warn',
    options: {allowInChat: 'boolean', allow: 'string[]'}
  },
  (context) => {
    if (context.channel === 'chat' && context.options.allowInChat) return
    const allow = new Set((context.options.allow ?? []).map(normalizePhrase))
    for (const unit of units(context.tree)) {
      for (const match of execAll(pattern, unit.text)) {
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
)

export default casualRegister
