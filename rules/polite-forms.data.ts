/**
 * Data for `polite-forms`.
 * Seeds: 002 語言溝通藝術 禮貌用語 使用"請"、"謝謝"; 002 書面溝通規範
 * 專業格式包括適當的稱呼 … 禮貌性結束語.
 */

/**
 * Verbs that open a request: the customer is asked to do something for us
 * (send, confirm, fill in). Each must be followed by an object or particle
 * (see `objects`) to count, so that "Email address is required" or "Call
 * centre hours" stay quiet. Suggestions ("Try these steps", "Check out this
 * article") are not on the list: they offer help rather than ask for it.
 */
export const requestVerbs = [
  'send',
  'provide',
  'give',
  'dm',
  'pm',
  'email',
  'e-mail',
  'call',
  'contact',
  'reply',
  'respond',
  'tell',
  'share',
  'confirm',
  'forward',
  'attach',
  'include',
  'fill',
  'complete',
  'submit',
  'upload',
  'verify',
  'drop',
  'shoot',
  'message',
  'text',
  'write',
  'ring',
  'let us know',
  'let me know',
  'get back to us'
]


/**
 * A request made conditional is an invitation, not an order: "DM us if you
 * have any questions", "Let us know how it goes", "Give us a shout anytime".
 */
export const invitations = [
  'if',
  'whether',
  'how it goes',
  'how that goes',
  'how you get on',
  'should you',
  'whenever',
  'anytime',
  'any time',
  'in case',
  'any questions',
  'any other questions',
  'any further questions',
  'any additional questions',
  'a try',
  'a go',
  'a shot',
  'a shout'
]

/** What may follow a request verb for it to be an imperative. */
export const objects = [
  'us',
  'me',
  'your',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'them',
  'our',
  'back',
  'out',
  'over',
  'to',
  'in',
  'into',
  'on',
  'up',
  'any',
  'all',
  'some',
  'here',
  'for',
  'again',
  'with',
  'via',
  'by',
  'at',
  'more',
  'which',
  'what',
  'where',
  'who',
  'why',
  'when'
]

/** Words that may stand before the verb without changing the mood. */
export const leadIns = ['and', 'also', 'then', 'now', 'so', 'just', 'simply', 'next', 'first', 'lastly', 'finally']

/** Softeners that make a request polite. */
export const politeMarkers = [
  'please',
  'pls',
  'kindly',
  'could you',
  'would you',
  'can you',
  'will you',
  'would you mind',
  'if you could',
  'if you can',
  "if you'd like",
  'if you would like',
  'if you wish',
  'when you get a chance',
  'when you have a moment',
  'feel free',
  'thanks',
  'thank you',
  'appreciate',
  "we'd love",
  "we'd be happy",
  'happy to'
]

/** Greetings that open a reply. */
export const greetings = [
  'hi',
  'hello',
  'hey',
  'hiya',
  'dear',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'greetings',
  'howdy',
  'welcome',
  'hi there',
  'hello there'
]

/** Names that are no name: the reply reads like a mass mailing. */
export const genericNames = [
  'customer',
  'valued customer',
  'dear customer',
  'client',
  'valued client',
  'user',
  'member',
  'valued member',
  'account holder',
  'guest',
  'shopper',
  'buyer',
  'subscriber',
  'cardholder',
  'sir',
  'madam'
]

/** Polite closings: a sign-off line, or a closing wish. */
export const closings = [
  'best',
  'best regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'regards',
  'many thanks',
  'thanks',
  'thank you',
  'thanks again',
  'with thanks',
  'sincerely',
  'yours sincerely',
  'yours truly',
  'yours',
  'cheers',
  'all the best',
  'best wishes',
  'take care',
  'respectfully',
  'have a great day',
  'have a good day',
  'have a nice day',
  'have a wonderful day',
  'have a great weekend',
  'have a good weekend',
  'have a great evening',
  'talk soon',
  'speak soon'
]
