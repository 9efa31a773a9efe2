/**
 * The language server as an editor sees it: the built bin started as a child
 * process, driven over JSON-RPC on stdio.
 */
import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {root, startClient, type TestClient} from './client.js'

// Our own words. The truck emoji is two UTF-16 code units: LSP columns must count both.
const draft = [
  'Hi customer,',
  '',
  'Thanks for writing in. Your parcel 🚚 left our warehouse today and the SLA is two days.',
  '',
  'We will call you in order to confirm the address.',
  '',
  'Best regards,',
  'Sam',
  ''
].join('\n')

function open(client: TestClient, uri: string, text: string, languageId = 'plaintext', version = 1) {
  return client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
}

function codeActions(client: TestClient, uri: string, line: number, character: number) {
  const position = {line, character}
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: {start: position, end: position},
    context: {diagnostics: []}
  }) as Promise<CodeAction[]>
}

function apply(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] as TextEdit[]
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits)
}

function find(diagnostics: Diagnostic[], code: string) {
  return diagnostics.filter((diagnostic) => diagnostic.code === code)
}

/** The text a diagnostic's range covers, read the way an editor does (UTF-16 columns). */
function covered(text: string, diagnostic: Diagnostic): string {
  const document = TextDocument.create('file:///x', 'plaintext', 1, text)
  return document.getText(diagnostic.range)
}

describe('replylint --lsp', () => {
  let client: TestClient
  const uri = 'file:///tmp/replylint-lsp-test/draft.txt'

  beforeAll(async () => {
    // A debounce long enough that five quick changes land within it even on a busy CI machine.
    client = await startClient(undefined, {debounce: 400})
  })
  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill()
  })

  it('announces incremental sync and quick fixes', () => {
    expect(client.initialized.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(client.initialized.capabilities.codeActionProvider).toEqual({codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.replylint']})
  })

  it('publishes diagnostics on open with rule ids, doc links, severities and UTF-16 ranges', async () => {
    await open(client, uri, draft)
    const {diagnostics, version} = await client.diagnostics(uri)
    expect(version).toBe(1)
    expect(find(diagnostics, 'jargon')).toEqual([
      {
        range: {start: {line: 2, character: 71}, end: {line: 2, character: 74}},
        severity: DiagnosticSeverity.Warning,
        source: 'replylint',
        code: 'jargon',
        codeDescription: {href: expect.stringMatching(/\/rules\/jargon\.md$/)},
        message: '“SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term).'
      }
    ])
    expect(covered(draft, find(diagnostics, 'jargon')[0]!)).toBe('SLA')
    const wordy = find(diagnostics, 'brevity').find((diagnostic) => covered(draft, diagnostic) === 'in order to')
    expect(wordy?.range).toEqual({start: {line: 4, character: 17}, end: {line: 4, character: 28}})
    const greeting = find(diagnostics, 'polite-forms').find((diagnostic) => covered(draft, diagnostic) === 'Hi customer')
    expect(greeting?.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 11}})
  })

  it('publishes updated diagnostics after an incremental change', async () => {
    // Replace "SLA" with "delivery promise".
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 2, character: 71}, end: {line: 2, character: 74}}, text: 'delivery promise'}]
    })
    const {diagnostics, version} = await client.diagnostics(uri, 2)
    expect(version).toBe(2)
    expect(find(diagnostics, 'jargon')).toEqual([])
    // Positions after the edit are still right.
    const wordy = find(diagnostics, 'brevity').find((diagnostic) => String(diagnostic.message).includes('in order to'))
    expect(wordy?.range).toEqual({start: {line: 4, character: 17}, end: {line: 4, character: 28}})
  })

  it('publishes only the newest of several quick changes', async () => {
    const before = client.received(uri).length
    for (let version = 3; version <= 7; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{text: `Hi customer,\n\nWe can't do that${'!'.repeat(version)}\n`}]
      })
    }
    const last = await client.diagnostics(uri, 7)
    expect(client.received(uri).slice(before).map((params) => params.version)).toEqual([7])
    expect(find(last.diagnostics, 'positive-framing')).toHaveLength(1)
  })

  it('offers a preferred quick fix that applies the rule’s safe suggestion', async () => {
    const text = draft
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 8}, contentChanges: [{text}]})
    const actions = await codeActions(client, uri, 4, 20)
    const fix = actions.find((action) => action.title === 'Replace “in order to” with “to”')
    expect(fix).toMatchObject({kind: CodeActionKind.QuickFix, isPreferred: true})
    expect(fix?.diagnostics?.[0]?.code).toBe('brevity')
    expect(apply(uri, text, fix!).split('\n')[4]).toBe('We will call you to confirm the address.')
  })

  it('offers suggestions that are not safe to apply blindly, not preferred', async () => {
    const actions = await codeActions(client, uri, 2, 72)
    const suggestion = actions.find((action) => action.title === 'Replace “SLA” with “the response time we promise”')
    expect(suggestion?.isPreferred).toBe(false)
    expect(apply(uri, draft, suggestion!).split('\n')[2]).toBe(
      'Thanks for writing in. Your parcel 🚚 left our warehouse today and the the response time we promise is two days.'
    )
  })

  it('offers to disable a rule for one line with a control comment', async () => {
    const actions = await codeActions(client, uri, 2, 72)
    const disable = actions.find((action) => action.title === 'Disable jargon for this line')
    expect(disable?.kind).toBe(CodeActionKind.QuickFix)
    const lines = apply(uri, draft, disable!).split('\n')
    expect(lines.slice(1, 4)).toEqual(['', '<!-- replylint-disable-next-line jargon -->', draft.split('\n')[2]])

    // With the comment in place the message is gone, and the comment itself is understood.
    const silenced = 'file:///tmp/replylint-lsp-test/silenced.txt'
    await open(client, silenced, lines.join('\n'))
    const {diagnostics} = await client.diagnostics(silenced)
    expect(find(diagnostics, 'jargon')).toEqual([])
    expect(find(diagnostics, 'replylint/directive')).toEqual([])
    expect(find(diagnostics, 'brevity').length).toBeGreaterThan(0)
  })

  it('adds a rule to the disable comment already above the line', async () => {
    const text = 'Hi Ann,\n\n<!-- replylint-disable-next-line brevity -->\nThe SLA is two days, and we call in order to check.\n'
    const commented = 'file:///tmp/replylint-lsp-test/commented.txt'
    await open(client, commented, text)
    const {diagnostics} = await client.diagnostics(commented)
    expect(find(diagnostics, 'jargon')).toHaveLength(1)
    const actions = await codeActions(client, commented, 3, 5)
    const disable = actions.find((action) => action.title === 'Disable jargon for this line')
    const both = apply(commented, text, disable!)
    expect(both.split('\n')[2]).toBe('<!-- replylint-disable-next-line brevity, jargon -->')
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: commented, version: 2}, contentChanges: [{text: both}]})
    const after = await client.diagnostics(commented, 2)
    expect([...find(after.diagnostics, 'jargon'), ...find(after.diagnostics, 'brevity')]).toEqual([])
  })

  it('offers a source action that applies every safe fix, as --fix does', async () => {
    const twice = draft.replace('Thanks for writing in.', 'Thanks for writing in in order to help.')
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 9}, contentChanges: [{text: twice}]})
    const position = {line: 0, character: 0}
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: position, end: position},
      context: {diagnostics: [], only: [CodeActionKind.SourceFixAll]}
    })) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all 2 safe replylint problems', 'source.fixAll.replylint']])
    const fixed = apply(uri, twice, actions[0]!).split('\n')
    expect(fixed[2]).toBe('Thanks for writing in to help. Your parcel 🚚 left our warehouse today and the SLA is two days.')
    expect(fixed[4]).toBe('We will call you to confirm the address.')
    // Beside the quick fixes where one is safe, too.
    const atFix = await codeActions(client, uri, 4, 20)
    expect(atFix.map((action) => action.kind)).toContain('source.fixAll.replylint')
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 10}, contentChanges: [{text: draft}]})
  })

  it('offers no disable comment for a broken directive', async () => {
    const text = 'Hi Ann,\n\n<!-- replylint-disable-next-line no-such-rule -->\nThanks for your order.\n'
    const broken = 'file:///tmp/replylint-lsp-test/broken-directive.txt'
    await open(client, broken, text)
    const {diagnostics} = await client.diagnostics(broken)
    const directive = find(diagnostics, 'replylint/directive')
    expect(directive).toHaveLength(1)
    const actions = await codeActions(client, broken, directive[0]!.range.start.line, directive[0]!.range.start.character + 1)
    expect(actions.filter((action) => action.title.startsWith('Disable replylint/directive'))).toEqual([])
  })

  it('offers nothing where there is no message, and nothing for other kinds', async () => {
    expect(await codeActions(client, uri, 6, 3)).toEqual([])
    const position = {line: 4, character: 20}
    const refactors = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: position, end: position},
      context: {diagnostics: [], only: [CodeActionKind.Refactor]}
    })
    expect(refactors).toEqual([])
  })

  it('lints Markdown, HTML and e-mail documents by language id and extension, and skips source code', async () => {
    const typescript = 'file:///tmp/replylint-lsp-test/notes.ts'
    await open(client, typescript, '// The SLA is two days.\n', 'typescript')
    const email = 'From: Sam <sam@example.com>\nTo: ann@example.com\nSubject: Your parcel\n\nHi Ann,\n\nThe SLA is two days.\n'
    for (const [name, languageId, text] of [
      ['reply.md', 'markdown', '# Your parcel\n\nThe SLA is *two* days.\n'],
      ['reply.html', 'html', '<p>The SLA is two days.</p>\n'],
      ['reply.eml', 'plaintext', email],
      ['reply-without-extension', 'mail', email]
    ] as const) {
      const other = `file:///tmp/replylint-lsp-test/${name}`
      await open(client, other, text, languageId)
      const {diagnostics} = await client.diagnostics(other)
      const jargon = find(diagnostics, 'jargon')
      expect(jargon.map((diagnostic) => covered(text, diagnostic)), name).toEqual(['SLA'])
    }
    // Opened first, so its diagnostics would have come before the others'.
    expect(client.received(typescript)).toEqual([])
  })

  it('lints collections of replies (JSON, YAML, CSV) by language id and extension, with ranges in the file', async () => {
    for (const [name, languageId, text] of [
      ['macros.json', 'json', '{"macros": [{"title": "Delay", "body": "Hi Ann, the SLA is two days."}]}\n'],
      ['macros-without-extension', 'jsonc', '{"macros": [{"title": "Delay", "body": "Hi Ann, the SLA is two days."}]}\n'],
      ['replies.yaml', 'yaml', 'replies:\n  - title: Delay\n    body: |\n      Hi Ann,\n      the SLA is two days.\n'],
      ['replies.yml', 'plaintext', 'replies:\n  - body: Hi Ann, the SLA is two days.\n'],
      ['replies.csv', 'csv', 'title,body\nDelay,"Hi Ann, the SLA is two days."\n']
    ] as const) {
      const other = `file:///tmp/replylint-lsp-test/${name}`
      await open(client, other, text, languageId)
      const {diagnostics} = await client.diagnostics(other)
      expect(find(diagnostics, 'jargon').map((diagnostic) => covered(text, diagnostic)), name).toEqual(['SLA'])
    }
  })

  it('offers no control comment in a collection, and no edit that would need quoting', async () => {
    // A YAML single-quoted string doubles its apostrophes: “We’re” written in as it stands would end the string.
    const yaml = "replies:\n  - body: 'Hi Ann, we''re in the process of checking your order.'\n"
    const collection = 'file:///tmp/replylint-lsp-test/quoting.yaml'
    await open(client, collection, yaml, 'yaml')
    const {diagnostics} = await client.diagnostics(collection)
    const wordy = find(diagnostics, 'brevity').find((diagnostic) => covered(yaml, diagnostic).startsWith('we'))
    expect(covered(yaml, wordy!)).toBe("we''re in the process of")
    const actions = await codeActions(client, collection, wordy!.range.start.line, wordy!.range.start.character + 1)
    expect(actions.map((action) => action.title)).toEqual([])

    // The same reply as a text file gets both.
    const text = 'Hi Ann, we’re in the process of checking your order.\n'
    const plain = 'file:///tmp/replylint-lsp-test/quoting.txt'
    await open(client, plain, text)
    const titles = (await codeActions(client, plain, 0, 9)).map((action) => action.title)
    expect(titles).toEqual(['Replace “we’re in the process of” with “we’re”', 'Disable next-step for this line', 'Disable brevity for this line'])

    // A safe edit is still offered in a collection: a word for a word.
    const json = '{"body": "Hi Ann, we will call you in order to confirm the address."}\n'
    const macros = 'file:///tmp/replylint-lsp-test/safe-edit.json'
    await open(client, macros, json, 'json')
    const inOrderTo = find((await client.diagnostics(macros)).diagnostics, 'brevity')[0]!
    const offered = await codeActions(client, macros, 0, inOrderTo.range.start.character + 1)
    expect(offered.map((action) => action.title)).toEqual(['Replace “in order to” with “to”', 'Fix the safe replylint problem'])
    expect(apply(macros, json, offered[0]!)).toBe('{"body": "Hi Ann, we will call you to confirm the address."}\n')
  })

  it('lints unsaved buffers (untitled: URIs)', async () => {
    const untitled = 'untitled:Untitled-1'
    await open(client, untitled, 'We cannot refund it.\n')
    const {diagnostics} = await client.diagnostics(untitled)
    expect(find(diagnostics, 'positive-framing')).toHaveLength(1)
  })

  it('lints a Chinese draft with Chinese messages and offers its safe fix (你 → 您)', async () => {
    const chinese = 'file:///tmp/replylint-lsp-test/chinese.txt'
    const text = '王先生，你好：\n周一周二我们不能安排。\n'
    await open(client, chinese, text)
    const {diagnostics} = await client.diagnostics(chinese)
    const you = find(diagnostics, 'polite-forms').find((diagnostic) => covered(text, diagnostic) === '你好')
    expect(you?.message).toBe('称呼客户请用“您”：把“你好”写成“您好”。')
    expect(find(diagnostics, 'positive-framing').map((diagnostic) => covered(text, diagnostic))).toEqual(['不能'])
    const fix = (await codeActions(client, chinese, 0, 5)).find((action) => action.isPreferred)
    expect(apply(chinese, text, fix!).split('\n')[0]).toBe('王先生，您好：')
  })

  it('clears diagnostics when a document closes', async () => {
    const closing = 'file:///tmp/replylint-lsp-test/closing.txt'
    await open(client, closing, 'The SLA is two days.\n')
    expect((await client.diagnostics(closing)).diagnostics.length).toBeGreaterThan(0)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: closing}})
    expect((await client.diagnostics(closing)).diagnostics).toEqual([])
  })

  it('shuts down and exits with 0', async () => {
    expect(await client.stop()).toBe(0)
  })
})

describe('replylint-lsp bin', () => {
  it('speaks the same protocol', async () => {
    const client = await startClient([join(root, 'bin', 'replylint-lsp.js'), '--stdio'])
    const uri = 'file:///tmp/replylint-lsp-test/bin.txt'
    await open(client, uri, 'The SLA is two days.\n')
    const {diagnostics} = await client.diagnostics(uri)
    expect(find(diagnostics, 'jargon')[0]?.range).toEqual({start: {line: 0, character: 4}, end: {line: 0, character: 7}})
    expect(await client.stop()).toBe(0)
  })
})

describe('replylint --lsp with files', () => {
  it('is a usage error (exit 2): the server reads requests, not files', async () => {
    const run = promisify(execFile)(process.execPath, [join(root, 'bin', 'replylint.js'), '--lsp', 'fixtures/draft-reply.txt'], {cwd: root})
    await expect(run).rejects.toMatchObject({code: 2, stderr: 'replylint: --lsp reads requests from stdin: give no files and no --stdin\n'})
  })
})
