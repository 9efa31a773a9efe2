/**
 * Template collections (JSON, YAML): the string values at the configured
 * key paths are replies. Each becomes a part of its own (linted alone), and
 * each character maps back into the string in the file, through escapes,
 * block scalars and, for HTML values, the HTML around the text.
 */
import type {FormatOptions} from './index.js'
import type {ProseDocument} from './document.js'
import {compileKeyPaths, defaultKeys, isHtml, matchesAny, readsAsProse, type PathPart} from './key-paths.js'
import {ProseBuilder, type CopyOptions} from './prose-builder.js'

/** A string value found in the file. */
export interface FoundString {
  /** Keys and list indexes from the top. */
  path: PathPart[]
  /** The decoded value. */
  value: string
  /** Where the value's text is in the file (inside the quotes, after a block scalar's header). */
  start: number
  end: number
  /** How the file encodes it. */
  encoding: CopyOptions
  /** The other string values of the object holding it, by key. */
  siblings: ReadonlyMap<string, string>
}

const compiledDefaults = compileKeyPaths(defaultKeys)
/** Zendesk action fields that hold a reply (`comment_value`, `comment_value_html`). */
const replyFields = /comment|body|message|reply/i
/** Key paths from a config, compiled once per distinct list (a run lints many files with one config). */
const compiled = new Map<string, ReturnType<typeof compileKeyPaths>>()

function patternsFor(keys: readonly string[]) {
  const id = JSON.stringify(keys)
  let patterns = compiled.get(id)
  if (!patterns) {
    patterns = compileKeyPaths(keys)
    if (compiled.size >= 32) compiled.delete(compiled.keys().next().value!)
    compiled.set(id, patterns)
  }
  return patterns
}

export async function collectionDocument(source: string, strings: readonly FoundString[], options: FormatOptions = {}): Promise<ProseDocument> {
  const patterns = options.keys ? patternsFor(options.keys) : compiledDefaults
  const parts: ProseDocument[] = []
  for (const found of strings) {
    if (!matchesAny(patterns, found.path)) continue
    if (!options.keys && !readsAsProse(found.value)) continue
    const key = found.path[found.path.length - 1]
    // Freshdesk keeps a reply as `content` and `content_html`: lint it once, as the text.
    if (typeof key === 'string' && /_html$/.test(key) && found.siblings.has(key.replace(/_html$/, ''))) continue
    // A Zendesk action sets a field: only the comment is a reply, not a status, tags or a custom field.
    const field = found.siblings.get('field')
    if (!options.keys && key === 'value' && field !== undefined && !replyFields.test(field)) continue
    const value = new ProseBuilder()
    value.copy(found.value, source, found.start, found.end, found.encoding)
    if (isHtml(key, found.value)) {
      const {htmlDocument} = await import('./html.js')
      const mapped = value.build({findMasks: false})
      const part = new ProseBuilder()
      part.embed(htmlDocument(found.value), mapped.toOriginal)
      parts.push(part.build())
    } else parts.push(value.build())
  }
  return joinParts(parts)
}

/** One document of the parts, separated by blank lines; the engine lints the parts one by one. */
function joinParts(parts: ProseDocument[]): ProseDocument {
  const starts: number[] = []
  let text = ''
  for (const part of parts) {
    if (text !== '') text += '\n\n'
    starts.push(text.length)
    text += part.text
  }
  /** The last part starting at or before `offset` (binary search: collections hold thousands of replies). */
  const partAt = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
  return {
    text,
    parts,
    masks: parts.flatMap((part, index) => part.masks.map((mask) => ({...mask, start: mask.start + starts[index]!, end: mask.end + starts[index]!}))),
    toOriginal(offset, side) {
      if (parts.length === 0) return undefined
      const index = partAt(offset)
      return parts[index]!.toOriginal(offset - starts[index]!, side)
    }
  }
}
