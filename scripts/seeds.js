#!/usr/bin/env node
/**
 * A noise check for the Chinese data: lint every paragraph of the seed
 * documents (../shared/seeds, Chinese customer-service training, never
 * copied into the repo) as a Chinese chat reply and print, per rule, how
 * many findings, and with --rule the findings themselves to read. The seeds
 * are training prose, not replies, so findings are expected (long
 * sentences, 你 addressing the reader); read them for phrases a rule takes
 * the wrong way.
 *
 *   node scripts/seeds.js [--rule ID]      (needs npm run build)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {lint} from '../dist/src/index.js'

const {values} = parseArgs({options: {rule: {type: 'string'}}})
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = [process.env.REPLYLINT_SEEDS, join(root, '..', 'shared', 'seeds'), '/work/shared/seeds'].find((path) => path && existsSync(path))
if (!folder) {
  console.error('seeds: the seed documents were not found (set REPLYLINT_SEEDS to their folder)')
  process.exit(2)
}

const counts = new Map()
let paragraphs = 0
for (const name of readdirSync(folder).sort()) {
  for (const paragraph of readFileSync(join(folder, name), 'utf8').split(/\n\s*\n/)) {
    if (!/\p{Script=Han}/u.test(paragraph)) continue
    paragraphs++
    const file = await lint(paragraph, {channel: 'chat', lang: 'zh'})
    for (const message of file.messages) {
      counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
      if (message.ruleId !== values.rule) continue
      const line = paragraph.split('\n')[message.line - 1] ?? ''
      console.log(`${name.slice(0, 3)} «${message.actual}» …${line.slice(Math.max(0, message.column - 25), message.column + 25).replace(/\s+/g, ' ')}`)
    }
  }
}
console.log(`\n${paragraphs} paragraphs of the seeds, linted as Chinese chat replies\n`)
for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${rule.padEnd(18)}${String(count).padStart(5)}`)
