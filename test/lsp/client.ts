/**
 * A real LSP client for tests: starts the built server as a child process (or
 * connects to one in this process) and speaks JSON-RPC to it, as an editor does.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {InitializeResult, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'

export const root = join(import.meta.dirname, '..', '..')

export interface LspClient {
  connection: MessageConnection
  initialized: InitializeResult
  /** The next diagnostics published for `uri` not yet taken, optionally of one version. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>
  /** Every notification received for `uri` so far. */
  received(uri: string): PublishDiagnosticsParams[]
  /** `window/showMessage` texts received so far. */
  shown: string[]
  /** `client/registerCapability` registrations received so far. */
  registrations: Array<{method: string; registerOptions?: unknown}>
}

export interface TestClient extends LspClient {
  child: ChildProcessWithoutNullStreams
  stderr(): string
  /** shutdown + exit; resolves to the exit code. */
  stop(): Promise<number | null>
}

/** Listen on `connection` and initialize the server behind it. */
export async function connectClient(
  connection: MessageConnection,
  initializationOptions: unknown = {},
  rootUri = pathToFileURL(root).href
): Promise<LspClient> {
  const all = new Map<string, PublishDiagnosticsParams[]>()
  const taken = new Map<string, Set<number>>()
  const waiters: Array<{uri: string; version: number | undefined; resolve: (params: PublishDiagnosticsParams) => void}> = []
  const matches = (params: PublishDiagnosticsParams, version: number | undefined) => version === undefined || params.version === version
  const take = (uri: string, index: number) => {
    const set = taken.get(uri) ?? new Set()
    set.add(index)
    taken.set(uri, set)
  }

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const list = all.get(params.uri) ?? []
    list.push(params)
    all.set(params.uri, list)
    const index = waiters.findIndex((waiter) => waiter.uri === params.uri && matches(params, waiter.version))
    if (index >= 0) {
      take(params.uri, list.length - 1)
      waiters.splice(index, 1)[0]!.resolve(params)
    }
  })
  const shown: string[] = []
  connection.onNotification('window/showMessage', (params: {message: string}) => void shown.push(params.message))
  const registrations: LspClient['registrations'] = []
  connection.onRequest('client/registerCapability', (params: {registrations: LspClient['registrations']}) => {
    registrations.push(...params.registrations)
    return null
  })
  connection.listen()

  const initialized = (await connection.sendRequest('initialize', {
    processId: null,
    rootUri,
    capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}},
    initializationOptions
  })) as InitializeResult
  await connection.sendNotification('initialized', {})

  return {
    connection,
    initialized,
    diagnostics(uri, version) {
      const list = all.get(uri) ?? []
      const done = taken.get(uri) ?? new Set()
      const index = list.findIndex((params, at) => !done.has(at) && matches(params, version))
      if (index >= 0) {
        take(uri, index)
        return Promise.resolve(list[index]!)
      }
      return new Promise((resolve) => waiters.push({uri, version, resolve}))
    },
    received: (uri) => all.get(uri) ?? [],
    shown,
    registrations
  }
}

/** Start the built server (`replylint --lsp` unless `args` say otherwise) as a child process. */
export async function startClient(
  args: string[] = [join(root, 'bin', 'replylint.js'), '--lsp'],
  initializationOptions: unknown = {},
  rootUri?: string
): Promise<TestClient> {
  const child = spawn(process.execPath, args, {cwd: root})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const client = await connectClient(connection, initializationOptions, rootUri)
  return {
    ...client,
    child,
    stderr: () => stderr,
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      const code = await exited
      connection.dispose()
      return code
    }
  }
}
