/** The progress line: only for long runs at a terminal outside CI, erased before anything else is written. */
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {isCi, showsProgress, startProgress, type ProgressStream} from '../src/progress.js'

const exec = promisify(execFile)
const bin = join(import.meta.dirname, '..', 'bin', 'replylint.js')
const erase = '\r\u001B[K'

function terminal(columns = 80): ProgressStream & {text: string} {
  const stream = {
    text: '',
    isTTY: true,
    columns,
    write(text: string) {
      stream.text += text
    }
  }
  return stream
}

/** A clock the test moves by hand. */
function clock() {
  let time = 0
  return {now: () => time, tick: (ms: number) => (time += ms)}
}

describe('showsProgress', () => {
  const env = {TERM: 'xterm-256color'}

  it('shows for more than 20 files at a terminal outside CI', () => {
    expect(showsProgress(21, terminal(), {env})).toBe(true)
    expect(showsProgress(20, terminal(), {env})).toBe(false)
  })

  it('never shows when stderr is not a terminal', () => {
    expect(showsProgress(500, {...terminal(), isTTY: false}, {env})).toBe(false)
  })

  it('never shows in CI, nor on a dumb terminal', () => {
    expect(showsProgress(500, terminal(), {env: {...env, CI: 'true'}})).toBe(false)
    expect(showsProgress(500, terminal(), {env: {...env, GITHUB_ACTIONS: 'true'}})).toBe(false)
    expect(showsProgress(500, terminal(), {env: {TERM: 'dumb'}})).toBe(false)
  })

  it('reads CI=false and CI=0 as not CI', () => {
    expect(isCi({CI: 'false'})).toBe(false)
    expect(isCi({CI: '0'})).toBe(false)
    expect(isCi({CI: ''})).toBe(false)
    expect(isCi({CI: '1'})).toBe(true)
    expect(isCi({BUILDKITE: 'true'})).toBe(true)
    expect(isCi({})).toBe(false)
  })
})

describe('startProgress', () => {
  const env = {TERM: 'xterm'}

  it('draws the count, redraws at most once per interval, and erases the line at the end', () => {
    const stream = terminal()
    const time = clock()
    const progress = startProgress(25, stream, {env, now: time.now, interval: 100})
    expect(stream.text).toBe(`${erase}replylint: 0/25 files`)
    progress.advance('a.txt')
    // Within the interval: no redraw.
    expect(stream.text).toBe(`${erase}replylint: 0/25 files`)
    time.tick(100)
    progress.advance('b.txt')
    expect(stream.text).toBe(`${erase}replylint: 0/25 files${erase}replylint: 2/25 files b.txt`)
    progress.end()
    expect(stream.text).toBe(`${erase}replylint: 0/25 files${erase}replylint: 2/25 files b.txt${erase}`)
  })

  it('writes a warning on a line of its own and draws the count again below it', () => {
    const stream = terminal()
    const time = clock()
    const progress = startProgress(25, stream, {env, now: time.now})
    progress.log('replylint: x.txt: no such file\n')
    expect(stream.text).toBe(`${erase}replylint: 0/25 files${erase}replylint: x.txt: no such file\n${erase}replylint: 0/25 files`)
    progress.end()
    expect(stream.text.endsWith(`replylint: 0/25 files${erase}`)).toBe(true)
  })

  it('never draws again after the end (a crash report stays clean)', () => {
    const stream = terminal()
    const time = clock()
    const progress = startProgress(25, stream, {env, now: time.now})
    progress.end()
    const after = stream.text
    time.tick(1000)
    progress.advance('a.txt')
    progress.log('replylint: internal error\n')
    expect(stream.text).toBe(after + 'replylint: internal error\n')
  })

  it('cuts a long path so the line never wraps', () => {
    const stream = terminal(30)
    const time = clock()
    const progress = startProgress(25, stream, {env, now: time.now})
    time.tick(100)
    progress.advance('replies/a-very-long-folder-name/reply.txt')
    const line = stream.text.split(erase).at(-1)!
    expect(line).toBe('replylint: 1/25 files replie…')
    expect(line.length).toBe(29)
  })

  it('takes a terminal of unknown size (0 columns) as 80 wide', () => {
    const stream = terminal(0)
    startProgress(25, stream, {env})
    expect(stream.text).toBe(`${erase}replylint: 0/25 files`)
  })

  it('writes nothing but warnings for a short run', () => {
    const stream = terminal()
    const progress = startProgress(20, stream, {env})
    progress.advance('a.txt')
    progress.log('replylint: a.txt: no such file\n')
    progress.end()
    expect(stream.text).toBe('replylint: a.txt: no such file\n')
  })
})

describe('replylint progress on a terminal', () => {
  /** A folder of 25 short replies. */
  async function folderOfReplies(): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-progress-'))
    await mkdir(join(folder, 'replies'))
    for (let index = 0; index < 25; index++) {
      await writeFile(join(folder, 'replies', `reply-${String(index).padStart(2, '0')}.txt`), `Hi Anna,\n\nYour parcel ${index} left today.\n\nBest,\nDaniel\n`)
    }
    return folder
  }

  /** Environment without the CI variables of whatever runs the tests. */
  function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', ...extra}
    return env
  }

  /** Run the built CLI inside a pseudo-terminal (util-linux `script`): stdout and stderr are both the terminal. */
  async function inTerminal(folder: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
    const command = ['node', bin, ...args].map((arg) => `'${arg}'`).join(' ')
    const {stdout} = await exec('script', ['-qec', command, '/dev/null'], {cwd: folder, env})
    // The terminal turns each \n into \r\n.
    return stdout.replace(/\r\n/g, '\n')
  }

  it('shows the count while linting and erases it before the report', async () => {
    const folder = await folderOfReplies()
    const output = await inTerminal(folder, ['--format', 'json', 'replies'], localEnv())
    expect(output.startsWith(`${erase}replylint: 0/25 files`)).toBe(true)
    const report = output.slice(output.lastIndexOf(erase) + erase.length)
    const files = JSON.parse(report) as {path: string}[]
    expect(files.map((file) => file.path)).toHaveLength(25)
  })

  it('shows nothing in CI, with --no-progress, or when stderr is a pipe', async () => {
    const folder = await folderOfReplies()
    for (const output of [
      await inTerminal(folder, ['--format', 'json', 'replies'], localEnv({CI: 'true'})),
      await inTerminal(folder, ['--format', 'json', '--no-progress', 'replies'], localEnv())
    ]) {
      expect(output).not.toContain('/25 files')
      expect(JSON.parse(output)).toHaveLength(25)
    }
    const piped = await exec('node', [bin, '--format', 'json', 'replies'], {cwd: folder, env: localEnv()})
    expect(piped.stderr).toBe('')
    expect(JSON.parse(piped.stdout)).toHaveLength(25)
  })
})
