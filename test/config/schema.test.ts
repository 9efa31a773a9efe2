/** Config validation: every error names the file, the key and the valid choices. */
import {describe, expect, it} from 'vitest'
import {validateConfig} from '../../src/config/schema.js'
import {ConfigError} from '../../src/errors.js'
import {ruleIds} from '../../src/resolve-rules.js'

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
      '.replylintrc.yaml: "formats.keys" must be a list of key paths of the replies in JSON or YAML files (["macros[].body"]), not "body".'
    )
    expect(errorOf({formats: ['keys']}).message).toBe('.replylintrc.yaml: "formats" must be an object of format settings ({"keys": ["body"]}), not ["keys"].')
  })
})
