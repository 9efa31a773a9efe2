/**
 * `.replylintignore`: paths not to lint, in .gitignore syntax, read from the
 * working directory (like ESLint's `.eslintignore`). Folders and globs pass
 * ignored files over silently; a file named on the command line that is
 * ignored is skipped with a warning, so nobody wonders why it had no issues.
 */
import {readFile} from 'node:fs/promises'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import {ConfigError} from '../errors.js'

export const ignoreFileName = '.replylintignore'

/** Whether a path (relative to the working directory, or absolute) is ignored. */
export type IsIgnored = (path: string) => boolean

/** The ignore file of `directory`, or `undefined` when there is none. */
export async function loadIgnoreFile(directory: string = process.cwd()): Promise<IsIgnored | undefined> {
  const file = join(directory, ignoreFileName)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new ConfigError(`${ignoreFileName}: cannot be read (${code ?? (error as Error).message}).`, file)
  }
  return ignoreFilter(text, directory)
}

/** A filter for the patterns in `text`, which apply to paths under `directory`. */
export function ignoreFilter(text: string, directory: string): IsIgnored {
  const rules = ignore().add(text)
  return (path) => {
    const inside = relative(directory, resolve(directory, path))
    // Patterns say nothing about files outside the folder of the ignore file.
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false
    return rules.ignores(sep === '/' ? inside : inside.split(sep).join('/'))
  }
}
