/** Where the package's files are, so rule docs link to a page that exists on this machine. */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

let root: string | undefined

/** The folder holding replylint's package.json (works from src/ and dist/src/). */
export function packageRoot(): string {
  if (root) return root
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder)
  root = folder
  return root
}

/** Path of a rule's documentation page. */
export function ruleDocPath(id: string): string {
  return join(packageRoot(), 'rules', `${id}.md`)
}

/** URL of a rule's documentation page, as put on every message. */
export function ruleDocUrl(id: string): string {
  return pathToFileURL(ruleDocPath(id)).href
}

/** replylint's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {version: string}).version
}
