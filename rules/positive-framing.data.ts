/**
 * Data for `positive-framing`: ways an agent says what cannot be done, and
 * what counts as offering an alternative right after it.
 * Seed: 002 肯定性表達 — 強調可以做什麼而非不能做什麼。
 */

/** The agent (or the company) as the subject. */
export const subjects = ['we', 'i', 'our team', 'the team']

/** Negative ability or permission after an agent subject. */
export const negatives = [
  "can't",
  'cannot',
  'can not',
  'are unable to',
  "'re unable to",
  'am unable to',
  "'m unable to",
  'are not able to',
  "aren't able to",
  "'re not able to",
  'am not able to',
  "'m not able to",
  "won't be able to",
  'will not be able to',
  'are not allowed to',
  "aren't allowed to",
  "'re not allowed to",
  'are not permitted to',
  "don't have the ability to",
  'do not have the ability to',
  "have no way to",
  "don't offer",
  'do not offer',
  "don't accept",
  'do not accept',
  "don't allow",
  'do not allow',
  "don't provide",
  'do not provide',
  "don't support",
  'do not support',
  "don't do",
  'do not do',
  "don't issue",
  'do not issue',
  "don't ship",
  'do not ship',
  "don't give",
  'do not give',
  "don't sell",
  'do not sell',
  "won't accept",
  "won't refund",
  "won't replace",
  "won't be refunding"
]

/** Impersonal refusals: no subject, same effect on the reader. */
export const impersonal = [
  'it is not possible',
  "it's not possible",
  'it isn’t possible',
  "it isn't possible",
  'that is not possible',
  "that's not possible",
  'this is not possible',
  "this isn't possible",
  "that's impossible",
  'that is impossible',
  "there's nothing we can do",
  'there is nothing we can do',
  "there's nothing i can do",
  'there is nothing i can do',
  "that's not something we can",
  'that is not something we can',
  "it's not something we can",
  'this is not something we can'
]

/**
 * Words right after "can't" that turn it into warmth, not refusal:
 * "we can't wait", "I can't thank you enough", "we can't imagine how
 * frustrating".
 */
export const friendlyContinuations = [
  'wait',
  'thank',
  'thanks',
  'imagine',
  'believe',
  'apologize enough',
  'apologise enough',
  'say enough',
  'stress enough',
  'emphasize enough',
  'express',
  'help but',
  'tell you how',
  'wait to'
]

/**
 * An alternative offered after the refusal, in the same or the next sentence:
 * what we can do or what the customer can do. A bare request ("Send us your
 * order number.") is a next step, not an alternative, so it does not count.
 */
export const alternatives = [
  'instead',
  'alternatively',
  'however',
  'but we',
  'but i',
  'but you',
  'but there',
  'what we can do',
  'what i can do',
  'happy to',
  'glad to',
  'pleased to',
  'be able to',
  'recommend',
  'suggest',
  'feel free',
  'the best way',
  'option',
  'options',
  'you may',
  'here is',
  "here's",
  // Sending the customer where they can be helped is a way forward too.
  'reach out',
  'contact',
  'please call',
  'please visit',
  'please see',
  'please check',
  'check out',
  'for more information',
  'for customer service',
  'for assistance',
  'for help with',
  'for support'
]

/** Modal forms of an offer: "we can", "you'll", "I will" (not negated). */
export const offerPattern = /\b(?:we|i|you|they)(?:['’]ll|['’]d| will| can| could| would| may| might)\b(?!\s*(?:not\b|n['’]t))(?!n['’]t)/i

/**
 * A way forward given before the refusal, in the same or the previous
 * sentence: a link, or a pointer to where the customer gets help.
 */
export const wayForwardBefore = /(?:https?:\/\/|www\.)\S+|\b(?:please\s+(?:visit|see|check|click|head|go|use|try|refer)|head\s+(?:over\s+)?to|you\s+can\s+(?:find|reach|visit|contact|use|try|request|ask)|(?:would\s+you\s+mind|could\s+you|can\s+you)\s+(?:please\s+)?(?:send|share|provide|tell|confirm|sending|sharing|providing))\b/i

/**
 * Not a refusal: a warning about a consequence ("Keep in mind that …, we
 * are unable to re-enable it") or the reason for one ("why we can't").
 */
export const notRefusalBefore = /\b(?:keep\s+in\s+mind|note\s+that|please\s+note|be\s+aware|bear\s+in\s+mind|why|how|understand\s+that)\b[^.!?]*$/i

/** A finding, not a refusal: "we can't reproduce the problem", "we are unable to replicate it". */
export const findingAfter = /^\s+(?:reproduce|replicate|recreate|find\s+any\s+(?:issue|problem|error)s?)\b/i
