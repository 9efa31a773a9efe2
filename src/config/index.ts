/**
 * Configuration for the command line: which options each reply is linted
 * with, from `--config` or the nearest config file, and the flags over them.
 */
import {resolve} from 'node:path'
import type {LintOptions} from '../lint.js'
import type {Channel, LanguageSetting} from '../types.js'
import {ConfigFinder, displayPath, loadConfigFile} from './load.js'
import {configSettings, lintOptionsFrom, rulesFromFlags, type Overrides} from './resolve.js'

export {ConfigFinder, configFileNames, displayPath, loadConfigFile, type LoadedConfig} from './load.js'
export {configSettings, lintOptionsFrom, mergeRules, rulesFromFlags, type Overrides} from './resolve.js'
export {configKeys, validateConfig, type ReplylintConfig} from './schema.js'
export {ignoreFileName, ignoreFilter, loadIgnoreFile, type IsIgnored} from './ignore.js'
export {starterConfig, starterFileName, writeStarterConfig} from './init.js'

/**
 * The language server's config loader: the nearest config file of a
 * document. No cache here; the server keeps one per folder and drops it
 * when a config file changes.
 */
export async function loadConfigForEditor(path: string): Promise<ReturnType<typeof configSettings>> {
  const found = await new ConfigFinder().forFile(path)
  return found ? configSettings(found.config) : {}
}

export interface ConfigFlags {
  /** `--config PATH`: this file for every reply, no search. */
  config?: string
  channel?: Channel
  lang?: LanguageSetting
  template?: boolean
  /** `--rule id:severity`, repeated. */
  rule?: string[]
}

/** Lint options for the reply at a path (`undefined`: stdin without a name, configured from the working directory). */
export type OptionsForPath = (path: string | undefined) => Promise<LintOptions>

/** `--print-config`: the config file a reply at `path` gets (if any) and the options it is linted with. */
export async function printConfig(flags: ConfigFlags, path: string): Promise<string> {
  const overrides = overridesFrom(flags)
  const found = flags.config !== undefined ? await loadConfigFile(flags.config) : await new ConfigFinder().forFile(path)
  const options = lintOptionsFrom(found?.config, overrides)
  return JSON.stringify({configFile: found ? displayPath(found.file) : null, ...options}, null, 2) + '\n'
}

function overridesFrom(flags: ConfigFlags): Overrides {
  const overrides: Overrides = {}
  if (flags.channel !== undefined) overrides.channel = flags.channel
  if (flags.lang !== undefined) overrides.lang = flags.lang
  if (flags.template !== undefined) overrides.template = flags.template
  if (flags.rule && flags.rule.length > 0) overrides.rules = rulesFromFlags(flags.rule)
  return overrides
}

/**
 * Check the flags (and the `--config` file) and return how to configure
 * each reply. Throws a ConfigError for a flag or file that cannot be used.
 */
export async function configure(flags: ConfigFlags): Promise<OptionsForPath> {
  const overrides = overridesFrom(flags)

  if (flags.config !== undefined) {
    const options = lintOptionsFrom((await loadConfigFile(flags.config)).config, overrides)
    return async () => options
  }

  const finder = new ConfigFinder()
  // One options object per config file, so every reply it covers shares it.
  const byFile = new Map<string, LintOptions>()
  const defaults = lintOptionsFrom(undefined, overrides)
  return async (path) => {
    const found = await finder.forFile(path ?? resolve('<stdin>'))
    if (!found) return defaults
    let options = byFile.get(found.file)
    if (!options) {
      options = lintOptionsFrom(found.config, overrides)
      byFile.set(found.file, options)
    }
    return options
  }
}
