/**
 * Formats by name and file extension. Parsers for other containers load
 * only when a file needs them, so linting a .txt reply stays fast.
 */
import type {ProseDocument} from './document.js'
import {textDocument} from './text.js'

export type FormatName = 'text'

export type Format = (source: string) => ProseDocument | Promise<ProseDocument>

const loaders: Record<FormatName, () => Promise<Format>> = {
  text: async () => textDocument
}

export const formatNames = Object.keys(loaders) as FormatName[]

const extensions: Record<string, FormatName> = {
  '.txt': 'text',
  '.text': 'text'
}

/** The format of a path, by extension; plain text when unknown. */
export function formatOf(path: string | undefined): FormatName {
  const match = path ? /\.[^./\\]+$/.exec(path.toLowerCase()) : null
  return (match && extensions[match[0]]) || 'text'
}

const loaded = new Map<FormatName, Format>()

export async function loadFormat(name: FormatName): Promise<Format> {
  let format = loaded.get(name)
  if (!format) {
    format = await loaders[name]()
    loaded.set(name, format)
  }
  return format
}
