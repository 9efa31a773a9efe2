/**
 * JSON exports of saved replies and macros (comments and trailing commas
 * allowed, as editors write them). The replies are the string values at the
 * configured key paths (src/formats/key-paths.ts); positions map through
 * `\n`, `\"` and `\u00e9` escapes to the characters in the file.
 */
import {parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser'
import {location} from 'vfile-location'
import {collectionDocument, type FoundString} from './collection.js'
import {FormatError, type ProseDocument} from './document.js'
import type {FormatOptions} from './index.js'
import type {PathPart} from './key-paths.js'

const parseOptions = {allowTrailingComma: true, disallowComments: false}

export async function jsonDocument(source: string, options?: FormatOptions): Promise<ProseDocument> {
  const errors: ParseError[] = []
  const tree = parseTree(source, errors, parseOptions)
  if (errors.length > 0 || !tree) {
    const first = errors[0]
    const point = first ? location(source).toPoint(first.offset) : undefined
    const where = point ? ` at ${point.line}:${point.column}` : ''
    throw new FormatError(`not valid JSON${where} (${first ? printParseErrorCode(first.error) : 'empty'}); fix it, or lint it as text with --parser text`)
  }
  const strings: FoundString[] = []
  collect(tree, [], new Map(), strings)
  return collectionDocument(source, strings, options)
}

function collect(node: Node, path: PathPart[], siblings: ReadonlyMap<string, string>, out: FoundString[]): void {
  if (node.type === 'string') {
    // The value's text is inside the quotes.
    out.push({path, value: node.value as string, start: node.offset + 1, end: node.offset + node.length - 1, encoding: {escapes: true}, siblings})
    return
  }
  if (node.type === 'array') {
    node.children?.forEach((child, index) => collect(child, [...path, index], new Map(), out))
    return
  }
  if (node.type === 'object') {
    const properties = node.children ?? []
    const keys = new Map<string, string>()
    for (const property of properties) {
      const [key, value] = property.children ?? []
      if (key && value?.type === 'string') keys.set(key.value as string, value.value as string)
    }
    for (const property of properties) {
      const [key, value] = property.children ?? []
      if (key && value) collect(value, [...path, key.value as string], keys, out)
    }
  }
}
