/**
 * The config's `allow` list: phrases no rule should flag. A message is
 * dropped when the text it flags is one of them, ignoring case, the kind of
 * apostrophe and runs of spaces ("We can't" = "we can’t").
 */
export function normalizeAllowed(phrase: string): string {
  return phrase.normalize('NFC').replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** A test for flagged text; `undefined` when nothing is allowed. */
export function allowList(phrases: readonly string[] | undefined): ((actual: string | null | undefined) => boolean) | undefined {
  if (!phrases || phrases.length === 0) return undefined
  const allowed = new Set(phrases.map(normalizeAllowed))
  return (actual) => typeof actual === 'string' && allowed.has(normalizeAllowed(actual))
}
