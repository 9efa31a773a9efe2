/**
 * Data for `over-promise`: promises an agent cannot be sure to keep.
 * Seeds: 003 模式三 口气比力气大,承诺比兑现多; 002 誠信 不欺瞞、不夸大;
 * 002 專業解決 實質性的問題解決而非空洞承諾.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

const instead = 'say what you will do and when, e.g. “We will check it today and email you by 5 pm.”'

/** Negated or policy uses: "we can't guarantee", "money-back guarantee". */
const negatedBefore = /\b(?:not|n['’]t|cannot|no|never|any)\s+(?:\w+\s+)?$/i

export const entries: PhraseEntry[] = [
  {
    phrases: ['guarantee', 'guarantees', 'guaranteed', 'we guarantee', 'i guarantee'],
    reason: (found) => `“${found}” promises more than you control: ${instead}`,
    // A policy or the noun: "30-day money-back guarantee", "covered by our guarantee".
    unlessBefore: new RegExp(
      String.raw`(?:${negatedBefore.source})|(?:money[- ]back|price|price[- ]match|satisfaction|lifetime|delivery|best[- ]price|happiness|(?:\d+|one|two|three|five|ten|thirty|sixty|ninety)[- ](?:day|week|month|year)s?|the|our|your|its|this|that|a)\s+$`,
      'i'
    ),
    unlessAfter: /^\s+(?:policy|period|terms|program|programme|scheme)\b/i
  },
  {
    phrases: ['i promise', 'we promise', 'promise you', 'i can promise', 'we can promise'],
    reason: (found) => `“${found}” is a promise you may not be able to keep: ${instead}`,
    unlessBefore: negatedBefore
  },
  {
    // Certainty about the future; "definitely" as a plain intensifier ("we definitely want to help") is fine.
    phrases: [
      'will definitely',
      "'ll definitely",
      'definitely will',
      'definitely going to',
      'is definitely arriving',
      'definitely be fixed',
      'definitely be resolved',
      'without a doubt',
      '100% sure',
      '100% certain',
      '100 percent sure',
      'one hundred percent sure',
      'absolutely certain'
    ],
    reason: (found) => `“${found}” sounds certain; if it is not in your hands, ${instead}`
  },
  {
    phrases: ['never happen again', "won't happen again", 'will not happen again', 'never happens again', "won't ever happen again", 'will not ever happen again', 'never ever happen again'],
    reason: (found) => `“${found}” cannot be promised: say what you changed so it is less likely, e.g. “We have added a check to stop this.”`
  },
  {
    phrases: ['i assure you', 'we assure you', 'i can assure you', 'we can assure you'],
    reason: (found) => `“${found}” asks for trust instead of giving facts: ${instead}`
  }
]
