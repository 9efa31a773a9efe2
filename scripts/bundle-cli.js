#!/usr/bin/env node
/**
 * Part of `npm run build`, after tsc: the CLI as one CommonJS file and V8's
 * code cache of it, for a fast cold start (why: src/cli-bundle.cts).
 *
 *   node scripts/bundle-cli.js
 */
import {rmSync, writeFileSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {asciiOnly} from './ascii-only.js'
import {bundlePath, cachePath, compileBundle} from '../dist/src/cli-bundle.cjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

/**
 * What a lint of a plain reply never loads stays out of the bundle, as the
 * ES modules tsc wrote (imported when needed, from dist/): the other formats'
 * parsers, the language server, YAML, globbing. It was two thirds of the
 * bundle, and reading and checking the whole file cost every start.
 */
const lazyModules = new Set(['formats/markdown.js', 'formats/html.js', 'formats/eml.js', 'formats/json.js', 'formats/yaml.js', 'lsp/server.js'])
const lazyPackages = ['yaml', 'tinyglobby']
const keepLazyOut = {
  name: 'keep-lazy-out',
  setup(build) {
    build.onResolve({filter: /^\.\.?\//}, ({path, resolveDir, kind}) => {
      if (kind !== 'dynamic-import') return undefined
      const file = relative(join(dist, 'src'), join(resolveDir, path)).split(sep).join('/')
      return lazyModules.has(file) ? {path: `./src/${file}`, external: true} : undefined
    })
  }
}

/**
 * commander requires child_process on load, for executable subcommands
 * replylint does not have; loading it (with net, dgram and streams) was
 * some 3 ms of every start. In the bundle it loads on first use.
 */
const childProcessOnUse = {
  name: 'child-process-on-use',
  setup(build) {
    build.onResolve({filter: /^(node:)?child_process$/}, ({importer}) =>
      importer.includes(`${sep}node_modules${sep}commander${sep}`) ? {path: 'child_process', namespace: 'on-use'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'on-use'}, () => ({
      contents: "module.exports = new Proxy({}, {get: (_, key) => require('node:child_process')[key]})",
      loader: 'js'
    }))
  }
}

/**
 * What vfile-reporter gets in the bundle instead of two of its packages,
 * each of which starts ICU on the first report: string-width, whose
 * grapheme segmenter loads ICU's break rules, and vfile-sort, whose
 * `localeCompare` starts its collator. Ours answer as they do, without ICU
 * for the texts a report is made of, and ask them about the rest
 * (src/report/string-width.ts, src/report/message-order.ts).
 */
const reporterPackages = new Map([
  ['string-width', 'string-width.js'],
  ['vfile-sort', 'message-order.js']
])
const reportWithoutIcu = {
  name: 'report-without-icu',
  setup(build) {
    build.onResolve({filter: /^(?:string-width|vfile-sort)$/}, ({path, importer}) =>
      importer.includes(`${sep}node_modules${sep}vfile-reporter${sep}`) ? {path: join(dist, 'src', 'report', reporterPackages.get(path))} : undefined
    )
  }
}

/**
 * vfile-reporter's default colour comes from supports-color, which loads
 * node:tty (and with it node:net) to ask the terminal: some 4 ms of a start
 * whose output is a file. replylint always says whether it wants colour
 * (src/report/index.ts), so the default is never read.
 */
const colourAlwaysGiven = {
  name: 'colour-always-given',
  setup(build) {
    build.onResolve({filter: /^vfile-reporter\/do-not-use-color$/}, () => ({path: 'do-not-use-color', namespace: 'colour-always-given'}))
    build.onLoad({filter: /.*/, namespace: 'colour-always-given'}, () => ({contents: 'export const color = false', loader: 'js'}))
  }
}

// The old cache goes first: V8 checks a cache against its source's length only, so it must never meet a new bundle.
rmSync(cachePath, {force: true})

const {outputFiles} = await build({
  entryPoints: [join(dist, 'src', 'cli.js')],
  outfile: bundlePath,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // ES builds where a package has one (jsonc-parser's UMD build requires its parts by computed paths).
  mainFields: ['module', 'main'],
  // docs.ts finds the package from its own URL; in the bundle that is the bundle's, inside dist/ too.
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
  external: lazyPackages,
  plugins: [keepLazyOut, childProcessOnUse, reportWithoutIcu, colourAlwaysGiven],
  legalComments: 'eof',
  // esbuild's default, said here because the bundle must be ASCII: it escapes strings, names and plain templates.
  charset: 'ascii',
  logLevel: 'warning',
  write: false
})

// Every dynamic import goes through the loader's importer (why: src/cli-bundle.cts); a type in a doc comment stays.
const code = outputFiles[0].text.replaceAll('await import(', 'await __importModule(')
const left = code.match(/.{0,40}(?<![{\w.])import\(.{0,40}/)
if (left) throw new Error(`bundle-cli: an import() the loader would not see: ${left[0]}`)
// ASCII only, so V8 reads and keeps it as one-byte text (why: scripts/ascii-only.js).
writeFileSync(bundlePath, asciiOnly(code))

// The cache is taken after linting the fixtures, English and Chinese, so it holds what a first lint compiles.
const {script, exports} = compileBundle(bundlePath)
const quiet = {stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), isTTY: false}
for (const fixture of ['draft-reply.txt', 'draft-reply.zh.txt', 'good-reply.txt']) {
  await exports.run([join(root, 'fixtures', fixture)], quiet)
}
writeFileSync(cachePath, script.createCachedData())
