/**
 * Data for `no-blame`: blaming, lecturing or arguing with the customer.
 * Seeds: 000 记住绝对不要急著辩护、争论或以负面方式回应; 004 客户永远不会成为服务人员的出气筒.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

export const entries: PhraseEntry[] = [
  {
    phrases: [
      'you failed to',
      'you did not follow',
      "you didn't follow",
      'you neglected to',
      'your fault',
      'you were supposed to',
      'you forgot to',
      "you didn't provide",
      'you did not provide',
      "you didn't include",
      'you did not include',
      "you didn't tell us",
      'you did not tell us',
      'you never told us',
      "you didn't mention",
      'you did not mention',
      'you must have entered',
      'you must have typed',
      'you must have missed',
      'you must have forgotten',
      'you must have deleted',
      'you must have clicked',
      'you must have ignored',
      'you must have overlooked'
    ],
    reason: (found) => `“${found}” blames the customer: describe the fix instead, e.g. “The form needs the order number; here is where to find it.”`,
    // A condition blames no one: "if you forgot to add the code, …", "in case you did not include it".
    unlessBefore: /\b(?:if|in case|whether|unless)\s+$/i
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
      'per my last message',
      'as per my last message',
      'per my previous message',
      'as per my previous message',
      'as previously mentioned',
      'as mentioned previously',
      'as i mentioned before',
      'as i mentioned earlier',
      'as i have already explained',
      "as i've already explained",
      'as we have already explained',
      'as already explained',
      'as already mentioned',
      'i already told you',
      'i have already told you',
      "i've already told you",
      'as i told you',
      'as we told you',
      'i repeat'
    ],
    reason: (found) => `“${found}” reads as impatience: restate the point plainly, e.g. “To recap: …”.`
  },
  {
    phrases: ['calm down', 'you need to calm down', 'please calm down', 'there is no need to shout', 'no need to be rude', "you're wrong", 'you are wrong', 'you misunderstood'],
    reason: (found) => `“${found}” argues with the customer: acknowledge and move on, e.g. “I understand this is frustrating; here is what I can do.”`
  }
]
