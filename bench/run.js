#!/usr/bin/env node
/**
 * `npm run bench`: replylint against the tools a team would otherwise pick
 * (alex, write-good) and against a bare retext-english parse, on the same
 * inputs: the dev corpus written out as files (1×, 10×, 100×), and one
 * ~500 KB e-mail. Prints wall time, throughput, peak memory, the ratios and
 * the targets (PASS/MISS). `replylint` is the library's `lint()`, as the
 * peers' libraries are run; `replylint-cli` (corpus 10×) is the command line
 * over the same files, reading them and finding their config files, as CI
 * runs it. Each figure is a tool's median of five runs in fresh processes,
 * the tools taking turns (a run over 5 s, alex over the corpus, runs once).
 * Not part of `npm test`: timings belong here.
 *
 *   node bench/run.js [--quick]   (--quick: 1× and 10× only, fewer cold starts)
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {quick: {type: 'boolean', default: false}}})
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpusFile = [process.env.REPLYLINT_CORPUS && join(process.env.REPLYLINT_CORPUS, 'en-replies-dev.jsonl'), join(root, '..', 'shared', 'corpus', 'en-replies-dev.jsonl'), '/work/shared/corpus/en-replies-dev.jsonl'].find(
  (path) => path && existsSync(path)
)
if (!corpusFile) {
  console.error('bench: en-replies-dev.jsonl not found (set REPLYLINT_CORPUS to its folder)')
  process.exit(2)
}
const replies = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text)
const work = mkdtempSync(join(tmpdir(), 'replylint-bench-'))

/** Write `copies` copies of the corpus as files; returns the list file. */
function corpusCopies(copies) {
  const folder = join(work, `corpus-${copies}x`)
  mkdirSync(folder)
  const paths = []
  for (let copy = 0; copy < copies; copy++) {
    replies.forEach((text, index) => {
      const path = join(folder, `${copy}-${index}.txt`)
      writeFileSync(path, text)
      paths.push(path)
    })
  }
  const list = join(work, `corpus-${copies}x.list`)
  writeFileSync(list, paths.join('\n'))
  return list
}

/** About 500 KB of e-mail text from our own sentences, deterministic. */
function largeEmail() {
  const sentences = [
    'Thank you for writing to us about your order.',
    'I am sorry the parcel is late; I know you were waiting for it.',
    'We have asked the courier to trace it today and will email you by 5 pm tomorrow.',
    'In order to speed things up, could you please send us the order number?',
    'Unfortunately we can’t refund the shipping fee, but we can send a voucher instead.',
    'Our L2 team will check the SLA for this request.',
    'Please be advised that the warehouse is closed on Sunday.',
    'If anything else comes up, reply to this email and we will help.'
  ]
  let text = 'Hi Anna,\n\n'
  let index = 0
  while (text.length < 500_000) {
    text += sentences[index % sentences.length] + (index % 5 === 4 ? '\n\n' : ' ')
    index++
  }
  const path = join(work, 'large-email.txt')
  writeFileSync(path, text + '\n\nKind regards,\nDaniel\n')
  const list = join(work, 'large.list')
  writeFileSync(list, path)
  return list
}

function run(tool, list, passes = 1) {
  const output = execFileSync('node', [join(root, 'bench', 'runner.js'), tool, list, String(passes)], {encoding: 'utf8', maxBuffer: 1 << 26})
  return JSON.parse(output.trim().split('\n').pop())
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function coldStart(command, args, runs) {
  const times = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    spawnSync(command, args, {cwd: root, stdio: 'ignore'})
    times.push(performance.now() - start)
  }
  return median(times)
}

const format = (number, digits = 0) => number.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})
const pad = (value, width) => String(value).padStart(width)

let corpus10
const inputs = [
  ['corpus 1×', corpusCopies(1), ['replylint', 'retext-parse', 'alex', 'write-good']],
  ['corpus 10×', (corpus10 = corpusCopies(10)), ['replylint', 'replylint-cli', 'retext-parse', 'alex', 'write-good']],
  ...(values.quick ? [] : [['corpus 100×', corpusCopies(100), ['replylint', 'retext-parse']]]),
  ['email 500 KB', largeEmail(), ['replylint', 'retext-parse', 'alex', 'write-good']]
]

console.log(`replylint benchmark: ${replies.length} replies from ${corpusFile.split('/').pop()}; node ${process.version}\n`)
console.log(`${'input'.padEnd(14)}${'tool'.padEnd(14)}${pad('files', 8)}${pad('KB', 9)}${pad('ms', 10)}${pad('KB/s', 10)}${pad('replies/s', 11)}${pad('peak MB', 9)}${pad('runs', 6)}   range ms`)
/**
 * Each tool's median of `repeats` runs, the tools of an input taking turns
 * (so a slow spell of a shared machine falls on all of them), once only
 * for a run over `onceOver` ms (alex over the corpus): one run's noise on
 * this kind of machine was ±20 %, enough to flip a target, and the bare
 * parse of the corpus 10× alone took anything from 860 to 1,440 ms in
 * fresh processes (the same GC work each time). The table shows each
 * tool's range beside its median.
 */
const repeats = 5
const onceOver = 5_000
function measure(list, tools) {
  const runs = new Map(tools.map((tool) => [tool, []]))
  for (let round = 0; round < repeats; round++) {
    for (const tool of tools) {
      const done = runs.get(tool)
      if (round > 0 && done[0].ms > onceOver) continue
      done.push(run(tool, list))
    }
  }
  return new Map(
    [...runs].map(([tool, done]) => {
      const sorted = [...done].sort((a, b) => a.ms - b.ms)
      const range = {minMs: sorted[0].ms, maxMs: sorted[sorted.length - 1].ms}
      return [tool, {...sorted[(sorted.length - 1) >> 1], ...range, runs: done.length, maxRssKb: Math.max(...done.map((each) => each.maxRssKb))}]
    })
  )
}

const results = {}
for (const [name, list, tools] of inputs) {
  for (const [tool, result] of measure(list, tools)) {
    results[`${name}|${tool}`] = result
    const kbPerSecond = result.bytes / 1024 / (result.ms / 1000)
    console.log(
      `${name.padEnd(14)}${tool.padEnd(14)}${pad(result.files, 8)}${pad(format(result.bytes / 1024), 9)}${pad(format(result.ms), 10)}${pad(format(kbPerSecond), 10)}${pad(format(result.files / (result.ms / 1000)), 11)}${pad(format(result.maxRssKb / 1024), 9)}${pad(result.runs, 6)}   ${result.runs > 1 ? `${format(result.minMs)}–${format(result.maxMs)}` : ''}`
    )
  }
}

const ratio = (input, a, b) => results[`${input}|${b}`].ms / results[`${input}|${a}`].ms
console.log('\nThroughput ratios (how many times faster replylint is; <1 means slower):')
for (const [name, , tools] of inputs) {
  const parts = tools.filter((tool) => !tool.startsWith('replylint')).map((tool) => `${tool} ${format(ratio(name, 'replylint', tool), 2)}×`)
  console.log(`  ${name.padEnd(14)} ${parts.join('   ')}`)
}

const shortReply = join(work, 'short.txt')
writeFileSync(shortReply, 'Hi Anna,\n\nWe will send the parcel today.\n\nKind regards,\nDaniel\n')
const runs = values.quick ? 5 : 11
const cold = {
  'node -e 0': coldStart('node', ['-e', '0'], runs),
  replylint: coldStart('node', [join(root, 'bin', 'replylint.js'), shortReply], runs),
  alex: coldStart('node', [join(root, 'node_modules', 'alex', 'cli.js'), shortReply], runs),
  'write-good': coldStart('node', [join(root, 'node_modules', 'write-good', 'bin', 'write-good.js'), shortReply], runs)
}
console.log(`\nCold start on one short reply (median of ${runs}):`)
// Beside each tool, what it adds to starting Node itself, which on a slow or busy machine is most of the figure.
const node = cold['node -e 0']
for (const [name, ms] of Object.entries(cold)) console.log(`  ${name.padEnd(12)} ${pad(format(ms), 6)} ms${name === 'node -e 0' ? '' : `  (node + ${format(ms - node)} ms)`}`)
// Not a target: a draft as an agent runs it, with findings to report in the stylish report.
const draft = coldStart('node', [join(root, 'bin', 'replylint.js'), join(root, 'fixtures', 'draft-reply.txt')], runs)
console.log(`  (replylint on the bundled draft, 11 findings in the stylish report: ${format(draft)} ms; not a target)`)

const perKb = (input) => results[`${input}|replylint`].ms / (results[`${input}|replylint`].bytes / 1024)
const largest = values.quick ? 'corpus 10×' : 'corpus 100×'
const targets = [
  ['≥ 10× alex’s throughput (corpus 10×)', ratio('corpus 10×', 'replylint', 'alex') >= 10, `${format(ratio('corpus 10×', 'replylint', 'alex'), 1)}×`],
  // On one long text alex is at its fastest: a tenth of its time can be less than retext-english needs to parse the text at all.
  [
    '≥ 10× alex’s throughput (email 500 KB)',
    ratio('email 500 KB', 'replylint', 'alex') >= 10,
    `${format(ratio('email 500 KB', 'replylint', 'alex'), 1)}× (the bare parse alone: ${format(ratio('email 500 KB', 'retext-parse', 'alex'), 1)}×)`
  ],
  ['within 2× of a bare retext-english parse (corpus 10×)', 1 / ratio('corpus 10×', 'replylint', 'retext-parse') <= 2, `${format(1 / ratio('corpus 10×', 'replylint', 'retext-parse'), 2)}× the parse time`],
  ['within 2× of a bare retext-english parse (email 500 KB)', 1 / ratio('email 500 KB', 'replylint', 'retext-parse') <= 2, `${format(1 / ratio('email 500 KB', 'replylint', 'retext-parse'), 2)}× the parse time`],
  ['cold start ≤ 150 ms', cold.replylint <= 150, `${format(cold.replylint)} ms (node -e 0 alone: ${format(node)} ms)`],
  [`cost linear in input size (ms/KB at ${largest} within 1.5× of 1×)`, perKb(largest) <= 1.5 * perKb('corpus 1×'), `${format(perKb('corpus 1×'), 3)} → ${format(perKb(largest), 3)} ms/KB`]
]
// Not a target: the same comparison once the code is warm, the third pass over the files in one process.
const warm = Object.fromEntries(['replylint', 'retext-parse'].map((tool) => [tool, run(tool, corpus10, 3).lastMs]))
console.log(
  `\nWarm (corpus 10×, third pass in one process; not a target, a CI run is one pass): replylint ${format(warm.replylint)} ms, bare parse ${format(warm['retext-parse'])} ms, ${format(warm.replylint / warm['retext-parse'], 2)}× the parse time`
)

console.log('\nTargets:')
for (const [what, pass, figure] of targets) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${what}: ${figure}`)
console.log('\nLanguage server latency: node bench/lsp.js')

rmSync(work, {recursive: true, force: true})
