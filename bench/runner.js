#!/usr/bin/env node
/**
 * One tool over a list of files, in one process, as a user of its library
 * would run it: prints {tool, files, bytes, ms, maxRssKb} as JSON. Start-up
 * (imports) is measured apart, by the cold-start runs of bench/run.js.
 *
 *   node bench/runner.js <replylint|alex|write-good|retext-parse> <list-file>
 */
import {readFileSync} from 'node:fs'

const [tool, listFile] = process.argv.slice(2)
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

const check = await load(tool)
const texts = paths.map((path) => [path, readFileSync(path, 'utf8')])
const bytes = texts.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)
const start = performance.now()
for (const [path, text] of texts) await check(text, path)
const ms = performance.now() - start
console.log(JSON.stringify({tool, files: texts.length, bytes, ms, maxRssKb: process.resourceUsage().maxRSS}))
