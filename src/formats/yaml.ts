/**
 * YAML collections of saved replies and macros (one or more documents).
 * The replies are the string values at the configured key paths
 * (src/formats/key-paths.ts); positions map into the file through block
 * scalars (`|`, `>`), quoted scalars with escapes and folded plain lines.
 */
import {isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar} from 'yaml'
import {collectionDocument, type FoundString} from './collection.js'
import {FormatError, type ProseDocument} from './document.js'
import type {FormatOptions} from './index.js'
import type {PathPart} from './key-paths.js'

export async function yamlDocument(source: string, options?: FormatOptions): Promise<ProseDocument> {
  const strings: FoundString[] = []
  for (const document of parseAllDocuments(source)) {
    const error = document.errors[0]
    if (error) {
      const at = error.linePos?.[0]
      const where = at ? ` at ${at.line}:${at.col}` : ''
      throw new FormatError(`not valid YAML${where} (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); fix it, or lint it as text with --parser text`)
    }
    collect(document.contents, [], new Map(), source, strings)
  }
  return collectionDocument(source, strings, options)
}

function collect(node: unknown, path: PathPart[], siblings: ReadonlyMap<string, string>, source: string, out: FoundString[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) out.push(found(node as Scalar<string>, path, siblings, source))
    return
  }
  if (isSeq(node)) {
    node.items.forEach((item, index) => collect(item, [...path, index], new Map(), source, out))
    return
  }
  if (isMap(node)) {
    const keys = new Map<string, string>()
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.value) && typeof pair.value.value === 'string') keys.set(keyOf(pair.key), pair.value.value)
    }
    for (const pair of node.items) if (isPair(pair)) collect(pair.value, [...path, keyOf(pair.key)], keys, source, out)
  }
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

/** Where a scalar's text is in the file: inside the quotes, or the lines after a block scalar's header. */
function found(node: Scalar<string>, path: PathPart[], siblings: ReadonlyMap<string, string>, source: string): FoundString {
  const [start, end] = node.range as [number, number, number]
  const base = {path, value: node.value, siblings}
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return {...base, start: start + 1, end: end - 1, encoding: {escapes: true}}
    case Scalar.QUOTE_SINGLE:
      return {...base, start: start + 1, end: end - 1, encoding: {}}
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const lineEnd = source.indexOf('\n', start)
      return {...base, start: lineEnd === -1 || lineEnd > end ? end : lineEnd + 1, end, encoding: {}}
    }
    default:
      return {...base, start, end, encoding: {}}
  }
}

