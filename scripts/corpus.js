#!/usr/bin/env node
/**
 * Run replylint over the measurement corpus (../shared/corpus, never copied
 * into the repo) and print, per rule, how many replies it flags, with a
 * reproducible sample of flags to judge by hand.
 *
 *   node scripts/corpus.js [--file en-replies-dev.jsonl] [--channel social]
 *                          [--rule ID] [--sample 50] [--seed 1] [--lang en]
 *
 * Needs a build (npm run build).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {lint} from '../dist/src/index.js'

const {values} = parseArgs({
  options: {
    file: {type: 'string', default: 'en-replies-dev.jsonl'},
    channel: {type: 'string', default: 'social'},
    rule: {type: 'string'},
    sample: {type: 'string', default: '50'},
    seed: {type: 'string', default: '1'},
    template: {type: 'boolean', default: false},
    format: {type: 'string'}
  }
})

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const candidates = [process.env.REPLYLINT_CORPUS, join(root, '..', 'shared', 'corpus'), '/work/shared/corpus'].filter(Boolean)
const folder = candidates.find((candidate) => existsSync(join(candidate, values.file)))
if (!folder) {
  console.error(`corpus: ${values.file} not found in ${candidates.join(', ')}`)
  process.exit(2)
}
const rows = readFileSync(join(folder, values.file), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))

// A small deterministic generator, so a sample can be judged again later.
let state = Number(values.seed) >>> 0 || 1
const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32)

const perRule = new Map()
for (const row of rows) {
  const file = await lint(row.text, {
    channel: values.channel,
    template: values.template,
    format: values.format,
    path: `${row.id}.txt`
  })
  for (const message of file.messages) {
    if (values.rule && message.ruleId !== values.rule) continue
    let entry = perRule.get(message.ruleId)
    if (!entry) perRule.set(message.ruleId, (entry = {replies: new Set(), flags: []}))
    entry.replies.add(row.id)
    entry.flags.push({id: row.id, text: row.text, message})
  }
}

console.log(`${rows.length} replies from ${values.file}, channel ${values.channel}\n`)
console.log('rule'.padEnd(18) + 'replies flagged  flags')
for (const [rule, entry] of [...perRule].sort()) {
  console.log(`${rule.padEnd(18)}${String(entry.replies.size).padStart(15)}  ${String(entry.flags.length).padStart(5)}`)
}

const size = Number(values.sample)
if (size > 0) {
  for (const [rule, entry] of [...perRule].sort()) {
    const flags = [...entry.flags]
    for (let index = flags.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[flags[index], flags[other]] = [flags[other], flags[index]]
    }
    console.log(`\n## ${rule}: sample of ${Math.min(size, flags.length)} of ${flags.length}`)
    flags.slice(0, size).forEach(({id, text, message}, index) => {
      const line = text.split('\n')[message.line - 1] ?? ''
      const from = Math.max(0, message.column - 60)
      console.log(`${index + 1}. [${id.slice(-8)}] «${message.actual}» ${message.reason}\n   …${line.slice(from, message.column + 80).replace(/\s+/g, ' ')}`)
    })
  }
}
