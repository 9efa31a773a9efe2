/**
 * The bin runs the CLI from the build's one-file bundle and its code cache
 * (src/cli-bundle.cts): it must report what the CLI's modules report, read
 * the formats kept out of the bundle, and still work without a bundle.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, symlink, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli.js'

const exec = promisify(execFile)
const root = join(import.meta.dirname, '..')
const bin = join(root, 'bin', 'replylint.js')
const bundle = createRequire(import.meta.url)('../dist/src/cli-bundle.cjs') as typeof import('../src/cli-bundle.cjs')

async function viaBin(binPath: string, args: string[]) {
  try {
    const {stdout, stderr} = await exec('node', [binPath, ...args], {cwd: root})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

/** The CLI's input and output in memory; `isTTY` as a terminal's, where the stylish report is in colour. */
function memoryIo(isTTY: boolean) {
  const io = {
    out: '',
    err: '',
    stdout: (text: string | Uint8Array) => void (io.out += String(text)),
    stderr: (text: string) => void (io.err += text),
    readStdin: async () => new Uint8Array(),
    isTTY
  }
  return io
}

async function viaModules(args: string[], isTTY = false) {
  const io = memoryIo(isTTY)
  const code = await run(args, io)
  return {code, stdout: io.out, stderr: io.err}
}

/** The bundle's CLI in this process (the bin's output is no terminal, so it writes no colour). */
async function inBundle(args: string[], isTTY = false) {
  const io = memoryIo(isTTY)
  const code = await (await bundle.loadCli()).run(args, io)
  return {code, stdout: io.out, stderr: io.err}
}

describe('the bundled CLI', () => {
  it('is what the build made, and V8 takes its code cache', async () => {
    expect(existsSync(bundle.bundlePath)).toBe(true)
    expect(existsSync(bundle.cachePath)).toBe(true)
    const loaded = await bundle.loadCli()
    expect(loaded.how).toBe('bundle+cache')
  })

  it('reports every fixture as the modules do, formats kept out of the bundle included', async () => {
    const fixtures = (await readdir(join(root, 'fixtures'))).sort()
    expect(fixtures.length).toBeGreaterThan(8)
    for (const fixture of fixtures) {
      const args = [join('fixtures', fixture), '--format', 'json']
      const [bundled, modules] = await Promise.all([viaBin(bin, args), viaModules(args)])
      expect(bundled.code, fixture).toBe(modules.code)
      expect(JSON.parse(bundled.stdout), fixture).toEqual(JSON.parse(modules.stdout))
    }
  })

  it('writes the stylish report as the modules do, in colour too, wide characters included', async () => {
    const fixtures = ['draft-reply.txt', 'draft-reply.zh.txt']
    for (const fixture of fixtures) expect(existsSync(join(root, 'fixtures', fixture)), fixture).toBe(true)
    for (const colour of [false, true]) {
      const args = [...fixtures.map((fixture) => join('fixtures', fixture)), ...(colour ? [] : ['--no-color'])]
      const bundled = await inBundle(args, colour)
      const modules = await viaModules(args, colour)
      expect(bundled.stdout).toContain('polite-forms')
      expect(bundled.stdout.includes('\x1b['), `colour ${colour}`).toBe(colour)
      expect(bundled).toEqual(modules)
    }
  })

  it('writes an English report without starting ICU: no grapheme segmenter, no collator (each cost a start 10–20 ms)', async () => {
    const counter = join(await mkdtemp(join(tmpdir(), 'replylint-icu-')), 'count.cjs')
    await writeFile(
      counter,
      [
        'const S = Intl.Segmenter; let segmenters = 0',
        'Intl.Segmenter = class extends S { constructor(...a) { super(...a); segmenters++ } }',
        'const compare = String.prototype.localeCompare; let compared = 0',
        'String.prototype.localeCompare = function (...a) { compared++; return compare.apply(this, a) }',
        "process.on('exit', () => process.stderr.write(`segmenters ${segmenters}, localeCompare ${compared}\\n`))"
      ].join('\n')
    )
    const run = async (...fixtures: string[]) => {
      const {stdout, stderr} = await exec('node', ['-r', counter, bin, ...fixtures.map((fixture) => join('fixtures', fixture))], {cwd: root})
      expect(stdout).toContain('warning')
      return stderr.trim()
    }
    // The draft has two findings at one place, which vfile-sort would order with localeCompare; two files, by path.
    expect(await run('draft-reply.txt')).toBe('segmenters 0, localeCompare 0')
    expect(await run('draft-reply.txt', 'fixable-reply.txt')).toBe('segmenters 0, localeCompare 0')
    // A Chinese reply is read with a segmenter, and its report measured with string-width's.
    expect(await run('draft-reply.zh.txt')).toMatch(/^segmenters [1-9]/)
  })

  it('turns invalid JSON into one clear line, across the bundle and the JSON format module', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-bundle-'))
    const broken = join(folder, 'broken.json')
    await writeFile(broken, '{"body": ')
    const result = await viaBin(bin, [broken, join(root, 'fixtures', 'good-reply.txt')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/broken\.json: not valid JSON at 1:10/)
    expect(result.stderr).not.toMatch(/internal error/)
    expect(result.stdout).toContain('good-reply.txt')
  })

  it('runs from its modules when tsc rewrote them after the bundle was made', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'replylint-stale-'))
    await mkdir(join(copy, 'dist', 'src'), {recursive: true})
    await copyFile(join(root, 'dist', 'src', 'cli-bundle.cjs'), join(copy, 'dist', 'src', 'cli-bundle.cjs'))
    await writeFile(join(copy, 'package.json'), '{"type": "module"}')
    await writeFile(join(copy, 'dist', 'replylint.cjs'), 'throw new Error("stale bundle ran")')
    // The modules are newer than the bundle, as after a tsc-only build.
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(join(copy, 'dist', 'src', 'cli.js'), 'export const run = async () => 7')
    const how = await exec('node', ['-e', "require('./dist/src/cli-bundle.cjs').loadCli().then(async (cli) => console.log(cli.how, await cli.run([])))"], {cwd: copy})
    expect(how.stdout.trim()).toBe('modules 7')
  })

  it('runs from its modules where the build made no bundle', async () => {
    // A copy of the package without dist/replylint.cjs (its loader a real file, so it looks for the bundle there).
    const copy = await mkdtemp(join(tmpdir(), 'replylint-nobundle-'))
    await mkdir(join(copy, 'bin'))
    for (const file of ['replylint.js', 'package.json']) await copyFile(join(root, 'bin', file), join(copy, 'bin', file))
    await copyFile(join(root, 'package.json'), join(copy, 'package.json'))
    await mkdir(join(copy, 'dist', 'src'), {recursive: true})
    for (const entry of await readdir(join(root, 'dist', 'src'))) {
      if (entry === 'cli-bundle.cjs') await copyFile(join(root, 'dist', 'src', entry), join(copy, 'dist', 'src', entry))
      else await symlink(join(root, 'dist', 'src', entry), join(copy, 'dist', 'src', entry))
    }
    for (const entry of ['dist/rules', 'node_modules', 'rules']) await symlink(join(root, entry), join(copy, entry))
    const how = await exec('node', ['-e', "require('./dist/src/cli-bundle.cjs').loadCli().then((cli) => console.log(cli.how))"], {cwd: copy})
    expect(how.stdout.trim()).toBe('modules')
    const result = await viaBin(join(copy, 'bin', 'replylint.js'), [join(root, 'fixtures', 'draft-reply.txt')])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('score 45/100')
  })
})
