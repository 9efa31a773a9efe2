/**
 * Formats by name and file extension. Parsers for other containers load
 * only when a file needs them, so linting a .txt reply stays fast.
 */
import type {ProseDocument} from './document.js'
import {textDocument} from './text.js'

export type FormatName = 'text' | 'markdown' | 'html' | 'eml' | 'json' | 'yaml' | 'csv'

/** Settings of the formats, from `LintOptions.formats` (and the config file's `formats`). */
export interface FormatOptions {
  /**
   * Key paths of the replies in JSON and YAML template collections, e.g.
   * `body`, `macros[].actions[].value`, `**.content_html` (see src/formats/key-paths.ts),
   * and the names of a CSV file's reply columns.
   */
  keys?: string[]
}

export type Format = (source: string, options?: FormatOptions) => ProseDocument | Promise<ProseDocument>

const loaders: Record<FormatName, () => Promise<Format>> = {
  text: async () => textDocument,
  markdown: async () => (await import('./markdown.js')).markdownDocument,
  html: async () => (await import('./html.js')).htmlDocument,
  eml: async () => (await import('./eml.js')).emlDocument,
  json: async () => (await import('./json.js')).jsonDocument,
  yaml: async () => (await import('./yaml.js')).yamlDocument,
  csv: async () => (await import('./csv.js')).csvDocument
}

export const formatNames = Object.keys(loaders) as FormatName[]

const extensions: Record<string, FormatName> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.tsv': 'csv'
}

/** File extensions replylint lints when given a folder (without the dot). */
export const formatExtensions = Object.keys(extensions).map((extension) => extension.slice(1))

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
