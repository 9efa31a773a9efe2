/**
 * Data for `condescension`: words that talk down to the customer (in the
 * spirit of retext-equality's condescending words, curated for replies).
 * Seeds: 002 職業禮儀 尊重; 003 模式五 有以貌取人,没有一视同仁.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

/** Instructions that "just" or "simply" make sound trivial. */
export const instructionVerbs = [
  'click', 'tap', 'go', 'open', 'select', 'enter', 'restart', 'reboot', 'log', 'sign', 'type', 'follow', 'download', 'install',
  'reinstall', 'update', 'reset', 'visit', 'send', 'reply', 'check', 'use', 'press', 'hit', 'choose', 'delete', 'remove', 'add',
  'change', 'turn', 'switch', 'unplug', 'plug', 'clear', 'read', 'scroll', 'copy', 'paste', 'drag', 'fill', 'upgrade', 'refresh'
]

/**
 * "just" about the agent's own action ("I'll just check", "let me just
 * look", "we can just send a new one") or about the recent past ("did you
 * just restart it?", "you've just updated") is no instruction.
 */
const ownActionOrPast = new RegExp(
  [
    String.raw`\b(?:i|we|it|let\s+me|let\s+us|let['’]s)(?:['’](?:ll|d|ve|m|re))?(?:\s+(?:will|would|can|could|may|might|shall|am|are|have|had|also|need\s+to|want\s+to|wanted\s+to|going\s+to))*\s+$`,
    String.raw`\b(?:have|has|had)\s+$`,
    String.raw`\b(?:have|has|had|did)\s+(?:you|they|we|i|it)\s+$`,
    String.raw`\b(?:you|they)['’]ve\s+$`
  ].join('|'),
  'i'
)

const verbs = instructionVerbs.join('|')

const trivial = (found: string) =>
  `“${found}” before an instruction suggests it is trivial; if the customer is stuck it was not: drop “${found.toLowerCase()}”.`

export const entries: PhraseEntry[] = [
  {
    phrases: ['obviously', 'clearly'],
    reason: (found) => `“${found}” can make the customer feel slow: drop it and state the fact.`,
    expected: [''],
    fixable: true,
    // "clearly" as a manner adverb is fine: "please write it clearly", "clearly visible".
    unlessAfter: /^\s+(?:visible|marked|labell?ed|written|shown|explain|state|describe|legible)\b/i,
    unlessBefore: /\b(?:write|explain|state|describe|print|label|mark|speak|show)\s+(?:\w+\s+){0,2}$|(?:not|n['’]t|more|less)\s+$/i
  },
  {
    // Dropping these changes the sentence: the agent rewrites it.
    phrases: [
      'of course you',
      'as you know',
      'as you should know',
      'everyone knows',
      'as everyone knows',
      "it's easy",
      'it is easy',
      "it's very easy",
      "it's really easy",
      "it's simple",
      'it is simple',
      "it's very simple",
      "it's straightforward",
      'it is straightforward'
    ],
    reason: (found) => `“${found}” can make the customer feel slow: state the fact without it.`,
    // Kind uses: "of course you can return it", "it's easy to miss this setting".
    unlessAfter: /^\s+(?:can|may|could|are\s+welcome|['’]re\s+welcome|are\s+right|['’]re\s+right|to\s+(?:miss|overlook|forget|confuse|mix|get\s+confused|get\s+lost|see\s+why))\b/i
  },
  {
    phrases: ['easily'],
    reason: () => '“easily” suggests it is trivial; if the customer is stuck it was not: drop it.',
    expected: [''],
    fixable: true,
    // Only in what the customer can do ("you can easily change it"), not "so we can easily find your order".
    unlessBefore: /^(?![\s\S]*\byou(?:['’]ll|\s+(?:can|could|will|may))(?:\s+(?:also|now))?\s+$)/i
  },
  {
    phrases: ['basically'],
    reason: (found) => `“${found}” adds nothing and can sound dismissive: drop it.`,
    expected: [''],
    fixable: true
  },
  {
    phrases: ['just', 'simply'],
    reason: trivial,
    expected: [''],
    fixable: true,
    // Only before an instruction: "just click", not "I just checked", "just now", "just in case".
    unlessAfter: new RegExp(String.raw`^(?!\s+(?:${verbs})\b)`, 'i'),
    unlessBefore: ownActionOrPast
  },
  {
    // "You just need to restart": an instruction too. Only after "you": "we're here to help, just need more info" drops its "we".
    phrases: ['just', 'simply'],
    reason: trivial,
    expected: [''],
    fixable: true,
    unlessAfter: /^(?!\s+need\b)/i,
    unlessBefore: /^(?![\s\S]*\byou\s+$)/i
  }
]
