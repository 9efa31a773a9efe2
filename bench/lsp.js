#!/usr/bin/env node
/**
 * Language server latency: start `replylint --lsp`, send a 5 KB e-mail as
 * didOpen and didChange many times, and time each until its
 * publishDiagnostics arrives. Debounce is set to 0 so the figure is the
 * server's own work (lint + protocol), the part a keystroke waits for after
 * the editor's pause. Target: p95 ≤ 20 ms.
 *
 *   node bench/lsp.js [--runs 200] [--json] [--check]
 *
 * --json prints one JSON object; --check exits 1 when a p95 is over target.
 * Needs a build (`npm run build`).
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

const root = join(import.meta.dirname, '..')
const targetMs = 20

const {values} = parseArgs({options: {runs: {type: 'string', default: '200'}, json: {type: 'boolean'}, check: {type: 'boolean'}}})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench/lsp.js: --runs must be a whole number of 1 or more')
  process.exit(2)
}
if (!existsSync(join(root, 'dist', 'src', 'lsp', 'server.js'))) {
  console.error('bench/lsp.js: no build found; run `npm run build` first')
  process.exit(2)
}

/** A 5 KB e-mail of our own words, with the usual things to flag. */
function email() {
  const paragraphs = [
    'Thank you for getting in touch about the delivery of your new desk lamp.',
    'Unfortunately we can’t change the delivery address once the parcel has left our warehouse.',
    'Please be advised that the SLA for address changes is 24 hours, and our L2 team will escalate it in order to speed things up.',
    'You can follow the parcel with the tracking link in your order confirmation, and the courier will leave a card if nobody is home.',
    'If the lamp arrives damaged, send us a photo and we will arrange a replacement at no cost to you.',
    'We have also added a voucher for your next order, which you will find in your account under “My offers”.'
  ]
  let body = 'Hi customer,\n\n'
  for (let index = 0; Buffer.byteLength(body) < 4900; index++) body += paragraphs[index % paragraphs.length] + '\n\n'
  body += 'Best regards,\nSam from the support team\n'
  return [
    'From: Support <support@example.com>',
    'To: Ann Smith <ann@example.com>',
    'Subject: Your delivery',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body
  ].join('\r\n')
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return {runs: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)}
}

const child = spawn(process.execPath, [join(root, 'bin', 'replylint.js'), '--lsp'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri}@${params.version}`
  waiting.get(key)?.(params)
  waiting.delete(key)
})
connection.listen()

function published(uri, version) {
  return new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve))
}

await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {debounce: 0}})
await connection.sendNotification('initialized', {})

const text = email()
const uri = 'file:///bench/reply.eml'
let diagnosticCount = 0

async function timeOpen(version) {
  const start = performance.now()
  const done = published(uri, version)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'email', version, text}})
  diagnosticCount = (await done).diagnostics.length
  const elapsed = performance.now() - start
  await connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  return elapsed
}

async function timeChange(version) {
  // Each change edits one word, as typing does, so no run can reuse the last one's result.
  const changed = text.replace('desk lamp', `desk lamp ${version}`)
  const start = performance.now()
  const done = published(uri, version)
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: changed}]})
  await done
  return performance.now() - start
}

// Warm up: the first lint compiles every rule's matchers and loads the format.
for (let version = 1; version <= 10; version++) await timeOpen(version)
const opens = []
for (let version = 1; version <= runs; version++) opens.push(await timeOpen(version))

await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'email', version: 0, text}})
await published(uri, 0)
const changes = []
for (let version = 1; version <= runs; version++) changes.push(await timeChange(version))

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()

// Wall-clock latency means little on a busy machine: say how busy it was.
const load = loadavg()[0]
const cores = availableParallelism()
const result = {
  machine: {cores, load1: Number(load.toFixed(2))},
  document: {bytes: Buffer.byteLength(text), diagnostics: diagnosticCount},
  targetMs,
  didOpen: summary(opens),
  didChange: summary(changes)
}
const over = [result.didOpen, result.didChange].some((times) => times.p95 > targetMs)

if (values.json) {
  console.log(JSON.stringify(result))
} else {
  const ms = (value) => `${value.toFixed(1)} ms`
  console.log(`replylint --lsp: ${result.document.bytes} byte e-mail, ${diagnosticCount} diagnostics, debounce 0, ${runs} runs each`)
  for (const name of ['didOpen', 'didChange']) {
    const times = result[name]
    console.log(`  ${name.padEnd(9)} → publishDiagnostics  median ${ms(times.median)}  p95 ${ms(times.p95)}  max ${ms(times.max)}`)
  }
  console.log(`  target p95 ≤ ${targetMs} ms: ${over ? 'MISSED' : 'met'}`)
  if (load > cores) console.log(`  note: load average ${load.toFixed(1)} on ${cores} cores during the run; the times are inflated`)
}
if (values.check && over) process.exitCode = 1
