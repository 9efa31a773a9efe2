/**
 * The language server: lints replies as you type. Each document is linted
 * after a pause in typing (debounced per document), a newer version always
 * wins over a run still in flight, and `lint()` reuses one frozen processor
 * per configuration, so a keystroke costs one parse and one rules pass.
 *
 * Nothing here may end the process on bad input: a broken config, a huge
 * document or a crashing rule becomes a diagnostic, a malformed request an
 * error response.
 */
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {format} from 'node:util'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {loadIgnoreFile, type IsIgnored} from '../config/index.js'
import {ConfigError} from '../errors.js'
import {lint, type LintMessage} from '../lint.js'
import {InputError} from '../read-input.js'
import {configFiles, configGlob} from './config-files.js'
import {codeActions, fixAllAction, fixAllKind, wanted} from './code-actions.js'
import {noticeDiagnostic, toDiagnostic} from './diagnostics.js'
import {fsPathOf, replyDocument, type ReplyDocument} from './languages.js'
import {
  configFileOf,
  defaultSettings,
  describeConfigError,
  mergeSettings,
  readSettings,
  type ConfigLoader,
  type LintSettings,
  type LoadConfig,
  type ServerSettings
} from './settings.js'

export interface ServerOptions {
  /** The connection to serve on (tests pass an in-memory one). */
  connection: Connection
  /** How config files are found and read; the CLI's config files by default. */
  configLoader?: ConfigLoader
}

/** The result of linting one version of a document. */
interface Checked {
  version: number
  /** How the document was read (a collection gets fewer code actions). */
  reply: ReplyDocument
  messages: LintMessage[]
  diagnostics: Diagnostic[]
}

/** Lint a prefix of huge documents, cut at a line break so the last sentence is whole. */
function limitText(text: string, limit: number): {text: string; cut?: number} {
  if (text.length <= limit) return {text}
  let cut = text.lastIndexOf('\n', limit)
  if (cut < limit / 2) cut = limit
  // Never split a surrogate pair: the cut would be a lone half of a character.
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return {text: text.slice(0, cut), cut}
}

export function startServer({connection, configLoader = configFiles}: ServerOptions): Connection {
  const documents = new TextDocuments(TextDocument)
  let settings: ServerSettings = {...defaultSettings}
  let settingProblems: string[] = []
  let root = process.cwd()
  let watchConfig = false
  /** Bumped when settings or config files change: runs started before are stale. */
  let generation = 0

  const results = new Map<string, Checked>()
  const inflight = new Map<string, {version: number; done: Promise<Checked | undefined>}>()
  const timers = new Map<string, {version: number; timer: NodeJS.Timeout}>()
  /** Config files per directory, until a watched file changes. */
  const configs = new Map<string, Promise<LintSettings>>()
  let loadConfig: LoadConfig = configLoader()
  /** The workspace's .replylintignore, read once until a watched file changes. */
  let ignoreFile: Promise<IsIgnored | undefined> | undefined

  /** Documents the workspace's ignore file lists get no diagnostics (as `replylint folder/` skips them). */
  function ignoreFilter(): Promise<IsIgnored | undefined> {
    ignoreFile ??= loadIgnoreFile(root)
    return ignoreFile
  }
  /** Config files that got a diagnostic, to clear it once they are fixed. */
  const brokenConfigs = new Set<string>()

  function configFor(path: string): Promise<LintSettings> {
    const key = dirname(path)
    let found = configs.get(key)
    if (!found) {
      found = loadConfig(path)
      configs.set(key, found)
    }
    return found
  }

  /** Lint the current version of a document (once per version, however many callers ask). */
  function check(uri: string): Promise<Checked | undefined> {
    const document = documents.get(uri)
    if (!document) return Promise.resolve(undefined)
    const done = results.get(uri)
    if (done?.version === document.version) return Promise.resolve(done)
    const running = inflight.get(uri)
    if (running?.version === document.version) return running.done
    const entry = {version: document.version, done: lintVersion(document)}
    entry.done = entry.done.finally(() => {
      if (inflight.get(uri) === entry) inflight.delete(uri)
    })
    inflight.set(uri, entry)
    return entry.done
  }

  async function lintVersion(document: TextDocument): Promise<Checked | undefined> {
    const reply = replyDocument(document.uri, document.languageId)
    if (!reply) return undefined
    const version = document.version
    const started = generation
    const whole = document.getText()
    // A collection cut short would be broken JSON, YAML or CSV: it is checked whole or not at all.
    const tooLarge = reply.collection && whole.length > settings.maxDocumentSize
    const {text, cut} = reply.collection ? {text: whole, cut: undefined} : limitText(whole, settings.maxDocumentSize)
    const diagnostics: Diagnostic[] = []
    let messages: LintMessage[] = []

    let ignored = false

    try {
      ignored = reply.fsPath !== undefined && ((await ignoreFilter())?.(reply.fsPath) ?? false)
      if (tooLarge && !ignored) {
        diagnostics.push(
          noticeDiagnostic(
            `replylint is not checking this collection of replies: it is larger than maxDocumentSize (${whole.length} of ${settings.maxDocumentSize} characters), and a collection is checked whole or not at all.`,
            'size-limit',
            DiagnosticSeverity.Information
          )
        )
      } else if (!ignored) {
        const files = await configFor(reply.fsPath ?? join(root, 'untitled'))
        const file = await lint(text, {...mergeSettings(settings, files), path: reply.lintPath})
        messages = file.messages as LintMessage[]
        diagnostics.push(...messages.map((message) => toDiagnostic(message, document)))
      }
    } catch (error) {
      if (error instanceof InputError) {
        // Invalid JSON or YAML while it is being typed, Markdown nested too deeply: the document's state, not a fault.
        diagnostics.push(noticeDiagnostic(`replylint is not checking this document: ${error.reason}`, 'input', DiagnosticSeverity.Information))
      } else if (error instanceof ConfigError || configFileOf(error) !== undefined) {
        reportBrokenConfig(error)
        diagnostics.push(
          noticeDiagnostic(`replylint is not checking this document: ${describeConfigError(error)}`, 'config', DiagnosticSeverity.Error)
        )
      } else {
        connection.console.error(`replylint failed on ${document.uri}: ${(error as Error).stack ?? String(error)}`)
        diagnostics.push(
          noticeDiagnostic(
            `replylint failed on this document (${(error as Error).message ?? String(error)}); the server keeps running. Please report this.`,
            'internal-error',
            DiagnosticSeverity.Warning
          )
        )
      }
    }

    if (cut !== undefined && !ignored) {
      const at = document.positionAt(cut)
      diagnostics.push(
        noticeDiagnostic(
          `replylint checked only the first ${cut} of ${document.getText().length} characters: the document is larger than maxDocumentSize (${settings.maxDocumentSize}).`,
          'size-limit',
          DiagnosticSeverity.Information,
          {start: at, end: at}
        )
      )
    }

    // A newer version arrived while this one was linted: its own run will publish.
    // TextDocument.update edits in place, so the same object with the same version is this text.
    if (documents.get(document.uri) !== document || document.version !== version || generation !== started) return undefined
    const checked = {version, reply, messages, diagnostics}
    results.set(document.uri, checked)
    return checked
  }

  function reportBrokenConfig(error: unknown) {
    const file = configFileOf(error)
    if (file === undefined || brokenConfigs.has(file)) return
    brokenConfigs.add(file)
    connection.sendDiagnostics({
      uri: pathToFileURL(file).href,
      diagnostics: [noticeDiagnostic(describeConfigError(error), 'config', DiagnosticSeverity.Error)]
    })
  }

  async function publish(uri: string) {
    try {
      const checked = await check(uri)
      const document = documents.get(uri)
      if (!checked || !document || checked.version !== document.version) return
      await connection.sendDiagnostics({uri, version: checked.version, diagnostics: checked.diagnostics})
    } catch (error) {
      connection.console.error(`replylint could not publish diagnostics for ${uri}: ${(error as Error).stack ?? String(error)}`)
    }
  }

  function schedule(uri: string, delay: number) {
    const document = documents.get(uri)
    if (!document) return
    const pending = timers.get(uri)
    if (pending) clearTimeout(pending.timer)
    const timer = setTimeout(() => {
      timers.delete(uri)
      void publish(uri)
    }, delay)
    timers.set(uri, {version: document.version, timer})
  }

  /** A notification, not a request: nothing waits for the user to click. */
  function warn(message: string) {
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message})
  }

  function relintAll() {
    generation++
    results.clear()
    inflight.clear()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const read = readSettings(params.initializationOptions)
    settings = read.settings
    settingProblems = read.problems
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    const folderPath = folder ? fsPathOf(folder) : undefined
    if (folderPath) root = folderPath
    else if (params.rootPath) root = params.rootPath
    watchConfig = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]}
      },
      serverInfo: {name: 'replylint'}
    }
  })

  connection.onInitialized(() => {
    for (const problem of settingProblems) warn(problem)
    if (watchConfig) {
      connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: configGlob}]}).catch((error: unknown) => {
        connection.console.warn(`replylint could not watch its config files: ${String(error)}`)
      })
    }
  })

  connection.onDidChangeConfiguration((params) => {
    const section = (params?.settings as {replylint?: unknown} | undefined)?.replylint
    if (section === undefined) return
    const read = readSettings(section, settings)
    settings = read.settings
    for (const problem of read.problems) warn(problem)
    relintAll()
  })

  connection.onDidChangeWatchedFiles(() => {
    configs.clear()
    loadConfig = configLoader()
    ignoreFile = undefined
    for (const file of brokenConfigs) connection.sendDiagnostics({uri: pathToFileURL(file).href, diagnostics: []})
    brokenConfigs.clear()
    relintAll()
  })

  documents.onDidOpen(({document}) => schedule(document.uri, 0))
  documents.onDidChangeContent(({document}) => {
    // Opening fires a content change too; the open has already asked for an immediate run.
    if (timers.get(document.uri)?.version === document.version) return
    schedule(document.uri, settings.debounce)
  })
  documents.onDidSave(({document}) => {
    if (results.get(document.uri)?.version !== document.version) schedule(document.uri, 0)
  })
  documents.onDidClose(({document}) => {
    const pending = timers.get(document.uri)
    if (pending) clearTimeout(pending.timer)
    timers.delete(document.uri)
    results.delete(document.uri)
    inflight.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction(async (params) => {
    const uri = params?.textDocument?.uri
    if (typeof uri !== 'string' || !documents.get(uri) || !params.range) return []
    const only = params.context?.only
    const quickFixes = wanted(CodeActionKind.QuickFix, only)
    const fixAll = wanted(fixAllKind, only)
    if (!quickFixes && !fixAll) return []
    const checked = await check(uri)
    const document = documents.get(uri)
    if (!checked || !document || checked.version !== document.version) return []
    const actions = quickFixes ? codeActions(document, checked.messages, params.range, checked.reply) : []
    // Offered beside quick fixes only where one is safe to apply, so the menu is not cluttered elsewhere.
    const all = fixAll ? fixAllAction(document, checked.messages) : undefined
    if (all && (only || actions.some((action) => action.isPreferred))) actions.push(all)
    return actions
  })

  connection.onShutdown(() => {
    for (const {timer} of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
  return connection
}

/**
 * Serve over stdin/stdout (`replylint --lsp`, `replylint-lsp`). Resolves
 * never: the server ends the process on `exit` or when stdin closes.
 */
export function startStdioServer(configLoader?: ConfigLoader): Promise<number> {
  // stdout carries the protocol; anything a library prints must go to stderr.
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n')
  console.log = console.info = console.debug = console.warn = toStderr
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  startServer(configLoader ? {connection, configLoader} : {connection})
  return new Promise(() => {})
}
