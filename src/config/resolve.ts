/**
 * From a config file and command-line flags to the options of one lint run.
 * Precedence: flags (`--channel`, `--template`, `--rule`) over the config
 * file over the defaults.
 */
import {ConfigError} from '../errors.js'
import type {LintOptions} from '../lint.js'
import {findRule, ruleIds, type RulesConfig, type RuleSetting} from '../resolve-rules.js'
import {severities, type Channel, type LanguageSetting, type Severity} from '../types.js'
import type {ReplylintConfig} from './schema.js'

/** What the command line says; unset means "as the config file says". */
export interface Overrides {
  channel?: Channel
  lang?: LanguageSetting
  template?: boolean
  rules?: RulesConfig
}

/**
 * Rule settings from repeated `--rule id:severity` flags. Later flags win.
 * Throws a ConfigError naming the flag and the valid choices.
 */
export function rulesFromFlags(flags: readonly string[]): RulesConfig {
  const rules: RulesConfig = {}
  for (const flag of flags) {
    const match = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(flag)
    const choices = severities.join(', ')
    if (!match) throw new ConfigError(`--rule "${flag}": write id:severity, e.g. --rule jargon:error (severity: ${choices}).`)
    const [, id, severity] = match as unknown as [string, string, string]
    if (!findRule(id)) throw new ConfigError(`--rule "${flag}": unknown rule "${id}". Valid rules: ${ruleIds.join(', ')}.`)
    if (!severities.includes(severity as Severity)) {
      throw new ConfigError(`--rule "${flag}": unknown severity "${severity}". Valid severities: ${choices}.`)
    }
    rules[id] = severity as Severity
  }
  return rules
}

/** `over` wins by rule id; a severity alone keeps the options `base` gave (as in ESLint). */
export function mergeRules(base: RulesConfig | undefined, over: RulesConfig | undefined): RulesConfig | undefined {
  if (!over) return base
  const merged: RulesConfig = {...base}
  for (const [id, setting] of Object.entries(over)) {
    const previous = merged[id]
    const options = Array.isArray(previous) ? previous[1] : undefined
    merged[id] = typeof setting === 'string' && setting !== 'off' && options ? [setting, options] : setting
  }
  return merged
}

/** The company glossary becomes the `jargon` rule's `terms`; the rule's own `terms` win on the same term. */
function withGlossary(rules: RulesConfig | undefined, glossary: Record<string, string> | undefined, channel: Channel): RulesConfig | undefined {
  if (!glossary || Object.keys(glossary).length === 0) return rules
  const jargon = findRule('jargon')
  if (!jargon) return rules
  const current: RuleSetting | undefined = rules?.jargon
  let setting: RuleSetting
  if (current === undefined) {
    const onByDefault = !jargon.meta.channels || jargon.meta.channels.includes(channel)
    // A glossary gives the rule words to look for; it does not switch on a rule the channel leaves off.
    if (!onByDefault) return rules
    setting = [jargon.meta.severity, {terms: glossary}]
  } else {
    const [severity, options = {}] = Array.isArray(current) ? current : [current]
    if (severity === 'off') return rules
    const terms = {...glossary, ...(options.terms as Record<string, string> | undefined)}
    setting = [severity, {...options, terms}]
  }
  return {...rules, jargon: setting}
}

/** The lint options for replies a config covers (`config` undefined: no config file). */
export function lintOptionsFrom(config: ReplylintConfig | undefined, overrides: Overrides = {}): LintOptions {
  const channel = overrides.channel ?? config?.channel ?? 'email'
  const options: LintOptions = {channel, template: overrides.template ?? config?.template ?? false}
  // Unset means auto; only a choice is shown (--print-config).
  const lang = overrides.lang ?? config?.lang
  if (lang !== undefined) options.lang = lang
  const rules = mergeRules(withGlossary(config?.rules, config?.jargon, channel), overrides.rules)
  if (rules && Object.keys(rules).length > 0) options.rules = rules
  if (config?.allow && config.allow.length > 0) options.allow = config.allow
  if (config?.formats) options.formats = config.formats
  return options
}

/**
 * Only what a config file sets, for callers with defaults of their own (the
 * language server lays these over the editor's settings).
 */
export function configSettings(config: ReplylintConfig): Pick<LintOptions, 'channel' | 'lang' | 'template' | 'rules' | 'allow' | 'formats'> {
  const settings: Pick<LintOptions, 'channel' | 'lang' | 'template' | 'rules' | 'allow' | 'formats'> = {}
  if (config.channel !== undefined) settings.channel = config.channel
  if (config.lang !== undefined) settings.lang = config.lang
  if (config.template !== undefined) settings.template = config.template
  const rules = withGlossary(config.rules, config.jargon, config.channel ?? 'email')
  if (rules && Object.keys(rules).length > 0) settings.rules = rules
  if (config.allow && config.allow.length > 0) settings.allow = config.allow
  if (config.formats) settings.formats = config.formats
  return settings
}

