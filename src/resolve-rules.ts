/**
 * Turn a `rules` configuration into the rules to run, with their severities
 * and options. Like ESLint: a setting is a severity, or `[severity, options]`.
 */
import {rules as allRules} from '../rules/index.js'
import {ConfigError} from './errors.js'
import type {OptionType, Rule} from './rule.js'
import {severities, type Channel, type Severity} from './types.js'

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]
export type RulesConfig = Record<string, RuleSetting>

export interface ActiveRule {
  rule: Rule<any>
  severity: 'warn' | 'error'
  options: Record<string, unknown>
}

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]))

export const ruleIds: readonly string[] = allRules.map((rule) => rule.meta.id)

export function findRule(id: string): Rule<any> | undefined {
  return byId.get(id)
}

/**
 * The rules to run for `channel`. `where` names the config source in errors
 * (".replylintrc.yaml", "--rule").
 */
export function resolveRules(config: RulesConfig | undefined, channel: Channel, where = 'configuration'): ActiveRule[] {
  const settings = new Map<string, {severity: Severity; options: Record<string, unknown>}>()
  for (const [id, value] of Object.entries(config ?? {})) {
    const rule = byId.get(id)
    if (!rule) {
      throw new ConfigError(`${where}: unknown rule "${id}" in "rules". Valid rules: ${ruleIds.join(', ')}.`)
    }
    settings.set(id, parseSetting(rule, value, where))
  }

  const active: ActiveRule[] = []
  for (const rule of allRules) {
    const setting = settings.get(rule.meta.id)
    const onByDefault = !rule.meta.channels || rule.meta.channels.includes(channel)
    const severity = setting ? setting.severity : onByDefault ? rule.meta.severity : 'off'
    if (severity === 'off') continue
    active.push({rule, severity, options: setting?.options ?? {}})
  }
  return active
}

function parseSetting(rule: Rule<any>, value: unknown, where: string) {
  const id = rule.meta.id
  const [severity, options = {}] = Array.isArray(value) ? value : [value]
  if (typeof severity !== 'string' || !severities.includes(severity as Severity)) {
    throw new ConfigError(
      `${where}: "rules.${id}" must be one of ${severities.map((s) => `"${s}"`).join(', ')} or [severity, options], not ${JSON.stringify(value)}.`
    )
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(`${where}: the options of "rules.${id}" must be an object, not ${JSON.stringify(options)}.`)
  }
  validateOptions(rule, options as Record<string, unknown>, where)
  return {severity: severity as Severity, options: options as Record<string, unknown>}
}

function validateOptions(rule: Rule<any>, options: Record<string, unknown>, where: string) {
  const schema = rule.meta.options ?? {}
  const id = rule.meta.id
  for (const [key, value] of Object.entries(options)) {
    const type = schema[key]
    if (!type) {
      const valid = Object.keys(schema)
      throw new ConfigError(
        `${where}: unknown option "${key}" for rule "${id}". ${valid.length > 0 ? `Valid options: ${valid.join(', ')}.` : 'The rule takes no options.'}`
      )
    }
    if (!hasType(value, type)) {
      throw new ConfigError(`${where}: option "rules.${id}.${key}" must be ${describe(type)}, not ${JSON.stringify(value)}.`)
    }
  }
}

function hasType(value: unknown, type: OptionType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
    case 'string':
      return typeof value === 'string'
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
    case 'record':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((item) => typeof item === 'string')
      )
  }
}

function describe(type: OptionType): string {
  switch (type) {
    case 'boolean':
      return 'true or false'
    case 'number':
      return 'a number of 0 or more'
    case 'string':
      return 'a string'
    case 'string[]':
      return 'a list of strings'
    case 'record':
      return 'an object of strings ({"term": "plain words"})'
  }
}
