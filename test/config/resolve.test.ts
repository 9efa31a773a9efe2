/** Precedence: flags over the config file over the defaults; the glossary and the allow list. */
import {describe, expect, it} from 'vitest'
import {lintOptionsFrom, mergeRules, rulesFromFlags} from '../../src/config/resolve.js'
import {ConfigError} from '../../src/errors.js'
import {lint} from '../../src/lint.js'
import {ruleIds} from '../../src/resolve-rules.js'

describe('lintOptionsFrom', () => {
  it('uses the defaults without a config file', () => {
    expect(lintOptionsFrom(undefined)).toEqual({channel: 'email', template: false})
  })

  it('takes the config file over the defaults, and flags over both', () => {
    const config = {channel: 'chat' as const, template: true, rules: {brevity: 'error' as const}}
    expect(lintOptionsFrom(config)).toEqual({channel: 'chat', template: true, rules: {brevity: 'error'}})
    expect(lintOptionsFrom(config, {channel: 'social', template: false, rules: {brevity: 'off', jargon: 'error'}})).toEqual({
      channel: 'social',
      template: false,
      rules: {brevity: 'off', jargon: 'error'}
    })
  })

  it('feeds the glossary to the jargon rule’s terms, the rule’s own terms winning', () => {
    expect(lintOptionsFrom({jargon: {RMA: 'return authorisation'}}).rules).toEqual({jargon: ['warn', {terms: {RMA: 'return authorisation'}}]})
    expect(
      lintOptionsFrom({
        jargon: {RMA: 'return authorisation', NPS: 'survey score'},
        rules: {jargon: ['error', {acronyms: false, terms: {RMA: 'return form'}}]}
      }).rules
    ).toEqual({jargon: ['error', {acronyms: false, terms: {RMA: 'return form', NPS: 'survey score'}}]})
    expect(lintOptionsFrom({jargon: {RMA: 'return authorisation'}, rules: {jargon: 'off'}}).rules).toEqual({jargon: 'off'})
  })

  it('hands the format settings to the formats', () => {
    expect(lintOptionsFrom({formats: {keys: ['macros[].body']}})).toEqual({channel: 'email', template: false, formats: {keys: ['macros[].body']}})
  })

  it('keeps the glossary when a flag changes the jargon rule’s severity', () => {
    expect(lintOptionsFrom({jargon: {RMA: 'return authorisation'}}, {rules: {jargon: 'error'}}).rules).toEqual({
      jargon: ['error', {terms: {RMA: 'return authorisation'}}]
    })
  })

  it('lints with the glossary and the allow list', async () => {
    const text = 'Hi Anna,\n\nYour parcel is in the dispatch queue. Our SLA is two days. We will email you when it ships.\n\nKind regards,\nDaniel'
    const without = await lint(text, lintOptionsFrom(undefined))
    expect(without.messages.map((message) => message.actual)).toEqual(['SLA'])
    const configured = await lint(text, lintOptionsFrom({jargon: {'dispatch queue': 'list of parcels to send'}, allow: ['sla']}))
    expect(configured.messages.map((message) => [message.actual, message.expected])).toEqual([['dispatch queue', ['list of parcels to send']]])
  })
})

describe('allow list', () => {
  it('drops a message whose flagged text is an allowed phrase, ignoring case, apostrophes and spaces', async () => {
    const text = "Hi Anna,\n\nUnfortunately  we can't refund it.\n\nReply here if you have any questions.\n\nKind regards,\nDaniel"
    const flagged = await lint(text)
    expect(flagged.messages.map((message) => message.actual)).toEqual(["Unfortunately  we can't"])
    expect((await lint(text, {allow: ['UNFORTUNATELY WE CAN’T']})).messages).toEqual([])
    // Only the whole flagged text counts: a part of it is not enough.
    expect((await lint(text, {allow: ['unfortunately']})).messages).toHaveLength(1)
  })
})

describe('rulesFromFlags (--rule)', () => {
  it('reads id:severity, later flags winning', () => {
    expect(rulesFromFlags(['jargon:error', 'brevity:off', 'jargon: warn'])).toEqual({jargon: 'warn', brevity: 'off'})
  })

  it('names the flag and the valid choices', () => {
    const message = (flag: string) => {
      try {
        rulesFromFlags([flag])
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError)
        return (error as Error).message
      }
      return 'no error'
    }
    expect(message('jargon')).toBe('--rule "jargon": write id:severity, e.g. --rule jargon:error (severity: off, warn, error).')
    expect(message('jargn:error')).toBe(`--rule "jargn:error": unknown rule "jargn". Valid rules: ${ruleIds.join(', ')}.`)
    expect(message('jargon:on')).toBe('--rule "jargon:on": unknown severity "on". Valid severities: off, warn, error.')
  })
})

describe('mergeRules', () => {
  it('replaces by id and keeps options under a new severity', () => {
    expect(mergeRules({brevity: ['warn', {sentenceWords: 20}], jargon: 'warn'}, {brevity: 'error', jargon: 'off'})).toEqual({
      brevity: ['error', {sentenceWords: 20}],
      jargon: 'off'
    })
    expect(mergeRules({brevity: ['warn', {sentenceWords: 20}]}, {brevity: 'off'})).toEqual({brevity: 'off'})
    expect(mergeRules(undefined, undefined)).toBeUndefined()
  })
})
