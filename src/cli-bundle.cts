/**
 * How `bin/replylint.js` starts the CLI fast. A cold start spent most of its
 * time loading ~160 ES modules (resolve, read, compile each), then compiling
 * the functions a first lint calls. `npm run build` therefore also writes
 * the CLI as one CommonJS file (`dist/replylint.cjs`) and V8's code cache of
 * it, taken after linting the bundled fixtures, so the functions a lint
 * needs come compiled (`dist/replylint.cjs.cache`). Node 20 has no module
 * compile cache (22 has), but `vm.Script` takes a code cache. This file and
 * the bin are CommonJS too: an ES entry point alone cost a start some 20 ms
 * of ES loader set-up.
 *
 * Nothing here is needed for correctness: without the bundle the CLI is
 * imported as modules, and a cache V8 rejects (another Node version, other
 * flags) only costs the compile it would have saved.
 */
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import vm from 'node:vm'

type CliModule = typeof import('./cli.js')

/** `dist/` (this file is `dist/src/cli-bundle.cjs`). */
const distFolder = join(__dirname, '..')
export const bundlePath = join(distFolder, 'replylint.cjs')
export const cachePath = `${bundlePath}.cache`

export interface CompiledBundle {
  script: vm.Script
  exports: CliModule
}

/**
 * The bundle's `import()` (of the modules kept out of it, of a config file):
 * a dynamic import inside a `vm.Script` needs an experimental flag on Node
 * 20, so the build writes `__importModule(…)` instead and this file, loaded
 * the usual way, imports. `./…` is relative to the bundle.
 */
function importModule(specifier: string): Promise<unknown> {
  return import(specifier.startsWith('./') ? pathToFileURL(join(distFolder, specifier)).href : specifier)
}

/** Compile and run the bundle as CommonJS, with `cachedData` if given. */
export function compileBundle(path: string, cachedData?: Buffer): CompiledBundle {
  const source = readFileSync(path, 'utf8')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __importModule) {${source}\n})`, {
    filename: path,
    cachedData
  })
  // Not `module`/`exports`: in this CommonJS file those are its own.
  const bundle = {exports: {} as CliModule}
  script.runInThisContext()(bundle.exports, createRequire(path), bundle, path, dirname(path), importModule)
  return {script, exports: bundle.exports}
}

export interface LoadedCli {
  run: CliModule['run']
  /** How it was loaded: `bundle+cache`, `bundle` (no cache, or V8 rejected it) or `modules`. */
  how: 'bundle+cache' | 'bundle' | 'modules'
}

/**
 * Whether the build made a bundle of the modules as they are: tsc alone
 * (a developer's quick rebuild) rewrites the modules, not the bundle, and
 * the bin must not run yesterday's code.
 */
function bundleIsCurrent(): boolean {
  try {
    return statSync(bundlePath).mtimeMs >= statSync(join(__dirname, 'cli.js')).mtimeMs
  } catch {
    return false
  }
}

/** The CLI, from the bundle when the build made one, else from its modules. */
export async function loadCli(): Promise<LoadedCli> {
  if (!bundleIsCurrent()) return {run: (await import('./cli.js')).run, how: 'modules'}
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cachePath)
  } catch {
    // No cache: compile as usual.
  }
  const {script, exports: cli} = compileBundle(bundlePath, cachedData)
  return {run: cli.run, how: cachedData && !script.cachedDataRejected ? 'bundle+cache' : 'bundle'}
}
