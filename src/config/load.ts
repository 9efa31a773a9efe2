/**
 * Find and read config files. Like ESLint and Prettier, the nearest config
 * file above a reply applies to it, alone (no merging with configs further
 * up): what a folder's config says is what its replies get. Lookups are
 * cached per directory, so linting a thousand replies in one folder reads
 * its config once.
 */
import {constants} from 'node:fs'
import {access, stat} from 'node:fs/promises'
import {basename, dirname, extname, isAbsolute, join, parse as parsePath, relative, resolve} from 'node:path'
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {lilconfig, type LilconfigResult, type Loader} from 'lilconfig'
import {ConfigError} from '../errors.js'
import {validateConfig, type ReplylintConfig} from './schema.js'

/** Config file names, in the order they win when a folder has several. */
export const configFileNames = ['.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', '.replylintrc', 'package.json'] as const

/** A checked config and the file it came from (absolute path). */
export interface LoadedConfig {
  file: string
  config: ReplylintConfig
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const path = relative(process.cwd(), file)
  return path !== '' && !path.startsWith('..') && !isAbsolute(path) ? path : file
}

/** How messages name a config: the file, and the key inside package.json. */
function whereOf(file: string): string {
  return basename(file) === 'package.json' ? `${displayPath(file)} ("replylint" key)` : displayPath(file)
}

/** JSON with comments and trailing commas, like tsconfig and VS Code settings. */
const loadJson: Loader = (file, content) => {
  const errors: ParseError[] = []
  const value: unknown = parseJsonc(content, errors, {allowTrailingComma: true})
  const first = errors[0]
  if (first) {
    const {line, column} = lineColumn(content, first.offset)
    throw new ConfigError(`${displayPath(file)}:${line}:${column}: not valid JSON (${printParseErrorCode(first.error)}).`, file)
  }
  return value
}

const loadYaml: Loader = async (file, content) => {
  const {parseDocument, YAMLError} = await import('yaml')
  try {
    const document = parseDocument(content)
    // A warning (a tag such as "!!js/function" that YAML has no type for) is refused too, as js-yaml
    // refuses it, rather than printed by the yaml library as a Node warning and the text kept as a string.
    const [problem] = [...document.errors, ...document.warnings]
    if (problem) throw problem
    return document.toJS()
  } catch (error) {
    // Not only YAMLError: turning the document into values throws a ReferenceError for an alias
    // without its anchor ("<<: *base") or too many aliases, with no place to name.
    const at = error instanceof YAMLError ? error.linePos?.[0] : undefined
    const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`${displayPath(file)}${at ? `:${at.line}:${at.col}` : ''}: not valid YAML (${reason}).`, file)
  }
}

function lineColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

const loaders = {'.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml}

function check(result: LilconfigResult): LoadedConfig | undefined {
  if (!result) return undefined
  return {file: result.filepath, config: validateConfig(result.config, whereOf(result.filepath), result.filepath)}
}

/** Finds the config file of each reply, once per directory. */
export class ConfigFinder {
  private readonly explorer = lilconfig('replylint', {
    searchPlaces: [...configFileNames],
    loaders,
    // An empty config file still counts: it says "the defaults here", and stops the search.
    ignoreEmptySearchPlaces: false,
    stopDir: parsePath(process.cwd()).root
  })
  private readonly byDirectory = new Map<string, Promise<LoadedConfig | undefined>>()

  /** The config that applies to the reply at `path` (which need not exist), if any. */
  forFile(path: string): Promise<LoadedConfig | undefined> {
    return this.forDirectory(dirname(resolve(path)))
  }

  forDirectory(directory: string): Promise<LoadedConfig | undefined> {
    let found = this.byDirectory.get(directory)
    if (!found) {
      found = this.explorer.search(directory).then(check, (error: unknown) => unreadable(error, directory))
      this.byDirectory.set(directory, found)
    }
    return found
  }

  /** Forget every config read (they changed on disk). */
  clear(): void {
    this.byDirectory.clear()
    this.explorer.clearCaches()
  }
}

/**
 * A config file that exists but cannot be read (a folder, no permission):
 * name it, rather than crash. The file system error does not always say
 * which file it was, so look for it.
 */
async function unreadable(error: unknown, directory: string): Promise<never> {
  const code = (error as NodeJS.ErrnoException).code
  if (error instanceof ConfigError || typeof code !== 'string') throw error
  for (let folder = directory; ; folder = dirname(folder)) {
    for (const name of configFileNames) {
      const file = join(folder, name)
      const info = await stat(file).catch(() => undefined)
      if (!info) continue
      const readable = info.isFile() && (await access(file, constants.R_OK).then(() => true, () => false))
      if (!readable) throw new ConfigError(`${displayPath(file)}: cannot be read as a config file (${info.isFile() ? code : 'not a file'}).`, file)
    }
    if (folder === dirname(folder)) break
  }
  throw new ConfigError(`cannot read the config files above ${displayPath(directory)} (${code}).`)
}

/** Read the config file given with `--config`: JSON, YAML, or package.json's "replylint" key. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const file = resolve(path)
  const info = await stat(file).catch(() => undefined)
  if (!info) throw new ConfigError(`--config ${path}: no such file.`)
  if (!info.isFile()) throw new ConfigError(`--config ${path}: not a file.`)
  const extension = extname(file).toLowerCase()
  if (basename(file) !== 'package.json' && !['', '.json', '.yaml', '.yml'].includes(extension)) {
    throw new ConfigError(`--config ${path}: replylint reads JSON or YAML config files (.json, .yaml, .yml, no extension), not "${extension}".`)
  }
  const result = await lilconfig('replylint', {loaders, ignoreEmptySearchPlaces: false, cache: false}).load(file)
  if (basename(file) === 'package.json' && (result?.config === undefined || result.config === null)) {
    throw new ConfigError(`--config ${path}: package.json has no "replylint" key.`, file)
  }
  return check(result ?? {filepath: file, config: undefined})!
}
