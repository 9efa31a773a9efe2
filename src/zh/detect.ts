/**
 * Which language a reply is written in, for `--lang auto`. A reply is
 * Chinese when Han characters make up a fair share of its letters: mixed
 * replies ("请登录App查看订单") are Chinese, an English reply that names
 * "王先生" once is English. Kana mark Japanese, which we do not lint as
 * Chinese.
 */
import type {Language} from '../types.js'

const han = /\p{Script=Han}/gu
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu
const latin = /\p{Script=Latin}/gu

/** Share of Han characters among Han and Latin letters at which a reply reads as Chinese. */
export const hanShare = 0.3
const beyondHanStart = /[^\0-\u2e7f]/

export function detectLanguage(text: string): Language {
  // A long reply is decided by its start; counting all of a 10 MB file says nothing more.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  // Every Han character is at U+2E80 or above: a reply without any such character is not counted.
  if (!beyondHanStart.test(sample)) return 'en'
  const hanCount = sample.match(han)?.length ?? 0
  if (hanCount === 0) return 'en'
  const kanaCount = sample.match(kana)?.length ?? 0
  if (kanaCount > hanCount / 4) return 'en'
  const latinCount = sample.match(latin)?.length ?? 0
  return hanCount / (hanCount + latinCount) >= hanShare ? 'zh' : 'en'
}
