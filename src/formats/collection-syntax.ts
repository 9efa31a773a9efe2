/**
 * Whether an edit keeps a collection of replies (JSON, YAML, CSV) the file it
 * was. A reply sits in a JSON string, a YAML scalar (plain, quoted or block)
 * or a CSV field (quoted or not), and each quotes differently; an edit is
 * safe in all of them when its new text needs no quoting and it joins no
 * YAML comment (` #`) or mapping (`: `) out of the text around it.
 *
 * Small and apart from the formats: the engine asks it for every fix in a
 * collection without loading a parser.
 */

/** Characters that some string of some collection format would have to escape or quote. */
const needsQuoting = /["'\\\r\n\t#:,;]/

/** YAML syntax two neighbouring characters can make in a plain scalar. */
const yamlSyntax = /[ \t]#|:[ \t]/

/** Whether `source` with `[start, end)` replaced by `text` reads as the same collection. */
export function keepsCollectionSyntax(source: string, start: number, end: number, text: string): boolean {
  if (needsQuoting.test(text)) return false
  const before = source.slice(Math.max(0, start - 1), start)
  const after = source.slice(end, end + 1)
  return !yamlSyntax.test(before + text + after) || yamlSyntax.test(before + source.slice(start, end) + after)
}
