// A minimal VS Code client for replylint's language server (`replylint-lsp`).
// Not built in CI: `npm install` here, then open this folder in VS Code and
// press F5, or package it with `npx @vscode/vsce package`.
const {existsSync} = require('node:fs')
const {join} = require('node:path')
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

function serverCommand() {
  const configured = workspace.getConfiguration('replylint').get('serverPath')
  if (configured) return configured
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath
  const local = folder && join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'replylint-lsp.cmd' : 'replylint-lsp')
  return local && existsSync(local) ? local : 'replylint-lsp'
}

/** Glob patterns of the JSON, YAML and CSV files that hold replies (`replylint.templateFiles`). */
function templateFiles() {
  const patterns = workspace.getConfiguration('replylint').get('templateFiles')
  return Array.isArray(patterns) ? patterns.filter((pattern) => typeof pattern === 'string' && pattern !== '') : []
}

/** The settings the server reads from initializationOptions and didChangeConfiguration. */
function settings() {
  const config = workspace.getConfiguration('replylint')
  return {
    channel: config.get('channel'),
    template: config.get('template'),
    debounce: config.get('debounce'),
    maxDocumentSize: config.get('maxDocumentSize')
  }
}

exports.activate = async function activate(context) {
  const command = serverCommand()
  client = new LanguageClient(
    'replylint',
    'replylint',
    {run: {command, transport: TransportKind.stdio}, debug: {command, transport: TransportKind.stdio}},
    {
      documentSelector: [
        {scheme: 'file', language: 'plaintext'},
        {scheme: 'untitled', language: 'plaintext'},
        {language: 'markdown'},
        {language: 'html'},
        {pattern: '**/*.eml'},
        // Collections of saved replies, only where the user says they are (most JSON and YAML holds none).
        ...templateFiles().map((pattern) => ({scheme: 'file', pattern}))
      ],
      initializationOptions: settings(),
      synchronize: {
        // Any change to a config file makes the server reload configs and lint open documents again.
        fileEvents: workspace.createFileSystemWatcher('**/{.replylintrc.json,.replylintrc.yaml,.replylintrc.yml,.replylintrc,package.json,.replylintignore}')
      }
    }
  )
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('replylint') && client) {
        client.sendNotification('workspace/didChangeConfiguration', {settings: {replylint: settings()}})
      }
    })
  )
  await client.start()
}

exports.deactivate = function deactivate() {
  return client?.stop()
}
