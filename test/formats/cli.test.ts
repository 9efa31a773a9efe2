/** The built CLI on the format fixtures: the whole output, as a user sees it. */
import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'replylint.js')

async function replylint(args: string[], input?: string) {
  const child = exec('node', [bin, ...args], {cwd: root})
  if (input !== undefined) child.child.stdin!.end(input)
  try {
    const {stdout, stderr} = await child
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

/** Stylish output without the padding between columns, which depends on the longest message. */
const rows = (stdout: string) => stdout.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trimEnd())

describe('replylint on Markdown, HTML, e-mail, JSON, YAML and CSV', () => {
  it('lints a Markdown macro', async () => {
    const result = await replylint(['--template', 'fixtures/macro-refund.md'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual([
      'fixtures/macro-refund.md',
      '3:51-3:73 warning Say what you can do instead of “Unfortunately we can\'t”: offer the alternative, e.g. start with “What we can do is …”. positive-framing replylint',
      '11:1-11:5 warning Add “please” to this request: “Please send …” or ask “Could you send …?”. polite-forms replylint',
      '11:35-11:37 warning “L2” is our word, not the customer’s: write “our specialist team” (or explain the term). jargon replylint',
      '11:89-11:92 warning “SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term). jargon replylint',
      '12:11-12:22 warning “in order to” is wordy: write “to”. brevity replylint',
      '',
      '⚠ 5 warnings',
      'fixtures/macro-refund.md: score 75/100',
      ''
    ])
  })

  it('lints an HTML e-mail template', async () => {
    const result = await replylint(['--template', 'fixtures/email-template.html'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual([
      'fixtures/email-template.html',
      '13:11-13:39 warning Say what you can do instead of “Unfortunately we can’t”: offer the alternative, e.g. start with “What we can do is …”. positive-framing replylint',
      '19:12-19:16 warning Add “please” to this request: “Please send …” or ask “Could you send …?”. polite-forms replylint',
      '19:45-19:47 warning “L2” is our word, not the customer’s: write “our specialist team” (or explain the term). jargon replylint',
      '19:64-19:67 warning “SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term). jargon replylint',
      '19:79-19:90 warning “in order to” is wordy: write “to”. brevity replylint',
      '22:107-22:126 error Remove this Visa card number: refer to the card by its last four digits, “**** 1111”. sensitive-data replylint',
      '',
      '6 messages (✖ 1 error, ⚠ 5 warnings)',
      'fixtures/email-template.html: score 0/100',
      ''
    ])
  })

  it('lints the new text of a reply .eml, not its quoted history or signature (only sensitive-data reads those)', async () => {
    const result = await replylint(['fixtures/reply-with-history.eml'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual([
      'fixtures/reply-with-history.eml',
      '14:1-14:31 warning Say what you can do instead of “Unfortunately we can’t”: offer the alternative, e.g. start with “What we can do is …”. positive-framing replylint',
      '14:52-14:54 warning “L2” is our word, not the customer’s: write “our specialist team” (or explain the term). jargon replylint',
      '14:71-14:74 warning “SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term). jargon replylint',
      '14:75-15:8 warning “in order to” is wordy: write “to”. brevity replylint',
      '17:1-17:5 warning Add “please” to this request: “Please send …” or ask “Could you send …?”. polite-forms replylint',
      '25:44-25:63 error Remove this Visa card number: refer to the card by its last four digits, “**** 1111”. sensitive-data replylint',
      '',
      '6 messages (✖ 1 error, ⚠ 5 warnings)',
      'fixtures/reply-with-history.eml: score 0/100',
      ''
    ])
  })

  it('lints a Zendesk macro export (JSON), with HTML in one macro', async () => {
    const result = await replylint(['--template', 'fixtures/macros-zendesk.json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual([
      'fixtures/macros-zendesk.json',
      '10:60-10:82 warning Say what you can do instead of “Unfortunately we can\'t”: offer the alternative, e.g. start with “What we can do is …”. positive-framing replylint',
      '10:130-10:133 warning “SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term). jargon replylint',
      '10:134-10:145 warning “in order to” is wordy: write “to”. brevity replylint',
      '10:167-10:171 warning Add “please” to this request: “Please send …” or ask “Could you send …?”. polite-forms replylint',
      '20:115-20:139 warning “Please be advised that” is wordy: drop it. brevity replylint',
      '20:115-20:157 warning Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.” next-step replylint',
      '',
      '⚠ 6 warnings',
      'fixtures/macros-zendesk.json: score 70/100',
      ''
    ])
  })

  it('lints saved replies in YAML, each reply on its own', async () => {
    const result = await replylint(['--template', 'fixtures/saved-replies.yaml'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual([
      'fixtures/saved-replies.yaml',
      '8:7-8:11 warning Add “please” to this request: “Please send …” or ask “Could you send …?”. polite-forms replylint',
      '14:50-15:55 warning Say what happens next: a step, a time or an offer of help, e.g. “I will email you the tracking number by 5 pm today; reply here if anything else comes up.” next-step replylint',
      '14:50-15:55 warning End with a polite closing, e.g. “Kind regards,” and your name, or “Thanks again for your patience.”. polite-forms replylint',
      '14:54-14:56 warning “L2” is our word, not the customer’s: write “our specialist team” (or explain the term). jargon replylint',
      '15:16-15:27 warning “in order to” is wordy: write “to”. brevity replylint',
      '17:45-17:53 warning “escalate” is our word, not the customer’s: write “pass to a specialist” (or explain the term). jargon replylint',
      '17:66-17:69 warning “SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term). jargon replylint',
      '',
      '⚠ 7 warnings',
      'fixtures/saved-replies.yaml: score 65/100',
      ''
    ])
  })

  it('reports invalid JSON in one line and still lints the other files', async () => {
    const result = await replylint(['--stdin', '--stdin-filename', 'macros.json'], '{"body": ')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('replylint: macros.json: not valid JSON at 1:10 (ValueExpected); fix it, or lint it as text with --parser text\n')
    const both = await replylint(['--template', 'fixtures/good-reply.txt', 'package.json', 'fixtures/saved-replies.yaml'])
    expect(both.code).toBe(0)
    expect(both.stdout).toContain('fixtures/good-reply.txt: no issues found')
    expect(both.stdout).toContain('fixtures/saved-replies.yaml: score 65/100')
  })

  it('picks the format from --stdin-filename, or from --parser over the extension', async () => {
    const source = await readFile(join(root, 'fixtures', 'macro-refund.md'), 'utf8')
    const byName = await replylint(['--template', '--format', 'json', '--stdin', '--stdin-filename', 'macro.md'], source)
    const forced = await replylint(['--template', '--format', 'json', '--parser', 'markdown', '--stdin', '--stdin-filename', 'macro.txt'], source)
    const asText = await replylint(['--template', '--format', 'json', '--stdin', '--stdin-filename', 'macro.txt'], source)
    const positions = (stdout: string) =>
      (JSON.parse(stdout)[0].messages as Array<{line: number; column: number; ruleId: string}>).map((m) => `${m.line}:${m.column} ${m.ruleId}`)
    expect(positions(byName.stdout)).toEqual(['3:51 positive-framing', '11:1 polite-forms', '11:35 jargon', '11:89 jargon', '12:11 brevity'])
    expect(positions(forced.stdout)).toEqual(positions(byName.stdout))
    // As plain text the inline code `SLA` and the quoted customer's words are read too.
    expect(positions(asText.stdout)).not.toEqual(positions(byName.stdout))
  })

  it('refuses an unknown --parser', async () => {
    const result = await replylint(['--parser', 'docx', 'fixtures/macro-refund.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^replylint: option '--parser <format>' argument 'docx' is invalid\. Allowed choices are text, markdown, html, eml, json, yaml, csv\./)
  })

  it('lints every format in a folder', async () => {
    const result = await replylint(['--format', 'json', 'fixtures'])
    const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining([
        'fixtures/draft-reply.txt',
        'fixtures/email-template.html',
        'fixtures/macro-refund.md',
        'fixtures/macros-zendesk.json',
        'fixtures/reply-with-history.eml',
        'fixtures/saved-replies.yaml',
        'fixtures/saved-replies.csv'
      ]))
  })
})
