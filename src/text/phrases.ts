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

/** All matches of `pattern` in `text`, with offsets shifted by `offset`. */
export function findAll(pattern: RegExp, text: string, offset = 0): Match[] {
  const matches: Match[] = []
  pattern.lastIndex = 0
  for (const match of text.matchAll(pattern)) {
    matches.push({text: match[0], start: offset + match.index, end: offset + match.index + match[0].length})
  }
  return matches
}
