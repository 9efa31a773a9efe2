/**
 * Config files through the server's one injectable function: a change the
 * editor reports (workspace/didChangeWatchedFiles) reloads them, a broken one
 * is reported on the config file and on the document, and the server keeps
 * running. The server runs in this process, on in-memory streams.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {DiagnosticSeverity, FileChangeType} from 'vscode-languageserver-protocol'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from '../../src/lsp/server.js'
import type {LintSettings} from '../../src/lsp/settings.js'
import {connectClient, startClient, type LspClient, type TestClient} from './client.js'

/** A config loader of our own: `replylint-test.json` beside the document. */
async function loadJsonConfig(path: string): Promise<LintSettings> {
  const file = join(dirname(path), 'replylint-test.json')
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return {}
  try {
    return JSON.parse(text) as LintSettings
  } catch (error) {
    throw Object.assign(new Error(`${file}: not valid JSON (${(error as Error).message})`), {file})
  }
}

describe('config reload', () => {
  let folder: string
  let client: LspClient
  let configFile: string
  let configUri: string
  let uri: string

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'replylint-lsp-'))
    configFile = join(folder, 'replylint-test.json')
    configUri = pathToFileURL(configFile).href
    uri = pathToFileURL(join(folder, 'reply.txt')).href
    const toServer = new PassThrough()
    const toClient = new PassThrough()
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient))
    startServer({connection: serverConnection, configLoader: () => loadJsonConfig})
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
    client = await connectClient(connection, {}, pathToFileURL(folder).href)
  })
  afterAll(async () => {
    client.connection.dispose()
    await rm(folder, {recursive: true, force: true})
  })

  async function configChanged(text: string) {
    await writeFile(configFile, text)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: FileChangeType.Changed}]})
  }

  it('lints with the config file next to the document', async () => {
    await writeFile(configFile, JSON.stringify({rules: {jargon: 'error'}}))
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The SLA is two days.\n'}
    })
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'jargon')?.severity).toBe(DiagnosticSeverity.Error)
  })

  it('reports a broken config on the config file and on the document', async () => {
    await configChanged('{"rules": {"jargon": ')
    const document = await client.diagnostics(uri)
    expect(document.diagnostics).toEqual([
      expect.objectContaining({code: 'config', severity: DiagnosticSeverity.Error, message: expect.stringContaining('not valid JSON')})
    ])
    const config = await client.diagnostics(configUri)
    expect(config.diagnostics).toEqual([
      expect.objectContaining({code: 'config', severity: DiagnosticSeverity.Error, message: expect.stringContaining('not valid JSON')})
    ])
  })

  it('reloads a fixed config, clearing the config file’s diagnostic', async () => {
    await configChanged(JSON.stringify({rules: {jargon: 'off'}}))
    expect((await client.diagnostics(configUri)).diagnostics).toEqual([])
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'jargon' || diagnostic.code === 'config')).toEqual([])
  })

  it('reports unusable rule settings in a config file', async () => {
    await configChanged(JSON.stringify({rules: {jargon: 'loud'}}))
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'config', message: expect.stringContaining('"rules.jargon" must be one of')})])
  })
})

describe('a crash while linting', () => {
  it('becomes a diagnostic on the document, and the server keeps serving', async () => {
    // A loader that hands over a channel no preset exists for: the rules cannot run with it.
    let channel = 'fax'
    const toServer = new PassThrough()
    const toClient = new PassThrough()
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient))
    serverConnection.console.error = () => {}
    startServer({connection: serverConnection, configLoader: () => async () => ({channel}) as LintSettings})
    const client = await connectClient(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)))
    const uri = 'file:///tmp/replylint-crash/reply.txt'
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Hi Ann,\n\nThe SLA is two days.\n'}
    })
    const crashed = await client.diagnostics(uri)
    expect(crashed.diagnostics).toEqual([
      expect.objectContaining({code: 'internal-error', severity: DiagnosticSeverity.Warning, message: expect.stringMatching(/^replylint failed on this document \(/)})
    ])
    channel = 'chat'
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: []})
    const recovered = await client.diagnostics(uri)
    expect(recovered.diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
    client.connection.dispose()
  })
})

describe('config files, as the CLI finds them', () => {
  let folder: string
  let client: TestClient
  let configFile: string
  let configUri: string
  let uri: string

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'replylint-lsp-config-'))
    configFile = join(folder, '.replylintrc.json')
    configUri = pathToFileURL(configFile).href
    uri = pathToFileURL(join(folder, 'replies', 'reply.txt')).href
    await writeFile(configFile, JSON.stringify({rules: {jargon: 'error'}, jargon: {'parcel locker': 'the pick-up box'}}))
    client = await startClient(undefined, {}, pathToFileURL(folder).href)
  })
  afterAll(async () => {
    await client.stop()
    await rm(folder, {recursive: true, force: true})
  })

  async function configChanged(text: string) {
    await writeFile(configFile, text)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: FileChangeType.Changed}]})
  }

  it('asks the editor to watch the config files', async () => {
    // The server registers after `initialized`, so the request may still be on its way.
    await vi.waitFor(() => expect(client.registrations).not.toEqual([]))
    expect(client.registrations).toEqual([
      {
        id: expect.any(String),
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: {watchers: [{globPattern: '**/{.replylintrc.json,.replylintrc.yaml,.replylintrc.yml,.replylintrc,package.json,.replylintignore}'}]}
      }
    ])
  })

  it('lints with the nearest config file above the document, glossary included', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The SLA is two days. Your parcel locker code is below.\n'}
    })
    const {diagnostics} = await client.diagnostics(uri)
    const jargon = diagnostics.filter((diagnostic) => diagnostic.code === 'jargon')
    expect(jargon.map((diagnostic) => [diagnostic.severity, diagnostic.range.start.character])).toEqual([
      [DiagnosticSeverity.Error, 4],
      [DiagnosticSeverity.Error, 26]
    ])
  })

  it('marks a broken config file and the documents it covers, and recovers when it is fixed', async () => {
    await configChanged('{"rules": {"jargon": }}')
    const document = await client.diagnostics(uri)
    expect(document.diagnostics).toEqual([
      expect.objectContaining({code: 'config', severity: DiagnosticSeverity.Error, message: expect.stringMatching(/\.replylintrc\.json:1:\d+: not valid JSON/)})
    ])
    const config = await client.diagnostics(configUri)
    expect(config.diagnostics).toEqual([expect.objectContaining({code: 'config', message: expect.stringMatching(/not valid JSON/)})])

    await configChanged(JSON.stringify({rules: {jargon: 'off'}}))
    expect((await client.diagnostics(configUri)).diagnostics).toEqual([])
    const fixed = await client.diagnostics(uri)
    expect(fixed.diagnostics.filter((diagnostic) => diagnostic.code === 'jargon' || diagnostic.code === 'config')).toEqual([])
  })

  it('names the config file when a setting in it is wrong', async () => {
    await configChanged(JSON.stringify({channel: 'fax'}))
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'config', message: expect.stringContaining('"channel" must be one of')})])
    expect((await client.diagnostics(configUri)).diagnostics).toEqual([expect.objectContaining({code: 'config'})])
  })

  it('gives documents the workspace’s .replylintignore lists no diagnostics, until it stops listing them', async () => {
    await writeFile(configFile, '{}')
    const ignoreFile = join(folder, '.replylintignore')
    await writeFile(ignoreFile, 'drafts/\n')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(ignoreFile).href, type: FileChangeType.Created}]})
    const draftUri = pathToFileURL(join(folder, 'drafts', 'old.txt')).href
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: draftUri, languageId: 'plaintext', version: 1, text: 'The SLA is two days.\n'}
    })
    expect((await client.diagnostics(draftUri)).diagnostics).toEqual([])

    await writeFile(ignoreFile, '# nothing ignored\n')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(ignoreFile).href, type: FileChangeType.Changed}]})
    const {diagnostics} = await client.diagnostics(draftUri)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
  })
})
