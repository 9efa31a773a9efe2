/**
 * Data for `sincere-apology`: apologies that are not, and blame pushed
 * elsewhere.
 * Seeds: 002 服務補救 誠懇道歉 … 說明原因(但不是借口); 002 職業操守 責任 不推諉、不逃避;
 * 003 模式六 有自我服务,没有全面服务.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

const stock = (found: string) =>
  `“${found}” is a stock phrase that doubts the problem: name it, e.g. “I’m sorry you had to wait two weeks for your refund.”`

/** Only in an apology: "we will make up for any inconvenience" or "the damage this may have caused" is no hedged apology. */
const noApology = /^(?![\s\S]*\b(?:sorry|apologi[sz]e|apologies|regret)\b)/i

export const entries: PhraseEntry[] = [
  {
    phrases: [
      'sorry if you feel',
      'sorry you feel',
      'sorry that you feel',
      'sorry you feel that way',
      'sorry if you felt',
      'sorry you felt',
      'sorry if you were offended',
      'sorry if this upset you',
      'sorry if that upset you',
      'regret that you feel',
      'apologize if you feel',
      'apologise if you feel',
      'sorry if you think',
      'sorry you think',
      'sorry that you think',
      'sorry if you thought',
      'sorry if you believe',
      'sorry if you were inconvenienced',
      'apologize if you were inconvenienced',
      'apologise if you were inconvenienced',
      'sorry if you were disappointed',
      'sorry if anyone was offended'
    ],
    reason: (found) =>
      `“${found}” apologises for the customer’s feelings, not for what happened: say what went wrong, e.g. “I’m sorry your order arrived late.”`
  },
  {
    phrases: [
      'for any inconvenience',
      'for any inconvenience this may have caused',
      'for any inconvenience caused',
      'for any inconvenience this may cause',
      'for any inconvenience that this may have caused',
      'if this caused any inconvenience',
      'if there was any inconvenience',
      'regret any inconvenience'
    ],
    reason: stock,
    unlessUnit: noApology
  },
  {
    // The hedge after another word: "sorry for the frustration this may have caused".
    phrases: ['this may have caused', 'this might have caused', 'that may have caused', 'that might have caused', 'this may be causing', 'this might be causing'],
    reason: stock,
    unlessUnit: noApology,
    // "for any inconvenience this might be causing" is one message, on "for any inconvenience".
    unlessBefore: /\bany\s+inconvenience\s+$/i
  },
  {
    phrases: [
      'not our fault',
      'not my fault',
      "it's not our fault",
      'not my department',
      'not our department',
      'not my job',
      'not our job',
      'not my problem',
      'not our problem',
      'not our responsibility',
      'not my responsibility',
      'nothing to do with us',
      'out of our hands',
      "courier's problem",
      "courier's fault",
      "carrier's problem",
      "carrier's fault",
      "bank's problem",
      "bank's fault",
      "manufacturer's problem",
      "manufacturer's fault",
      "supplier's fault",
      "warehouse's fault",
      'blame the courier',
      'blame the carrier',
      "courier's responsibility",
      "carrier's responsibility",
      "seller's responsibility",
      "bank's responsibility",
      'take it up with the courier',
      'take it up with the carrier',
      'take it up with the bank',
      'take it up with the seller',
      'take it up with the manufacturer',
      'take that up with the courier',
      'take that up with the bank',
      'on the courier, not us',
      'nothing to do with me'
    ],
    reason: (found) =>
      `“${found}” pushes the problem away: own it and say what you will do, e.g. “I’ll chase the courier for you today.”`
  }
]
