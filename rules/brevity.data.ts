/**
 * Data for `brevity`: wordy phrases and their short forms.
 * Seed: 002 書面溝通規範 — 語言簡潔 表達簡明扼要,避免冗餘詞匯.
 *
 * `fix: true` marks a short form that keeps the meaning in any sentence, so
 * `--fix` may apply it. An empty short form means "drop the phrase".
 */

export interface Wordy {
  phrase: string
  short: string
  fix: boolean
}

export const wordy: Wordy[] = [
  {phrase: 'in order to', short: 'to', fix: true},
  {phrase: 'in order for', short: 'for', fix: true},
  {phrase: 'please be advised that', short: '', fix: true},
  {phrase: 'please be informed that', short: '', fix: true},
  {phrase: 'kindly be informed that', short: '', fix: true},
  {phrase: 'kindly note that', short: '', fix: true},
  {phrase: 'i am writing to inform you that', short: '', fix: true},
  {phrase: 'this is to inform you that', short: '', fix: true},
  {phrase: 'we would like to inform you that', short: '', fix: true},
  {phrase: 'we would like to let you know that', short: '', fix: true},
  {phrase: 'i would like to inform you that', short: '', fix: true},
  {phrase: 'it is important to note that', short: '', fix: true},
  {phrase: 'at this point in time', short: 'now', fix: true},
  {phrase: 'at this moment in time', short: 'now', fix: true},
  {phrase: 'at the present time', short: 'now', fix: true},
  {phrase: 'at the current time', short: 'now', fix: true},
  {phrase: 'due to the fact that', short: 'because', fix: true},
  {phrase: 'owing to the fact that', short: 'because', fix: true},
  {phrase: 'in light of the fact that', short: 'because', fix: true},
  {phrase: 'despite the fact that', short: 'although', fix: true},
  {phrase: 'in spite of the fact that', short: 'although', fix: true},
  {phrase: 'in the event that', short: 'if', fix: true},
  {phrase: 'for the purpose of', short: 'for', fix: false},
  {phrase: 'with regard to', short: 'about', fix: false},
  {phrase: 'with regards to', short: 'about', fix: false},
  {phrase: 'in regard to', short: 'about', fix: false},
  {phrase: 'in regards to', short: 'about', fix: false},
  {phrase: 'in relation to', short: 'about', fix: false},
  {phrase: 'kindly revert', short: 'please reply', fix: true},
  {phrase: 'kindly revert back', short: 'please reply', fix: true},
  // "Revert back" means "reply" only when it is about answering someone; "revert back to the old
  // version" means "go back". Only the doubled word is always wordy.
  {phrase: 'revert back to you', short: 'reply to you', fix: true},
  {phrase: 'revert back', short: 'revert', fix: true},
  {phrase: 'a large number of', short: 'many', fix: true},
  {phrase: 'a great number of', short: 'many', fix: true},
  {phrase: 'the majority of', short: 'most', fix: false},
  {phrase: 'prior to', short: 'before', fix: true},
  {phrase: 'subsequent to', short: 'after', fix: true},
  {phrase: 'at your earliest convenience', short: 'when you can', fix: false},
  {phrase: 'please do not hesitate to', short: 'please', fix: true},
  {phrase: "please don't hesitate to", short: 'please', fix: true},
  {phrase: 'we are in the process of', short: 'we are', fix: false},
  {phrase: "we're in the process of", short: "we're", fix: false},
  {phrase: 'has the ability to', short: 'can', fix: true},
  {phrase: 'have the ability to', short: 'can', fix: true},
  {phrase: 'on a daily basis', short: 'daily', fix: true},
  {phrase: 'on a regular basis', short: 'regularly', fix: true},
  {phrase: 'each and every', short: 'every', fix: true},
  {phrase: 'first and foremost', short: 'first', fix: true},
  {phrase: 'until such time as', short: 'until', fix: true},
  {phrase: 'the reason why is because', short: 'because', fix: true},
  {phrase: 'the reason is because', short: 'because', fix: true},
  {phrase: 'as per your request', short: 'as you asked', fix: true},
  {phrase: 'in the amount of', short: 'for', fix: false},
  {phrase: 'at all times', short: 'always', fix: false},
  {phrase: 'utilize', short: 'use', fix: true},
  {phrase: 'utilise', short: 'use', fix: true},
  {phrase: 'utilizes', short: 'uses', fix: true},
  {phrase: 'utilized', short: 'used', fix: true},
  {phrase: 'utilizing', short: 'using', fix: true},
  {phrase: 'we would like to take this opportunity to', short: 'we', fix: false},
  {phrase: 'needless to say', short: '', fix: false},
  {phrase: 'it goes without saying that', short: '', fix: false},
  {phrase: 'for your information', short: '', fix: false},
  {phrase: 'with the exception of', short: 'except', fix: true},
  {phrase: 'in close proximity to', short: 'near', fix: true},
  {phrase: 'a sufficient amount of', short: 'enough', fix: true},
  {phrase: 'in an effort to', short: 'to', fix: true}
]
