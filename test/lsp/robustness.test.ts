/**
 * Bad input must not take the language server down: malformed messages,
 * requests about documents that are not open, huge documents, broken
 * settings. After each, the server still lints.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DiagnosticSeverity, ErrorCodes, type Diagnostic} from 'vscode-languageserver-protocol'
import {startClient, type TestClient} from './client.js'

const reply = 'The SLA is two days.\n'

async function stillLints(client: TestClient, name: string) {
  const uri = `file:///tmp/replylint-lsp-robust/${name}.txt`
  await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: reply}})
  const {diagnostics} = await client.diagnostics(uri)
  expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
}

function codes(diagnostics: Diagnostic[]) {
  return diagnostics.map((diagnostic) => diagnostic.code)
}

describe('replylint --lsp on bad input', () => {
  let client: TestClient

  beforeAll(async () => {
    client = await startClient()
  })
  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill()
  })

  it('survives a message that is not JSON', async () => {
    const body = '{"jsonrpc": "2.0", "method": '
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    await stillLints(client, 'after-garbage')
  })

  it('answers an unknown method with MethodNotFound', async () => {
    await expect(client.connection.sendRequest('replylint/noSuchMethod', {})).rejects.toMatchObject({code: ErrorCodes.MethodNotFound})
    await stillLints(client, 'after-unknown-method')
  })

  it('answers requests about documents that are not open with nothing', async () => {
    const position = {line: 0, character: 0}
    const params = {textDocument: {uri: 'file:///nowhere/never-opened.txt'}, range: {start: position, end: position}, context: {diagnostics: []}}
    expect(await client.connection.sendRequest('textDocument/codeAction', params)).toEqual([])
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: 'file:///nowhere/never-opened.txt', version: 2},
      contentChanges: [{text: 'The SLA.'}]
    })
    await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri: 'file:///nowhere/never-opened.txt'}})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: 'file:///nowhere/never-opened.txt'}})
    await stillLints(client, 'after-not-open')
  })

  it('answers malformed requests and notifications without dying', async () => {
    expect(await client.connection.sendRequest('textDocument/codeAction', {})).toEqual([])
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: 7, range: 'here'})).toEqual([])
    // Positional parameters where the protocol wants an object, written raw (the client library refuses to).
    const body = JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didOpen', params: [1, 2]})
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    await client.connection.sendNotification('textDocument/didOpen', {})
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///n.txt', languageId: 'plaintext', version: 1, text: 42}})
    // A change without a version is refused by the document manager.
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'file:///x.txt'}, contentChanges: [{text: 'x'}]})
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {replylint: 'loud'}})
    await stillLints(client, 'after-malformed')
  })

  it('lints URIs it cannot map to a file', async () => {
    for (const uri of ['file://%zz/broken.txt', 'custom-scheme://host/reply.txt', 'untitled:']) {
      await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: reply}})
      const {diagnostics} = await client.diagnostics(uri)
      expect(codes(diagnostics), uri).toContain('jargon')
    }
  })

  it('lints the start of a 5 MB document, says so, and stays responsive', async () => {
    const uri = 'file:///tmp/replylint-lsp-robust/huge.txt'
    const paragraph = 'Thanks for your patience. The SLA for this request is two working days.\n\n'
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const {diagnostics} = await client.diagnostics(uri)
    const limit = diagnostics.filter((diagnostic) => diagnostic.code === 'size-limit')
    expect(limit).toHaveLength(1)
    expect(limit[0]!.severity).toBe(DiagnosticSeverity.Information)
    expect(limit[0]!.message).toMatch(/^replylint checked only the first \d+ of \d+ characters/)
    // The first SLA is found; nothing is reported past the limit.
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.range.start).toEqual({line: 0, character: 30})
    const cutLine = limit[0]!.range.start.line
    expect(diagnostics.every((diagnostic) => diagnostic.range.end.line <= cutLine)).toBe(true)
    // A keystroke in a huge document is linted again, not queued forever.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'Hi Ann, '}]
    })
    const changed = await client.diagnostics(uri, 2)
    expect(changed.diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.range.start).toEqual({line: 0, character: 38})
    await stillLints(client, 'after-huge')
  })

  it('says why it is not checking a collection it cannot read, and checks it again once it reads', async () => {
    const uri = 'file:///tmp/replylint-lsp-robust/typing.json'
    // Half typed: the string is not closed yet.
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'json', version: 1, text: '{"body": "The SLA is'}})
    const typing = await client.diagnostics(uri)
    expect(typing.diagnostics).toEqual([
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Information,
        source: 'replylint',
        code: 'input',
        message: expect.stringMatching(/^replylint is not checking this document: not valid JSON at 1:\d+ /)
      }
    ])
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{text: '{"body": "The SLA is two days."}\n'}]
    })
    expect(codes((await client.diagnostics(uri, 2)).diagnostics)).toContain('jargon')
  })

  it('says why it is not checking Markdown nested too deeply to read', async () => {
    const uri = 'file:///tmp/replylint-lsp-robust/deep.md'
    const text = '>'.repeat(20000) + ' The SLA is two days.\n'
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message])).toEqual([
      ['input', DiagnosticSeverity.Information, expect.stringMatching(/^replylint is not checking this document: Markdown nested too deeply/)]
    ])
    await stillLints(client, 'after-deep')
  })

  it('checks a collection whole or not at all', async () => {
    const limited = await startClient(undefined, {maxDocumentSize: 1000})
    const uri = 'file:///tmp/replylint-lsp-robust/large.json'
    const macros = Array.from({length: 40}, (_, index) => ({title: `Macro ${index}`, body: 'Hi Ann, the SLA is two days.'}))
    const text = JSON.stringify({macros}, null, 2)
    await limited.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'json', version: 1, text}})
    const {diagnostics} = await limited.diagnostics(uri)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      ['size-limit', `replylint is not checking this collection of replies: it is larger than maxDocumentSize (${text.length} of 1000 characters), and a collection is checked whole or not at all.`]
    ])
    expect(await limited.stop()).toBe(0)
  })

  it('reports unusable rule settings on the document and recovers when they are fixed', async () => {
    const uri = 'file:///tmp/replylint-lsp-robust/settings.txt'
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {replylint: {rules: {'no-such-rule': 'warn'}}}})
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: reply}})
    const broken = await client.diagnostics(uri)
    expect(broken.diagnostics).toEqual([
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Error,
        source: 'replylint',
        code: 'config',
        message: expect.stringMatching(/^replylint is not checking this document: .*unknown rule "no-such-rule"/)
      }
    ])
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {replylint: {rules: {jargon: 'error'}}}})
    const fixed = await client.diagnostics(uri)
    expect(fixed.diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.severity).toBe(DiagnosticSeverity.Error)
  })

  it('still shuts down cleanly', async () => {
    expect(await client.stop()).toBe(0)
  })
})

describe('replylint --lsp with bad initializationOptions', () => {
  it('warns about each bad setting and lints with the defaults', async () => {
    const client = await startClient(undefined, {debounce: 'soon', channel: 'fax', maxDocumentSize: -1})
    await stillLints(client, 'bad-init')
    expect(client.shown).toEqual([
      'replylint setting "debounce" must be a number of 0 or more, not "soon".',
      'replylint setting "maxDocumentSize" must be a number of 0 or more, not -1.',
      'replylint setting "channel" must be one of email, chat, social, not "fax".'
    ])
    expect(await client.stop()).toBe(0)
  })
})
