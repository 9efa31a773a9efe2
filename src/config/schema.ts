/**
 * What a config file may say, and the check that it says it right. Every
 * error names the file, the key and the valid choices, because the person
 * reading it is fixing a file they may not have written.
 */
import {ConfigError} from '../errors.js'
import type {FormatOptions} from '../formats/index.js'
import {resolveRules, type RulesConfig} from '../resolve-rules.js'
import {channels, languageSettings, type Channel, type LanguageSetting} from '../types.js'

/** A config file's settings, checked. */
export interface ReplylintConfig {
  /** Rule settings: `{id: "off" | "warn" | "error" | [severity, options]}`. */
  rules?: RulesConfig
  /** Channel preset for every reply this config covers. */
  channel?: Channel
  lang?: LanguageSetting
  /** The replies are templates: placeholders are expected. */
  template?: boolean
  /** Company glossary, internal term -> plain words; feeds the `jargon` rule's `terms`. */
  jargon?: Record<string, string>
  /** Phrases no rule should flag (compared with a message's text, ignoring case). */
  allow?: string[]
  /** Settings of the formats: `keys`, the key paths of replies in JSON and YAML collections. */
  formats?: FormatOptions
}

/** The keys a config file may have, in the order the docs list them. */
export const configKeys = ['rules', 'channel', 'lang', 'template', 'jargon', 'allow', 'formats'] as const

/** The keys of `formats`: those of FormatOptions (src/formats/index.ts); keep the two in step. */
export const formatKeys = ['keys'] as const

type Key = (typeof configKeys)[number]

/**
 * Check `raw` (parsed from the config file named `where`) and return it
 * typed. `file` is the absolute path, kept on the error for editors.
 */
export function validateConfig(raw: unknown, where: string, file?: string): ReplylintConfig {
  const fail = (message: string) => new ConfigError(`${where}: ${message}`, file)
  // An empty file (or one with comments only) is a config with every default.
  if (raw === undefined || raw === null) return {}
  if (!isObject(raw)) {
    throw fail(`the configuration must be an object of settings (${configKeys.join(', ')}), not ${show(raw)}.`)
  }

  for (const key of Object.keys(raw)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      const near = closest(key, configKeys)
      throw fail(`unknown key "${key}".${near ? ` Did you mean "${near}"?` : ''} Valid keys: ${configKeys.join(', ')}.`)
    }
  }

  const config: ReplylintConfig = {}
  // A key left empty (in YAML, one whose entries are all commented out) is as good as unset.
  const value = Object.fromEntries(Object.entries(raw).filter(([, setting]) => setting !== null)) as Partial<Record<Key, unknown>>

  if (value.channel !== undefined) {
    if (!channels.includes(value.channel as Channel)) {
      throw fail(`"channel" must be one of ${channels.map((c) => `"${c}"`).join(', ')}, not ${show(value.channel)}.`)
    }
    config.channel = value.channel as Channel
  }

  if (value.lang !== undefined) {
    if (!languageSettings.includes(value.lang as LanguageSetting)) {
      throw fail(`"lang" must be one of ${languageSettings.map((l) => `"${l}"`).join(', ')}, not ${show(value.lang)}.`)
    }
    config.lang = value.lang as LanguageSetting
  }

  if (value.template !== undefined) {
    if (typeof value.template !== 'boolean') throw fail(`"template" must be true or false, not ${show(value.template)}.`)
    config.template = value.template
  }

  if (value.rules !== undefined) {
    if (!isObject(value.rules)) {
      throw fail(`"rules" must be an object of rule settings ({"jargon": "error"}), not ${show(value.rules)}.`)
    }
    try {
      // The same checks (and messages) as every other source of rule settings; the channel does not matter here.
      resolveRules(value.rules as RulesConfig, 'email', where)
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(error.message, file)
      throw error
    }
    config.rules = value.rules as RulesConfig
  }

  if (value.jargon !== undefined) {
    if (!isObject(value.jargon)) {
      throw fail(`"jargon" must be an object of terms and plain words ({"SLA": "the response time we promise"}), not ${show(value.jargon)}.`)
    }
    for (const [term, plain] of Object.entries(value.jargon)) {
      if (typeof plain !== 'string' || plain.trim() === '') {
        throw fail(`"jargon.${term}" must be the plain words for "${term}" (a string), not ${show(plain)}.`)
      }
    }
    config.jargon = value.jargon as Record<string, string>
  }

  if (value.allow !== undefined) {
    if (!Array.isArray(value.allow) || !value.allow.every((phrase) => typeof phrase === 'string' && phrase.trim() !== '')) {
      throw fail(`"allow" must be a list of phrases (["SLA", "ticket"]), not ${show(value.allow)}.`)
    }
    config.allow = value.allow as string[]
  }

  if (value.formats !== undefined) {
    if (!isObject(value.formats)) throw fail(`"formats" must be an object of format settings ({"keys": ["body"]}), not ${show(value.formats)}.`)
    for (const key of Object.keys(value.formats)) {
      if (!(formatKeys as readonly string[]).includes(key)) {
        throw fail(`unknown key "formats.${key}". Valid keys of "formats": ${formatKeys.join(', ')}.`)
      }
    }
    const {keys} = value.formats
    if (keys !== undefined && (!Array.isArray(keys) || !keys.every((path) => typeof path === 'string' && path.trim() !== ''))) {
      throw fail(`"formats.keys" must be a list of key paths of the replies in JSON or YAML files (["macros[].body"]) or of CSV column names, not ${show(keys)}.`)
    }
    config.formats = value.formats as FormatOptions
  }

  return config
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** The valid key a typo most likely meant: at most two edits away. */
function closest(key: string, valid: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of valid) {
    const distance = editDistance(key.toLowerCase(), candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
