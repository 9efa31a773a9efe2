/**
 * Data for `next-step`: what tells the customer what happens next.
 * Seeds: 002 專業解決 提供明確的解決方案和後續步驟; 002 跟進反饋 持續跟進;
 * 003 有什么事可以随时来电话询问.
 */

/** A commitment, a time, an instruction for what to do next, or an offer of more help. */
export const nextSteps = [
  "we'll", 'we will', "i'll", 'i will', 'we are going to', "we're going to", 'i am going to', "i'm going to",
  "you'll receive", 'you will receive', "you'll get", 'you will get', "you'll see", 'you will see', 'next step', 'next steps',
  'please reply', 'please let us know', 'please let me know', 'let us know', 'let me know', 'please contact', 'please call',
  'please send', 'please click', 'please visit', 'please follow', 'please try', 'feel free', "don't hesitate", 'do not hesitate',
  'happy to help', 'glad to help', 'here to help', 'reach out', 'get in touch', 'reply to this email', 'just reply',
  'any other questions', 'any further questions', 'any questions', 'anything else', 'by tomorrow', 'by monday', 'by tuesday',
  'by wednesday', 'by thursday', 'by friday', 'by the end of', 'within', 'today', 'tomorrow', 'can help', 'you can'
]
