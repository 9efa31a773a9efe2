/**
 * Data for `next-step`: what tells the customer what happens next.
 * Seeds: 002 專業解決 — 提供明確、具體的解決方案,設定清晰的時間表和期望;
 * 002 電話溝通 主動解決 — 提供明確的解決方案和后續步驟; 002 跟進反饋 —
 * 解決后主動跟進; 003 case — 有什么事可以随时来电话询问.
 */

/** Someone will do something: the agent, the company, the customer, a delivery. */
export const nextSteps = [
  // Anything that will happen: "we will", "it’ll arrive", "our team will call".
  'will', 'shall', 'going to', 'about to',
  'you will', 'you’ll', 'you should', 'you can', 'you may', 'you could', 'you need to', 'you’d need to', 'you would need to',
  'your next step', 'next step', 'next steps', 'the next step', 'could you', 'would you', 'can you',
  'once', 'as soon as', 'follow up', 'follow-up', 'keep you posted', 'keep you updated', 'keep you informed',
  'update you', 'get back to you', 'be in touch', 'reach out to you', 'contact you', 'call you', 'email you',
  'send you', 'is on its way', 'is on the way', 'has been sent', 'has been shipped', 'has been refunded', 'has been issued',
  'has been processed', 'has been resolved', 'has been fixed', 'is now', 'are now', 'to do this', 'to fix this', 'to reset',
  'try', 'click', 'tap', 'go to', 'visit', 'open', 'check out', 'head to', 'head over', 'here is how', 'here’s how',
  'the steps', 'steps below', 'follow these', 'follow the', 'see below', 'attached', 'enclosed', 'here:', 'this link',
  'the link', 'available at', 'you can find', 'check', 'take a look', 'have a look', 'follow', 'we recommend', 'we suggest',
  'i recommend', 'i suggest', 'we’d recommend', 'we’d suggest', 'we encourage', 'keep checking', 'keep an eye on',
  'look forward to'
]

/** A time or a timetable. */
export const times = [
  'today', 'tonight', 'tomorrow', 'this week', 'next week', 'this month', 'next month', 'this afternoon', 'this evening',
  'this morning', 'within', 'by monday', 'by tuesday', 'by wednesday', 'by thursday', 'by friday', 'by saturday',
  'by sunday', 'by the end of', 'end of day', 'shortly', 'asap', 'as soon as possible', 'in the next', 'over the next',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'business days', 'working days',
  'hours', 'minutes', 'o’clock', 'a.m.', 'p.m.'
]

/** An offer of further help or an open door. */
export const offers = [
  'let us know', 'let me know', 'feel free', 'don’t hesitate', 'do not hesitate', 'reach out', 'get in touch', 'contact us',
  'contact me', 'call us', 'reply to this', 'just reply', 'write back', 'write to us', 'drop us', 'send us', 'dm us',
  'message us', 'we’re here', 'we are here', 'i’m here', 'i am here', 'here to help', 'here for you', 'happy to help',
  'glad to help', 'any questions', 'any other questions', 'any further questions', 'anything else', 'if you need',
  'if there’s anything', 'if there is anything', 'any time', 'anytime', 'any further', 'further assistance', 'further help',
  'need more help', 'need any help', 'still need help', 'if the problem', 'if the issue', 'if this', 'if that',
  'if it still', 'if you still', 'if you have', 'if you’d like', 'if you would like', 'if you want', 'keep us posted',
  'keep us updated', 'keep us in the loop'
]

/** Lines that close an e-mail: a sign-off, after which comes the signature. */
export const signOffs = [
  'best', 'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'many thanks', 'thanks', 'thank you',
  'with thanks', 'sincerely', 'yours sincerely', 'yours truly', 'yours', 'cheers', 'all the best', 'best wishes',
  'take care', 'respectfully', 'thanks again', 'thank you again'
]
