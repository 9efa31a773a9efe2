/** The CI reporters: GitHub annotations and SARIF 2.1.0 (validated against the OASIS schema). */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {formatResults} from '../src/report/index.js'
import {toSarif} from '../src/report/sarif.js'

// CommonJS packages: their default export is on `.default` under NodeNext.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default

const reply = 'Hi Anna,\n\nIn order to help, we can’t refund it!!\n\nKind regards,\nDaniel'

describe('github reporter', () => {
  it('prints one workflow command per message', async () => {
    const file = await lint(reply, {path: 'replies/refund.txt', rules: {'shouting': 'error'}})
    expect(await formatResults([file], 'github')).toBe(
      [
        '::warning file=replies/refund.txt,line=3,col=1,endLine=3,endColumn=12,title=replylint(brevity)::“In order to” is wordy: write “to”.',
        '::warning file=replies/refund.txt,line=3,col=1,endLine=3,endColumn=39,title=replylint(next-step)::Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.”',
        '::warning file=replies/refund.txt,line=3,col=19,endLine=3,endColumn=27,title=replylint(positive-framing)::Say what you can do instead of “we can’t”: offer the alternative, e.g. start with “What we can do is …”.',
        '::error file=replies/refund.txt,line=3,col=37,endLine=3,endColumn=39,title=replylint(shouting)::Use one “!”: “!!” reads as shouting.',
        ''
      ].join('\n')
    )
  })

  it('escapes %, line breaks, and : and , in properties', async () => {
    const file = new VFile({path: 'a,b:c%.txt', value: 'x'})
    file.message('50% off\nnow', {place: {line: 1, column: 1}, ruleId: 'brevity'}).fatal = false
    expect(await formatResults([file], 'github')).toBe('::warning file=a%2Cb%3Ac%25.txt,line=1,col=1,title=replylint(brevity)::50%25 off%0Anow\n')
  })
})

describe('unix reporter', () => {
  it('prints path:line:column, the message and the rule, one line each, and the count', async () => {
    const file = await lint(reply, {path: 'replies/refund.txt', rules: {'shouting': 'error'}})
    const clean = await lint('Hi Anna,\n\nYour refund was sent today; it reaches your card by Friday.\n\nKind regards,\nDaniel', {path: 'replies/clean.txt'})
    expect(await formatResults([clean, file], 'unix')).toBe(
      [
        'replies/refund.txt:3:1: “In order to” is wordy: write “to”. [Warning/brevity]',
        'replies/refund.txt:3:1: Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.” [Warning/next-step]',
        'replies/refund.txt:3:19: Say what you can do instead of “we can’t”: offer the alternative, e.g. start with “What we can do is …”. [Warning/positive-framing]',
        'replies/refund.txt:3:37: Use one “!”: “!!” reads as shouting. [Error/shouting]',
        '',
        '4 problems',
        ''
      ].join('\n')
    )
    expect(await formatResults([clean], 'unix')).toBe('')
  })

  it('keeps a message on its line', async () => {
    const file = new VFile({value: 'x'})
    file.message('50% off\r\n  now', {place: {line: 1, column: 1}, ruleId: 'brevity'}).fatal = false
    expect(await formatResults([file], 'unix')).toBe('<stdin>:1:1: 50% off now [Warning/brevity]\n\n1 problem\n')
  })
})

describe('sarif reporter', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'))
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
  addFormats(ajv)
  const validate = ajv.compile(schema)

  it('is valid SARIF 2.1.0', async () => {
    const files = [await lint(reply, {path: 'replies/refund.txt'}), await lint('Hi Anna,\n\nCard 4111 1111 1111 1111.', {path: 'replies/card.txt'})]
    const sarif = JSON.parse(await formatResults(files, 'sarif'))
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
  })

  it('names the rules, levels, regions, fixes and scores', async () => {
    const file = await lint('Hi Anna,\n\nCard 4111 1111 1111 1111 in order to pay.', {path: 'card.txt'})
    const run = toSarif([file], '1.2.3').runs[0]!
    expect(run.tool.driver.name).toBe('replylint')
    expect(run.tool.driver.version).toBe('1.2.3')
    expect(run.tool.driver.rules.map((rule) => rule.id)).toContain('sensitive-data')
    const card = run.results.find((result) => result.ruleId === 'sensitive-data')!
    expect(card).toMatchObject({
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'card.txt'}, region: {startLine: 3, startColumn: 6, endLine: 3, endColumn: 25}}}],
      properties: {score: 0},
      fixes: [{artifactChanges: [{replacements: [{deletedRegion: {charOffset: 15, charLength: 19}, insertedContent: {text: '**** 1111'}}]}]}]
    })
    expect(run.tool.driver.rules[card.ruleIndex!]!.id).toBe('sensitive-data')
  })
})
