/**
 * Data for `empathy`: what shows a reply answers a problem, and what
 * acknowledges how the customer feels.
 * Seeds: 002 同理共情 “我理解這種情況會讓您感到失望”; 000 敌意客户 积极聆听, 承认客户有此情绪的原因.
 */

/**
 * Words of a problem the customer has had (not of a question). Only specific
 * ones: "issue", "error" and "problem" also fill triage questions and scope
 * notes ("Are you seeing an error?", "support here covers technical issues"),
 * and on the corpus they made most flags wrong.
 */
export const problems = [
  'delay', 'delayed', 'late', 'still not arrived', "hasn't arrived", 'has not arrived', 'never arrived', 'not received',
  "haven't received", 'have not received', 'broken', 'damaged', 'faulty', 'defective', 'missing', 'lost', 'wrong item',
  'wrong order', 'charged twice', 'double charged', 'overcharged', 'charged incorrectly', 'not working', "doesn't work",
  'does not work', "isn't working", 'stopped working', 'outage', 'crash', 'crashes', 'crashed', 'keeps crashing', 'complaint',
  'complain', 'frustrated', 'frustrating', 'disappointed', 'upset', 'angry', 'cancelled your order', 'locked out', 'lost access',
  "can't log in", 'cannot log in', "can't sign in", 'cannot sign in', "can't access", 'cannot access', "won't load", 'not loading',
  "won't open", 'stuck', 'payment failed', 'card declined', 'still waiting', 'been waiting', 'hacked', 'compromised',
  'unauthorized', 'unauthorised', 'refund has not', 'refund hasn’t', 'poor experience', 'bad experience'
]

/** Phrases that hold a problem word but name no problem ("a late checkout"). */
export const notProblems = [
  'late checkout', 'late check-out', 'late check out', 'late fee', 'late fees', 'late night', 'late-night', 'lost and found',
  'lost property', 'missing out', 'stuck with us'
]

/**
 * Acknowledgement of the customer's feelings or trouble. Only phrases that
 * cannot be about something else: not "that sounds" (“that sounds great”),
 * "to hear" (“we'd love to hear more”), "concern" (“if you have any
 * concerns”) or "must have been" (“it must have been lost”).
 */
export const acknowledgements = [
  'sorry', 'apologize', 'apologise', 'apologies', 'apology', 'i understand', 'we understand', 'understandably',
  'i can imagine', 'we can imagine', 'can only imagine', 'must be frustrating', 'must be annoying', 'must be stressful',
  'must be upsetting', 'must have been frustrating', 'must have been annoying', 'must have been stressful',
  'must have been upsetting', 'sounds frustrating', 'sounds annoying', 'sounds stressful', 'sounds like a hassle',
  "that's frustrating", 'that is frustrating', 'how frustrating', 'i hear you', 'we hear you', 'sad to hear', 'hate to hear',
  'unhappy to hear', 'upset to hear', 'saddened to hear', 'concerned to hear', 'disappointed to hear', 'troubled to hear',
  'upsetting to hear', 'bummed to hear', 'gutted to hear', 'not good to hear', 'not what we like to hear', 'thank you for your patience', 'thanks for your patience',
  'appreciate your patience', 'thanks for bearing with', 'not the experience', 'not what we want', 'not what you expected',
  'unfortunate', 'regret', 'i can see why', 'we can see why', 'i see why', 'we know how', 'i know how', 'totally understand',
  'completely understand', 'frustration', 'inconvenience', 'not ideal', 'we get it', 'i get it', 'your concern',
  'your concerns', 'disappointing', 'oh no'
]

/**
 * A problem word in a condition or a negation is no problem the customer
 * has: "if your parcel is lost", "in case it is delayed", "no files will be
 * lost". Tested on the words of the clause before the problem word.
 */
export const conditionInClause = /\b(?:if|in case|whether|unless|should you|in the event)\b[^,;:.!?]*$/i
export const negationBefore = /\b(?:no|not|never|n['’]t|prevent|avoid)\b(?:\s+\S+){0,3}\s*$/i
