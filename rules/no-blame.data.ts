/**
 * Data for `no-blame`: blaming, lecturing or arguing with the customer.
 * Seeds: 000 记住绝对不要急著辩护、争论或以负面方式回应; 004 客户永远不会成为服务人员的出气筒.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

export const entries: PhraseEntry[] = [
  {
    phrases: ['you failed to', 'you did not follow', "you didn't follow", 'you neglected to', 'your fault', 'you were supposed to'],
    reason: (found) => `“${found}” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”`
  },
  {
    phrases: ['you should have', "you should've", 'you ought to have', 'if you had read', "you didn't read", 'you did not read'],
    reason: (found) => `“${found}” lectures the customer about the past: say what to do now, e.g. “Next time, the tracking page shows this.”`,
    // "You should have received an email", "you should have the paid plan": what the customer can expect, not blame.
    unlessAfter: /^\s+(?:received|gotten|got|seen|been|the|a|an|your|access|now|already|it|one|two|three|\d)\b/i
  },
  {
    phrases: ["why didn't you", 'why did you not', "why haven't you", "why don't you just"],
    reason: (found) => `“${found}” sounds like an accusation: ask for what you need, e.g. “Could you tell me when you placed the order?”`
  },
  {
    phrases: [
      'as i already said',
      'as i said',
      'as i have already said',
      "as i've already said",
      'as i already mentioned',
      'as i already explained',
      'as we already told you',
      'as previously stated',
      'as stated previously',
      'as stated before',
      'like i said',
      'per my last email',
      'as per my last email',
      'per my previous email',
      'as per my previous email',
      'i repeat'
    ],
    reason: (found) => `“${found}” reads as impatience: restate the point plainly, e.g. “To recap: …”.`
  },
  {
    phrases: ['calm down', 'you need to calm down', 'please calm down', 'there is no need to shout', 'no need to be rude', "you're wrong", 'you are wrong', 'you misunderstood'],
    reason: (found) => `“${found}” argues with the customer: acknowledge and move on, e.g. “I understand this is frustrating; here is what I can do.”`
  }
]
