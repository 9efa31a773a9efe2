/**
 * Replacements that keep a sentence well formed: dropping an opening word
 * capitalises the next one, replacing an opening word keeps its capital.
 */

export interface Edit {
  start: number
  end: number
  text: string
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * The edit that puts `replacement` for `text[start, end)`. `sentenceStart`
 * says the match opens a sentence. An empty replacement drops the words and
 * the space after them (and, after a comma like "Obviously, ", the comma).
 */
export function replaceWords(text: string, start: number, end: number, replacement: string, sentenceStart: boolean): Edit {
  if (replacement === '') {
    const rest = /^,?\s+(\S)/u.exec(text.slice(end))
    if (sentenceStart && rest) return {start, end: end + rest[0].length, text: rest[1]!.toUpperCase()}
    const space = /^,?\s+/.exec(text.slice(end))
    if (space) return {start, end: end + space[0].length, text: ''}
    // Nothing after (end of sentence): take the space before instead.
    const before = /\s+$/.exec(text.slice(0, start))
    return {start: before ? start - before[0].length : start, end, text: ''}
  }
  const upper = sentenceStart || /^\p{Lu}/u.test(text.slice(start, end))
  return {start, end, text: upper ? capitalize(replacement) : replacement}
}
