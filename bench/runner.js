#!/usr/bin/env node
/**
 * One tool over a list of files, in one process, as a user of its library
 * would run it: prints {tool, files, bytes, ms, maxRssKb} as JSON. Start-up
 * (imports) is measured apart, by the cold-start runs of bench/run.js.
 *
 *   node bench/runner.js <replylint|replylint-cli|alex|write-good|retext-parse> <list-file> [passes]
 *
 * With `passes` (library tools only), the files are checked that many
 * times over and `lastMs` is the last pass: the cost once the code is warm.
 */
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'

const [tool, listFile, passArgument] = process.argv.slice(2)
const passes = Number(passArgument ?? 1)
const paths = readFileSync(listFile, 'utf8').split('\n').filter(Boolean)

async function load(name) {
  switch (name) {
    case 'replylint': {
      const {lint} = await import('../dist/src/index.js')
      return (text, path) => lint(text, {path, channel: 'email'})
    }
    case 'alex': {
      const alex = await import('alex')
      return (text) => alex.text(text)
    }
    case 'write-good': {
      const {default: writeGood} = await import('write-good')
      return (text) => writeGood(text)
    }
    case 'retext-parse': {
      const [{unified}, {default: retextEnglish}] = await Promise.all([import('unified'), import('retext-english')])
      const processor = unified().use(retextEnglish).freeze()
      return (text) => processor.parse(text)
    }
    default:
      throw new Error(`unknown tool ${name}`)
  }
}

const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0)
let ms
let lastMs
if (tool === 'replylint-cli') {
  // The command line as CI runs it: reading the files, finding their config files, the JSON report (start-up apart).
  const {loadCli} = createRequire(import.meta.url)('../dist/src/cli-bundle.cjs')
  const {run} = await loadCli()
  const quiet = {stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), isTTY: false}
  const start = performance.now()
  await run([...paths, '--format', 'json', '--no-progress'], quiet)
  ms = performance.now() - start
} else {
  const check = await load(tool)
  const texts = paths.map((path) => [path, readFileSync(path, 'utf8')])
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now()
    for (const [path, text] of texts) await check(text, path)
    if (pass === 0) ms = performance.now() - start
    else lastMs = performance.now() - start
  }
}
console.log(JSON.stringify({tool, files: paths.length, bytes, ms, ...(lastMs === undefined ? {} : {lastMs}), maxRssKb: process.resourceUsage().maxRSS}))
