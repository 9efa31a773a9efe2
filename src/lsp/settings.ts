/**
 * What the server is told by the editor (`initializationOptions`) and by
 * config files. Loading config files is one injectable function, so the
 * server does not care how (or whether) a project is configured.
 */
import {mergeRules} from '../config/index.js'
import {ConfigError} from '../errors.js'
import type {LintOptions} from '../lint.js'
import type {RulesConfig} from '../resolve-rules.js'
import {channels, languageSettings, type Channel, type LanguageSetting} from '../types.js'

/** The lint settings for one document. */
export type LintSettings = Pick<LintOptions, 'channel' | 'lang' | 'template' | 'rules' | 'allow' | 'formats'>

/**
 * Settings from the config files that apply to the document at `path` (a
 * file path; for unsaved buffers a path in the workspace root): only what
 * the files set. Throws a `ConfigError` (or any error) for a config that
 * cannot be used; an error with a string `file` or `path` property names the
 * config file.
 */
export type LoadConfig = (path: string) => Promise<LintSettings>

/**
 * Makes a loader. The server asks for a new one whenever a config file
 * changes, so a loader may cache as much as it likes.
 */
export type ConfigLoader = () => LoadConfig

/** No config files: the editor's settings alone. */
export const noConfigFiles: ConfigLoader = () => async () => ({})

export interface ServerSettings extends LintSettings {
  /** Wait this long after a keystroke before linting (ms). */
  debounce: number
  /** Lint at most this many characters of a document; the rest gets one info diagnostic. */
  maxDocumentSize: number
}

export const defaultSettings: Readonly<ServerSettings> = {
  // Long enough that a fast typist is not linted on every key, short enough to feel live.
  debounce: 150,
  // About 50 long e-mails; linting takes some 3.5 ms per KB, so this stays well under half a second.
  maxDocumentSize: 100_000
}

/**
 * Read `initializationOptions` (or a `replylint` settings section). Unknown
 * keys are ignored and bad values reported, so one typo in an editor config
 * does not stop linting.
 */
export function readSettings(input: unknown, base: Readonly<ServerSettings> = defaultSettings): {settings: ServerSettings; problems: string[]} {
  const settings: ServerSettings = {...base}
  const problems: string[] = []
  if (input === undefined || input === null) return {settings, problems}
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {settings, problems: [`replylint settings must be an object, not ${JSON.stringify(input)}.`]}
  }
  const options = input as Record<string, unknown>
  const count = (key: 'debounce' | 'maxDocumentSize') => {
    const value = options[key]
    if (value === undefined) return
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) settings[key] = value
    else problems.push(`replylint setting "${key}" must be a number of 0 or more, not ${JSON.stringify(value)}.`)
  }
  count('debounce')
  count('maxDocumentSize')
  if (options.channel !== undefined) {
    if (channels.includes(options.channel as Channel)) settings.channel = options.channel as Channel
    else problems.push(`replylint setting "channel" must be one of ${channels.join(', ')}, not ${JSON.stringify(options.channel)}.`)
  }
  if (options.lang !== undefined) {
    if (languageSettings.includes(options.lang as LanguageSetting)) settings.lang = options.lang as LanguageSetting
    else problems.push(`replylint setting "lang" must be one of ${languageSettings.join(', ')}, not ${JSON.stringify(options.lang)}.`)
  }
  if (options.template !== undefined) {
    if (typeof options.template === 'boolean') settings.template = options.template
    else problems.push(`replylint setting "template" must be true or false, not ${JSON.stringify(options.template)}.`)
  }
  if (options.rules !== undefined) {
    // Rule ids and options are checked by resolveRules when linting, with the same messages as config files.
    if (typeof options.rules === 'object' && options.rules !== null && !Array.isArray(options.rules)) settings.rules = options.rules as RulesConfig
    else problems.push(`replylint setting "rules" must be an object, not ${JSON.stringify(options.rules)}.`)
  }
  if (options.allow !== undefined) {
    if (Array.isArray(options.allow) && options.allow.every((item) => typeof item === 'string')) settings.allow = options.allow as string[]
    else problems.push(`replylint setting "allow" must be a list of strings, not ${JSON.stringify(options.allow)}.`)
  }
  return {settings, problems}
}

/**
 * Editor settings first, config files over them (the project knows its
 * replies best). Rules merge by id, a severity alone keeping the editor's
 * options for the rule; allow lists add up.
 */
export function mergeSettings(editor: LintSettings, files: LintSettings): LintOptions {
  const merged: LintOptions = {}
  const channel = files.channel ?? editor.channel
  const template = files.template ?? editor.template
  const lang = files.lang ?? editor.lang
  const rules = mergeRules(editor.rules, files.rules)
  const allow = [...(editor.allow ?? []), ...(files.allow ?? [])]
  if (channel !== undefined) merged.channel = channel
  if (template !== undefined) merged.template = template
  if (lang !== undefined) merged.lang = lang
  if (rules) merged.rules = rules
  if (allow.length > 0) merged.allow = allow
  const formats = files.formats ?? editor.formats
  if (formats) merged.formats = formats
  return merged
}

/** The config file an error names, if any. */
export function configFileOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const {file, path} = error as {file?: unknown; path?: unknown}
  if (typeof file === 'string') return file
  if (typeof path === 'string') return path
  return undefined
}

export function describeConfigError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return error instanceof ConfigError ? text : `replylint could not load its configuration: ${text}`
}
