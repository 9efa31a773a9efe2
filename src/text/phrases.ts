/**
 * Phrase lists compiled to one regular expression each, matched on word
 * boundaries. Straight and curly apostrophes are the same, and any run of
 * white space matches a space, so data files stay readable.
 */

const letter = String.raw`[\p{L}\p{N}_]`

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The source of a pattern for one phrase (no boundaries). */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`)
}

/**
 * One case-insensitive, global pattern that finds any of `phrases` as whole
 * words. Longer phrases win over their prefixes.
 */
export function phrasePattern(phrases: Iterable<string>): RegExp {
  const list = [...new Set(phrases)].filter((phrase) => phrase.trim() !== '')
  list.sort((a, b) => b.length - a.length)
  if (list.length === 0) return /(?!)/gu
  return new RegExp(`(?<!${letter}|['’])(?:${list.map(phraseSource).join('|')})(?!${letter})`, 'giu')
}

/** Normal form of a phrase for looking it up in a table. */
export function normalizePhrase(value: string): string {
  return value.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim()
}

export interface Match {
  text: string
  start: number
  end: number
}

/**
 * Every match of a global `pattern` in `text`, like `text.matchAll(pattern)`
 * but without its copy of the pattern: matchAll clones the RegExp on every
 * call, and for our long phrase alternations the clone costs some 15 times
 * the search itself (the linter calls this per unit per phrase list, so it
 * was most of a lint). Collected eagerly, so the caller may reuse `pattern`.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    matches.push(match)
    // An empty match would be found again at the same place forever.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode)
  }
  pattern.lastIndex = 0
  return matches
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

/** All matches of `pattern` in `text`, with offsets shifted by `offset`. */
export function findAll(pattern: RegExp, text: string, offset = 0): Match[] {
  return execAll(pattern, text).map((match) => ({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length}))
}
