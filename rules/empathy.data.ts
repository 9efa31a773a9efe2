/**
 * Data for `empathy`: what shows a reply answers a problem, and what
 * acknowledges how the customer feels.
 * Seeds: 002 同理共情 “我理解這種情況會讓您感到失望”; 000 敌意客户 积极聆听, 承认客户有此情绪的原因.
 */

/** Words of a problem the customer has had (not of a question). */
export const problems = [
  'delay', 'delayed', 'late', 'still not arrived', "hasn't arrived", 'has not arrived', 'never arrived', 'not received',
  "haven't received", 'have not received', 'broken', 'damaged', 'faulty', 'defective', 'missing', 'lost', 'wrong item',
  'wrong order', 'charged twice', 'double charged', 'overcharged', 'charged incorrectly', 'not working', "doesn't work",
  'does not work', "isn't working", 'stopped working', 'outage', 'crash', 'crashes', 'crashed', 'complaint', 'complain',
  'frustrated', 'frustrating', 'disappointed', 'upset', 'angry', 'cancelled your order', 'locked out', 'lost access',
  'hacked', 'compromised', 'unauthorized', 'unauthorised', 'refund has not', 'refund hasn’t', 'poor experience', 'bad experience'
]

/** Acknowledgement of the customer's feelings or trouble. */
export const acknowledgements = [
  'sorry', 'apologize', 'apologise', 'apologies', 'apology', 'i understand', 'we understand', 'understandably',
  'i can imagine', 'we can imagine', 'can only imagine', 'must be frustrating', 'must be annoying', 'must have been',
  'that sounds', 'this sounds', 'i hear you', 'we hear you', 'hear that', 'hear about', 'to hear', 'thank you for your patience',
  'thanks for your patience', 'appreciate your patience', 'thanks for bearing with', 'not the experience', 'not what we want',
  'not what you expected', 'unfortunate', 'regret', 'i can see why', 'we can see why', 'i see why', 'we know how',
  'i know how', 'totally understand', 'completely understand', 'frustration', 'inconvenience', 'not ideal', 'we get it',
  'i get it', 'hate to hear', 'concern', 'disappointing'
]
