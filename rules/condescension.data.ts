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

const verbs = instructionVerbs.join('|')

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
    phrases: ['of course you', 'as you know', 'as you should know', 'everyone knows', 'as everyone knows', "it's easy", 'it is easy', "it's simple", 'it is simple'],
    reason: (found) => `“${found}” can make the customer feel slow: state the fact without it.`
  },
  {
    phrases: ['basically'],
    reason: (found) => `“${found}” adds nothing and can sound dismissive: drop it.`,
    expected: [''],
    fixable: true
  },
  {
    phrases: ['just', 'simply'],
    reason: (found) =>
      `“${found}” before an instruction suggests it is trivial; if the customer is stuck it was not: drop “${found.toLowerCase()}”.`,
    expected: [''],
    fixable: true,
    // Only before an instruction: "just click", not "I just checked", "just now", "just in case".
    unlessAfter: new RegExp(String.raw`^(?!\s+(?:${verbs})\b)`, 'i'),
    unlessBefore: /\b(?:i|we|i['’]ve|we['’]ve|have|has|had|it)\s+$/i
  }
]
