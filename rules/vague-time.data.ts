/**
 * Data for `vague-time`: commitments with no time.
 * Seeds: 002 專業解決 設定清晰的時間表和期望; 003 流失定律 及时对服务失误进行说明,对后续信息汇报.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

const instead = 'give a day or an hour, e.g. “by Friday” or “within 2 hours”.'

/**
 * The customer's action, not our commitment: "please reply ASAP so we can
 * fix it", "could you send it as soon as possible?". Not "please know we
 * will reply soon", nor "can you share the details so we can reach out ASAP"
 * (we act after the request).
 */
const askingTheCustomer =
  /\b(?:please(?!\s+(?:know|note|be\s+assured|rest\s+assured))|(?:can|could|would|will)\s+you)\b(?:(?!\b(?:we|i|us)\b)[^.,;:!?])*$/i

export const entries: PhraseEntry[] = [
  {
    phrases: ['soon', 'shortly', 'very soon', 'really soon'],
    reason: (found) => `“${found}” leaves the customer guessing: ${instead}`,
    // Wishes, not commitments: "talk soon", "get well soon", "hope to see you soon".
    unlessBefore: new RegExp(
      String.raw`\b(?:talk|speak|see you|chat|well|hear from you|back|hopefully|hope(?:\s+\w+){0,4}|as)\s+$|${askingTheCustomer.source}`,
      'i'
    )
  },
  {
    phrases: [
      'asap',
      'as soon as possible',
      'as soon as we can',
      'as soon as i can',
      'as soon as we are able',
      "as soon as we're able",
      "as soon as i'm able",
      'as quickly as possible',
      'as quickly as we can'
    ],
    reason: (found) => `“${found}” is no time at all: ${instead}`,
    unlessBefore: askingTheCustomer
  },
  {
    phrases: ['in a timely manner', 'in a timely fashion', 'in due course', 'in the near future', 'at some point', 'at a later date', 'in the coming days'],
    reason: (found) => `“${found}” is no commitment: ${instead}`
  },
  {
    phrases: ["i'll get back to you", "we'll get back to you", 'i will get back to you', 'we will get back to you', "we'll be in touch", 'we will be in touch', "i'll be in touch", "we'll follow up", 'we will follow up', "i'll follow up"],
    reason: (found) => `Say when: “${found} by …”, e.g. “We will get back to you by 5 pm tomorrow.”`,
    // A time right after it, or a vague time word later in the sentence (reported on its own: one message, not two).
    unlessAfter:
      /^\s+(?:by|within|on|before|at|in \d|today|tomorrow|tonight|this|next)\b|^.*\b(?:soon|shortly|asap|as soon as|as quickly as|in a timely|in due course|in the near future|at some point|at a later date|in the coming days)\b/i
  }
]

/** Our commitment: the agent or the company acts. */
export const commitment = /\b(?:we|i|our|us|we['’](?:ll|re|ve)|i['’](?:ll|m|ve))\b/i

/** A hope or a wish is no commitment: "Hopefully we'll have it soon", "We look forward to seeing you soon". */
export const hope = /\b(?:hopefully|hope|fingers crossed|look forward|looking forward|wish)\b/i

/**
 * A concrete time: a weekday, today or tomorrow, a clock time, a date, a
 * number of hours or days. One in the same sentence or the next makes a
 * vague word fine ("shortly — by 5 pm today").
 */
export const concreteTime = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|month)`,
      String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`,
      String.raw`by (?:noon|midday|the end of|end of|close of|eod|cob|the weekend)|end of (?:the )?day|close of business`,
      String.raw`\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}`,
      // "within 2 days", "in an hour", "within the next hour", "in a few minutes" (a few days is no bound a customer can plan on).
      String.raw`(?:within|in|under)\s+(?:the\s+next\s+(?:(?:\d+|a|an|one|two|three|four|five)\s*)?|(?:\d+|a|an|the|one|two|three|four|five)\s*)(?:-\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?|weeks?)\b`,
      String.raw`(?:within|in|under)\s+(?:the\s+next\s+)?(?:a\s+)?few\s+(?:minutes?|mins?|hours?|hrs?)\b`,
      String.raw`\d+\s*(?:-\s*\d+\s*)?(?:minutes?|hours?|business days?|working days?)`,
      // Dates: "May 5", "5 May", "the 5th", "12/03".
      String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`,
      String.raw`\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b`
    ].join('|') +
    ')',
  'i'
)
