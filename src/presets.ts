/**
 * Channel presets. The seed documents set the channels apart: e-mail is
 * formal and complete, chat is short and fast, social replies are public and
 * short (002 數字化溝通渠道). Thresholds here are the defaults rules read when
 * their options do not say.
 */
import type {Channel} from './types.js'

export interface Preset {
  /** Most words in one sentence before `brevity` asks to split it. */
  sentenceWords: number
  /** Most words in the whole reply. */
  messageWords: number
  /** Most characters in the whole reply (social posts have a hard limit). */
  messageChars: number | undefined
  /** Chinese: most characters (Han characters and Latin words, not punctuation) in one sentence. */
  sentenceChars: number
  /** Chinese: most characters, counted the same way, in the whole reply. */
  replyChars: number
  /** A salutation is expected at the top. */
  salutation: boolean
  /** A polite closing is expected at the end. */
  closing: boolean
}

export const presets: Readonly<Record<Channel, Readonly<Preset>>> = {
  email: {sentenceWords: 25, messageWords: 250, messageChars: undefined, sentenceChars: 60, replyChars: 500, salutation: true, closing: true},
  chat: {sentenceWords: 20, messageWords: 80, messageChars: undefined, sentenceChars: 40, replyChars: 150, salutation: false, closing: false},
  social: {sentenceWords: 25, messageWords: 60, messageChars: 280, sentenceChars: 60, replyChars: 140, salutation: false, closing: false}
}

export function preset(channel: Channel | undefined): Readonly<Preset> {
  return presets[channel ?? 'email']
}
