/**
 * Which editor documents are replies, and the path to lint them under so
 * `lint()` picks the format by extension. Editors name languages differently
 * (VS Code `plaintext`, Neovim `text` and `mail`), so both the language id
 * and the URI's extension count.
 *
 * Collections of saved replies (JSON, YAML, CSV) are linted too when the
 * editor sends them: which ones it sends is the editor's setting (the VS
 * Code client's `replylint.templateFiles`, Neovim's `filetypes`), since most
 * JSON and YAML in a project holds no replies.
 */
import {extname} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Language ids of replies, and the extension whose format reads them. */
const languageExtensions: Readonly<Record<string, string>> = {
  plaintext: '.txt',
  text: '.txt',
  markdown: '.md',
  html: '.html',
  email: '.eml',
  eml: '.eml',
  mail: '.eml',
  json: '.json',
  jsonc: '.json',
  yaml: '.yaml',
  csv: '.csv',
  tsv: '.tsv'
}

/** Extensions of collections of replies. */
const collectionExtensions = new Set(['.json', '.yaml', '.yml', '.csv', '.tsv'])

/** Extensions of reply files, whatever language the editor gave them. */
const replyExtensions = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.eml', ...collectionExtensions])

export interface ReplyDocument {
  /** Path for `lint()`: the file's own, or a made-up name with the language's extension. */
  lintPath: string
  /** The file on disk, where the URI names one (config files are looked up from it). */
  fsPath: string | undefined
  /**
   * A collection of replies (JSON, YAML, CSV): never linted in part (a cut
   * would break its syntax), and edited only where an edit keeps its syntax
   * (see src/lsp/code-actions.ts).
   */
  collection: boolean
}

/** The file system path of a `file:` URI; undefined for `untitled:` and other schemes, or a broken URI. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** How to lint a document, or undefined when it is not a reply (source code, JSON, …). */
export function replyDocument(uri: string, languageId: string): ReplyDocument | undefined {
  const fsPath = fsPathOf(uri)
  const name = fsPath ?? uriPath(uri)
  const extension = extname(name).toLowerCase()
  if (replyExtensions.has(extension)) return described(name, extension, fsPath)
  const byLanguage = languageExtensions[languageId]
  if (byLanguage === undefined) return undefined
  return described((name || 'untitled') + byLanguage, byLanguage, fsPath)
}

function described(lintPath: string, extension: string, fsPath: string | undefined): ReplyDocument {
  return {lintPath, fsPath, collection: collectionExtensions.has(extension)}
}

/** The path part of any URI (`untitled:Untitled-1` -> `Untitled-1`). */
function uriPath(uri: string): string {
  const withoutScheme = uri.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '')
  const path = withoutScheme.split(/[?#]/)[0] ?? ''
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
