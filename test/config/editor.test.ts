/** The built language server reads the same config files as the CLI, and their glossary and allow list. */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DiagnosticSeverity} from 'vscode-languageserver-protocol'
import {root, startClient, type TestClient} from '../lsp/client.js'

describe('replylint --lsp with a .replylintrc.yaml', () => {
  let folder: string
  let client: TestClient

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'replylint-editor-'))
    await writeFile(
      join(folder, '.replylintrc.yaml'),
      'channel: chat\nrules:\n  positive-framing: error\njargon:\n  dispatch queue: the list of parcels we send next\nallow:\n  - SLA\n'
    )
    client = await startClient([join(root, 'bin', 'replylint.js'), '--lsp'], {}, pathToFileURL(folder).href)
  })
  afterAll(async () => {
    await client.stop()
    await rm(folder, {recursive: true, force: true})
  })

  it('lints a document with the nearest config file', async () => {
    const uri = pathToFileURL(join(folder, 'reply.txt')).href
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: "We can't ship today. Your parcel is in the dispatch queue. Our SLA is two days.\n"}
    })
    const {diagnostics} = await client.diagnostics(uri)
    // chat: no salutation or closing asked for; SLA allowed; the glossary term flagged; positive-framing an error.
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ['positive-framing', DiagnosticSeverity.Error],
      ['jargon', DiagnosticSeverity.Warning]
    ])
    expect(diagnostics[1]!.message).toContain('the list of parcels we send next')
  })
})
