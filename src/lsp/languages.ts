/**
 * Which editor documents are replies, and the path to lint them under so
 * `lint()` picks the format by extension. Editors name languages differently
 * (VS Code `plaintext`, Neovim `text` and `mail`), so both the language id
 * and the URI's extension count.
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
  mail: '.eml'
}

/** Extensions of reply files, whatever language the editor gave them. */
const replyExtensions = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.eml'])

export interface ReplyDocument {
  /** Path for `lint()`: the file's own, or a made-up name with the language's extension. */
  lintPath: string
  /** The file on disk, where the URI names one (config files are looked up from it). */
  fsPath: string | undefined
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
  if (replyExtensions.has(extension)) return {lintPath: name, fsPath}
  const byLanguage = languageExtensions[languageId]
  if (byLanguage === undefined) return undefined
  return {lintPath: (name || 'untitled') + byLanguage, fsPath}
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
