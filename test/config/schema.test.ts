/** Config validation: every error names the file, the key and the valid choices. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {lintOptionsFrom} from '../../src/config/resolve.js'
import {configKeys, validateConfig} from '../../src/config/schema.js'
import {ConfigError} from '../../src/errors.js'
import {lint} from '../../src/lint.js'
import {ruleIds} from '../../src/resolve-rules.js'
import type {OptionType} from '../../src/rule.js'

const where = '.replylintrc.yaml'

function errorOf(raw: unknown): ConfigError {
  try {
    validateConfig(raw, where, '/project/.replylintrc.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('validateConfig', () => {
  it('accepts every key and returns them typed', () => {
    const raw = {
      rules: {jargon: ['error', {acronyms: false}], brevity: 'off'},
      channel: 'chat',
      lang: 'zh',
      template: true,
      jargon: {RMA: 'return authorisation'},
      allow: ['order number'],
      formats: {keys: ['macros[].body']}
    }
    expect(validateConfig(raw, where)).toEqual(raw)
  })

  it('takes an empty file, and keys left empty, as the defaults', () => {
    expect(validateConfig(undefined, where)).toEqual({})
    expect(validateConfig(null, where)).toEqual({})
    expect(validateConfig({jargon: null, allow: null, rules: null}, where)).toEqual({})
  })

  it('names an unknown key, a near match and the valid keys', () => {
    expect(errorOf({chanel: 'chat'}).message).toBe(
      '.replylintrc.yaml: unknown key "chanel". Did you mean "channel"? Valid keys: rules, channel, lang, template, jargon, allow, formats.'
    )
    expect(errorOf({extends: 'x'}).message).toBe('.replylintrc.yaml: unknown key "extends". Valid keys: rules, channel, lang, template, jargon, allow, formats.')
  })

  it('keeps the config file on the error for editors', () => {
    expect(errorOf({chanel: 'chat'}).file).toBe('/project/.replylintrc.yaml')
    expect(errorOf({rules: {nope: 'warn'}}).file).toBe('/project/.replylintrc.yaml')
  })

  it('refuses a config that is not an object', () => {
    expect(errorOf(['jargon']).message).toBe(
      '.replylintrc.yaml: the configuration must be an object of settings (rules, channel, lang, template, jargon, allow, formats), not ["jargon"].'
    )
  })

  it('names the valid channels, languages and template values', () => {
    expect(errorOf({channel: 'sms'}).message).toBe('.replylintrc.yaml: "channel" must be one of "email", "chat", "social", not "sms".')
    expect(errorOf({lang: 'fr'}).message).toBe('.replylintrc.yaml: "lang" must be one of "auto", "en", "zh", not "fr".')
    expect(errorOf({template: 'yes'}).message).toBe('.replylintrc.yaml: "template" must be true or false, not "yes".')
  })

  it('checks rules with the same messages as every other source of rule settings', () => {
    expect(errorOf({rules: ['jargon']}).message).toBe(
      '.replylintrc.yaml: "rules" must be an object of rule settings ({"jargon": "error"}), not ["jargon"].'
    )
    expect(errorOf({rules: {jargn: 'warn'}}).message).toBe(
      `.replylintrc.yaml: unknown rule "jargn" in "rules". Valid rules: ${ruleIds.join(', ')}.`
    )
    expect(errorOf({rules: {jargon: 'on'}}).message).toBe(
      '.replylintrc.yaml: "rules.jargon" must be one of "off", "warn", "error" or [severity, options], not "on".'
    )
    expect(errorOf({rules: {jargon: ['warn', {glossary: {}}]}}).message).toBe(
      '.replylintrc.yaml: unknown option "glossary" for rule "jargon". Valid options: terms, allow, acronyms.'
    )
    expect(errorOf({rules: {jargon: ['warn', {acronyms: 'no'}]}}).message).toBe(
      '.replylintrc.yaml: option "rules.jargon.acronyms" must be true or false, not "no".'
    )
  })

  it('wants plain words for every glossary term', () => {
    expect(errorOf({jargon: ['SLA']}).message).toBe(
      '.replylintrc.yaml: "jargon" must be an object of terms and plain words ({"SLA": "the response time we promise"}), not ["SLA"].'
    )
    expect(errorOf({jargon: {SLA: ''}}).message).toBe('.replylintrc.yaml: "jargon.SLA" must be the plain words for "SLA" (a string), not "".')
  })

  it('wants a list of phrases to allow', () => {
    expect(errorOf({allow: 'SLA'}).message).toBe('.replylintrc.yaml: "allow" must be a list of phrases (["SLA", "ticket"]), not "SLA".')
    expect(errorOf({allow: ['SLA', 3]}).message).toBe('.replylintrc.yaml: "allow" must be a list of phrases (["SLA", "ticket"]), not ["SLA",3].')
  })

  it('knows the format settings', () => {
    expect(errorOf({formats: {json: {keys: ['body']}}}).message).toBe('.replylintrc.yaml: unknown key "formats.json". Valid keys of "formats": keys.')
    expect(errorOf({formats: {keys: 'body'}}).message).toBe(
      '.replylintrc.yaml: "formats.keys" must be a list of key paths of the replies in JSON or YAML files (["macros[].body"]) or of CSV column names, not "body".'
    )
    expect(errorOf({formats: ['keys']}).message).toBe('.replylintrc.yaml: "formats" must be an object of format settings ({"keys": ["body"]}), not ["keys"].')
  })
})

describe('validateConfig on arbitrary settings', () => {
  /** Any value a JSON or YAML file can hold, and the ones a config file is likely to get wrong. */
  const value = fc.oneof(
    fc.jsonValue({maxDepth: 2}),
    fc.constantFrom('off', 'warn', 'error', 'email', 'chat', 'social', 'auto', 'en', 'zh', true, false, 0, -1, 1e9, '', ' ', '__proto__')
  )
  /** Values of an option's type (edge cases included), and now and then of another. */
  const ofType: Record<OptionType, fc.Arbitrary<unknown>> = {
    boolean: fc.boolean(),
    number: fc.oneof(fc.integer({min: -5, max: 500}), fc.constantFrom(0, 1e9, 0.5, Number.MAX_SAFE_INTEGER)),
    string: fc.string({maxLength: 12}),
    'string[]': fc.array(fc.oneof(fc.string({maxLength: 12}), fc.constantFrom('', ' ', '(', '\\', '.*', 'SLA')), {maxLength: 4}),
    record: fc.dictionary(fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('SLA', 'L2', '(', '.*')), fc.string({maxLength: 12}), {maxKeys: 3})
  }
  const settingOf = (rule: (typeof rules)[number]) =>
    fc.tuple(
      fc.constantFrom('off', 'warn', 'error'),
      fc.record(
        Object.fromEntries(
          Object.entries(rule.meta.options ?? {}).map(([name, type]) => [name, fc.oneof({weight: 12, arbitrary: ofType[type]}, {weight: 1, arbitrary: value})])
        ),
        {requiredKeys: []}
      )
    )
  const ruleSettings = fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom(...rules).chain((rule) => fc.record({[rule.meta.id]: settingOf(rule)}))},
    {weight: 1, arbitrary: fc.record(Object.fromEntries(rules.map((rule) => [rule.meta.id, settingOf(rule)])), {requiredKeys: []})},
    {weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...ruleIds), fc.string({maxLength: 6})), fc.oneof(value, fc.tuple(value, value)), {maxKeys: 3})}
  )
  /** Mostly settings of the rules, as a team writes them. */
  const teamConfig = fc.record(
    {rules: ruleSettings, channel: fc.constantFrom('email', 'chat', 'social'), template: fc.boolean(), jargon: ofType.record, allow: ofType['string[]']},
    {requiredKeys: ['rules']}
  )
  const config = fc.dictionary(
    fc.oneof({weight: 5, arbitrary: fc.constantFrom(...configKeys)}, {weight: 1, arbitrary: fc.string({maxLength: 8})}),
    fc.oneof(
      value,
      ruleSettings,
      fc.array(fc.oneof(fc.string({maxLength: 10}), value), {maxLength: 3}),
      fc.record({keys: fc.oneof(value, fc.array(fc.string({maxLength: 12}), {maxLength: 3}))})
    ),
    {maxKeys: 4}
  )

  it('either refuses a config with a ConfigError naming the file, or accepts one every rule can run with', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({weight: 3, arbitrary: teamConfig}, {weight: 2, arbitrary: config}, {weight: 1, arbitrary: value}), async (raw) => {
        let accepted: ReturnType<typeof validateConfig> | undefined
        try {
          accepted = validateConfig(raw, where)
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError)
          expect((error as Error).message.startsWith(`${where}: `)).toBe(true)
          return
        }
        // A config that passes must lint (a wrong option type would throw in a rule here), and give a report.
        const options = lintOptionsFrom(accepted)
        const file = await lint('Hi Anna,\n\nWe can’t refund it ASAP, sorry. Our SLA says 5 days.\n\nThanks,\nDaniel', options)
        expect(file.messages.every((message) => typeof message.ruleId === 'string')).toBe(true)
        expect(file.data.score).toBeGreaterThanOrEqual(0)
      }),
      {numRuns: 1500}
    )
  })
})
