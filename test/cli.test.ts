/** The CLI as a user runs it: the built bin, real files, exit codes. */
import {execFile, spawn} from 'node:child_process'
import {once} from 'node:events'
import {chmod, mkdir, mkdtemp, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const bin = join(import.meta.dirname, '..', 'bin', 'replylint.js')

async function replylint(args: string[], input?: string) {
  const child = exec('node', [bin, ...args], {cwd: join(import.meta.dirname, '..')})
  if (input !== undefined) {
    child.child.stdin!.end(input)
  }
  try {
    const {stdout, stderr} = await child
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

describe('replylint CLI', () => {
  it('reports the bundled draft in stylish format', async () => {
    const result = await replylint(['fixtures/draft-reply.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('fixtures/draft-reply.txt')
    expect(result.stdout).toMatch(/1:1-1:12\s+warning\s+Greet the customer by name instead of “Hi customer”.*polite-forms/)
    expect(result.stdout).toMatch(/3:55-3:77\s+warning\s+Say what you can do instead of “Unfortunately we can't”.*positive-framing/)
    expect(result.stdout).toMatch(/5:55-5:58\s+warning\s+“SLA” is our word.*jargon/)
    expect(result.stdout).toMatch(/5:136-5:147\s+warning\s+“in order to” is wordy: write “to”\..*brevity/)
    expect(result.stdout).toContain('⚠ 11 warnings')
    expect(result.stdout.endsWith('fixtures/draft-reply.txt: score 45/100\n')).toBe(true)
  })

  it('is quiet about a good reply', async () => {
    const result = await replylint(['fixtures/good-reply.txt'])
    expect(result).toEqual({
      code: 0,
      stdout: 'fixtures/good-reply.txt: no issues found\nfixtures/good-reply.txt: score 100/100\n',
      stderr: ''
    })
  })

  it('prints JSON without syntax trees', async () => {
    const result = await replylint(['--format', 'json', '--stdin', '--stdin-filename', 'draft.txt', '--channel', 'chat'], "We can't refund it.")
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout)
    expect(parsed).toEqual([
      {
        path: 'draft.txt',
        score: 95,
        errorCount: 0,
        warningCount: 1,
        messages: [
          {
            ruleId: 'positive-framing',
            severity: 'warning',
            message: 'Say what you can do instead of “We can\'t”: offer the alternative, e.g. start with “What we can do is …”.',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 9,
            actual: "We can't",
            expected: ['What we can do is …'],
            fix: null,
            url: expect.stringMatching(/^file:.*rules\/positive-framing\.md$/)
          }
        ]
      }
    ])
  })

  it('fails with exit 1 over --max-warnings', async () => {
    const result = await replylint(['--max-warnings', '3', 'fixtures/draft-reply.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('replylint: 11 warnings, more than --max-warnings 3\n')
  })

  it('fails with exit 1 below --min-score, counting warnings hidden by --quiet', async () => {
    const result = await replylint(['--min-score', '60', '--quiet', 'fixtures/draft-reply.txt', 'fixtures/good-reply.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('replylint: fixtures/draft-reply.txt scores 45, below --min-score 60\n')
    expect(await replylint(['--min-score', '45', 'fixtures/draft-reply.txt'])).toMatchObject({code: 0})
    expect(await replylint(['--min-score', '101', 'fixtures/draft-reply.txt'])).toMatchObject({
      code: 2,
      stderr: "replylint: option '--min-score <n>' argument '101' is invalid. expected a score from 0 to 100.\n"
    })
  })

  it('applies a channel preset', async () => {
    const result = await replylint(['--stdin', '--channel', 'chat', '--format', 'json'], 'Your parcel ships today.')
    expect(JSON.parse(result.stdout)[0].messages).toEqual([])
    const email = await replylint(['--stdin', '--format', 'json'], 'Your parcel ships today.')
    expect(JSON.parse(email.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['polite-forms'])
  })

  it('stops quietly when the reader of its output goes away (replylint … | head -1)', async () => {
    const child = spawn('node', [bin, '--list-rules'], {cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // Close our end before the CLI writes: its writes then fail with EPIPE.
    child.stdout.destroy()
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
  })

  it('lists every rule with its severity, whether it fixes, and its languages', async () => {
    const result = await replylint(['--list-rules'])
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(15)
    expect(lines[0]).toMatch(/^polite-forms\s+warn\s+fixable\s+en zh\s+Ask with please/)
    expect(lines.every((line) => / en zh /.test(line))).toBe(true)
  })

  it('lints a Chinese reply with the Chinese data, picked by itself or with --lang zh', async () => {
    const auto = await replylint(['--format', 'json', 'fixtures/draft-reply.zh.txt'])
    const chosen = await replylint(['--format', 'json', '--lang', 'zh', 'fixtures/draft-reply.zh.txt'])
    expect(chosen.stdout).toBe(auto.stdout)
    const ids = JSON.parse(auto.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)
    expect(new Set(ids)).toEqual(
      new Set(['polite-forms', 'positive-framing', 'jargon', 'empathy', 'sincere-apology', 'vague-time', 'over-promise', 'shouting', 'casual-register'])
    )
    expect(await replylint(['fixtures/good-reply.zh.txt'])).toEqual({
      code: 0,
      stdout: 'fixtures/good-reply.zh.txt: no issues found\nfixtures/good-reply.zh.txt: score 100/100\n',
      stderr: ''
    })
  })

  it('fixes a Chinese reply: 你 to 您, one ！ for ！！; a second run changes nothing', async () => {
    const draft = await readFile(join(import.meta.dirname, '..', 'fixtures', 'draft-reply.zh.txt'), 'utf8')
    const once = await replylint(['--fix', '--stdin', '--stdin-filename', 'draft.txt'], draft)
    expect(once.stdout).toBe(draft.replaceAll('你', '您').replace('！！', '！'))
    expect((await replylint(['--fix', '--stdin', '--stdin-filename', 'draft.txt'], once.stdout)).stdout).toBe(once.stdout)
  })

  it('reads every reply as English with --lang en, and refuses an unknown language', async () => {
    const english = await replylint(['--format', 'json', '--lang', 'en', 'fixtures/draft-reply.zh.txt'])
    const ids = JSON.parse(english.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)
    expect(ids).not.toContain('over-promise')
    expect(await replylint(['--lang', 'fr', 'fixtures/good-reply.txt'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("argument 'fr' is invalid. Allowed choices are auto, en, zh.")
    })
  })

  it('exits 2 with one clear line for a missing file, and still lints the others', async () => {
    const result = await replylint(['missing.txt', 'fixtures/good-reply.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('replylint: missing.txt: no such file, and no file matches it as a pattern\n')
    expect(result.stdout).toBe('fixtures/good-reply.txt: no issues found\nfixtures/good-reply.txt: score 100/100\n')
  })

  it('exits 2 on binary and invalid UTF-8 input', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-'))
    await writeFile(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await writeFile(join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 ok', 'latin1'))
    const result = await replylint([join(folder, 'image.txt'), join(folder, 'latin1.txt')])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')).toEqual([
      `replylint: ${join(folder, 'image.txt')}: binary file, not a text reply (skipped)`,
      `replylint: ${join(folder, 'latin1.txt')}: not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8 and run again`,
      ''
    ])
  })

  it('prints --format unix lines that Neovim’s default errorformat reads into its quickfix list', async () => {
    const script = [
      'cgetexpr system("node bin/replylint.js --format unix fixtures/draft-reply.txt")',
      'let q = getqflist()',
      'echo len(filter(copy(q), "v:val.valid")) . " " . q[2].lnum . ":" . q[2].col . " " . bufname(q[2].bufnr) . " " . q[2].text'
    ]
    const {stderr} = await exec('nvim', ['--headless', '--clean', '-n', ...script.flatMap((line) => ['-c', line]), '-c', 'qa!'], {cwd: join(import.meta.dirname, '..')}).catch(
      (error: NodeJS.ErrnoException & {stderr?: string}) => {
        if (error.code === 'ENOENT') throw new Error('nvim not found: install Neovim (apt-get install -y neovim), as .ci/run does')
        throw error
      }
    )
    // Every problem of the draft is an entry of its file, line and column, with the message and rule as its text.
    expect(stderr.trim()).toBe('11 3:55 fixtures/draft-reply.txt  Say what you can do instead of “Unfortunately we can\'t”: offer the alternative, e.g. start with “What we can do is …”. [Warning/positive-framing]')
  })

  it('lints UTF-16 with its BOM and --fix writes it back as it came, from a file or standard input', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-'))
    const draft = 'Hi Anna,\r\n\r\nPlease be advised that your refund was sent 😀.\r\n\r\nKind regards,\r\nDaniel\r\n'
    const fixed = draft.replace('Please be advised that your', 'Your')
    const utf16 = (text: string, encoding: 'le' | 'be') => {
      const little = Buffer.from('\uFEFF' + text, 'utf16le')
      return encoding === 'le' ? little : little.swap16()
    }
    const path = join(folder, 'export.txt')
    await writeFile(path, utf16(draft, 'le'))
    const report = await replylint(['--format', 'json', path])
    expect(JSON.parse(report.stdout)[0].messages.map((message: {ruleId: string; line: number}) => `${message.ruleId} ${message.line}`)).toContain('brevity 3')
    expect(await replylint(['--fix', path])).toMatchObject({code: 0})
    expect((await readFile(path)).equals(utf16(fixed, 'le'))).toBe(true)

    const child = spawn('node', [bin, '--fix', '--stdin'], {cwd: join(import.meta.dirname, '..')})
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.resume()
    child.stdin.end(utf16(draft, 'be'))
    await once(child, 'close')
    expect(Buffer.concat(out).equals(utf16(fixed, 'be'))).toBe(true)
  })

  it('leaves a read-only file as it is under --fix, though its folder would allow replacing it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-'))
    await chmod(folder, 0o777)
    const draft = 'Hi Anna,\n\nPlease be advised that your refund was sent.\n\nKind regards,\nDaniel\n'
    const kept = join(folder, 'kept.txt')
    const open = join(folder, 'open.txt')
    await writeFile(kept, draft)
    await chmod(kept, 0o444)
    await writeFile(open, draft)
    await chmod(open, 0o666)
    // Root may write any file, read-only or not: the check runs as another user there (CI runs as root).
    const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    const child = spawn('node', [bin, '--fix', '--format', 'json', kept, open], {cwd: join(import.meta.dirname, '..'), ...asUser})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.resume()
    const [code] = (await once(child, 'close')) as [number]
    expect({code, stderr}).toEqual({code: 2, stderr: `replylint: ${kept}: cannot write the fixed text (permission denied); the file is unchanged\n`})
    expect(await readFile(kept, 'utf8')).toBe(draft)
    expect((await stat(kept)).mode & 0o777).toBe(0o444)
    expect(await readFile(open, 'utf8')).toBe(draft.replace('Please be advised that your', 'Your'))
  })

  it('passes standard input it cannot read back byte for byte with --fix, so a filter loses nothing', async () => {
    const inputs = [
      {bytes: Buffer.from('Caf\xe9: we cant help.\r\n', 'latin1'), reason: 'not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8 and run again'},
      {bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), reason: 'binary file, not a text reply (skipped)'}
    ]
    for (const {bytes, reason} of inputs) {
      const child = spawn('node', [bin, '--fix', '--stdin'], {cwd: join(import.meta.dirname, '..')})
      const out: Buffer[] = []
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdin.end(bytes)
      const [code] = (await once(child, 'close')) as [number]
      expect(code).toBe(2)
      expect(Buffer.concat(out).equals(bytes)).toBe(true)
      expect(stderr).toBe(`replylint: <stdin>: ${reason}\n`)
    }
    // Without --fix the report is the output: nothing of the input is printed.
    expect(await replylint(['--stdin'], 'ok\u0000')).toEqual({code: 2, stdout: '', stderr: 'replylint: <stdin>: binary file, not a text reply (skipped)\n'})
  })

  it('says one line for an empty file, a folder without replies and a socket, and still lints the others', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-'))
    await writeFile(join(folder, 'empty.txt'), ' \n\n')
    await mkdir(join(folder, 'nothing-here'))
    const socket = join(folder, 'socket.txt')
    const server = createServer().listen(socket)
    await once(server, 'listening')
    try {
      const result = await replylint([join(folder, 'empty.txt'), join(folder, 'nothing-here'), socket, 'fixtures/good-reply.txt'])
      // The folder and the socket cannot be linted: exit 2, as for a missing file; an empty reply is only skipped.
      expect(result.code).toBe(2)
      expect(result.stderr.split('\n')).toEqual([
        `replylint: ${join(folder, 'nothing-here')}: a folder with no replies in it (files ending .txt, .text, .md, .markdown, .html, .htm, .eml, .json, .yaml, .yml, .csv, .tsv)`,
        `replylint: ${socket}: not a regular file (a socket, pipe or device)`,
        `replylint: ${join(folder, 'empty.txt')}: empty, nothing to lint (skipped)`,
        ''
      ])
      expect(result.stdout).toBe('fixtures/good-reply.txt: no issues found\nfixtures/good-reply.txt: score 100/100\n')
    } finally {
      server.close()
    }
    const alone = await replylint([join(folder, 'empty.txt')])
    expect(alone).toEqual({code: 0, stdout: '', stderr: `replylint: ${join(folder, 'empty.txt')}: empty, nothing to lint (skipped)\n`})
  })

  it('says one line for empty standard input, and --fix passes it through', async () => {
    expect(await replylint(['--stdin'], ' \n\n')).toEqual({code: 0, stdout: '', stderr: 'replylint: <stdin>: empty, nothing to lint (skipped)\n'})
    expect(await replylint(['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], '')).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'replylint: draft.md: empty, nothing to lint (skipped)\n'
    })
    expect(await replylint(['--stdin', '--fix'], '\n \n')).toEqual({code: 0, stdout: '\n \n', stderr: 'replylint: <stdin>: empty, nothing to lint (skipped)\n'})
  })

  it('exits 2 on usage errors', async () => {
    expect(await replylint([])).toMatchObject({code: 2, stderr: expect.stringContaining('no input')})
    expect(await replylint(['--channel', 'fax', 'x.txt'])).toMatchObject({
      code: 2,
      stderr: "replylint: option '-c, --channel <channel>' argument 'fax' is invalid. Allowed choices are email, chat, social.\n"
    })
    expect(await replylint(['--explain', 'nope'])).toMatchObject({code: 2, stderr: expect.stringContaining('unknown rule "nope". Valid rules:')})
  })

  it('explains a rule', async () => {
    const result = await replylint(['--explain', 'jargon'])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('# jargon\n')).toBe(true)
  })
})

describe('replylint --fix, --fix-dry-run, --output', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'fixable-reply.txt')
  const expected = join(import.meta.dirname, '..', 'fixtures', 'fixable-reply.fixed.txt')

  it('fixes a file in place, keeping its BOM and CRLF line endings, and reports what is left', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-fix-'))
    const path = join(folder, 'reply.txt')
    const source = (await readFile(fixture, 'utf8')).replace(/\n/g, '\r\n')
    await writeFile(path, '\uFEFF' + source)
    const result = await replylint(['--fix', path])
    expect(result).toEqual({code: 0, stdout: `${path}: no issues found\n${path}: score 100/100\n`, stderr: ''})
    const written = await readFile(path, 'utf8')
    expect(written).toBe('\uFEFF' + (await readFile(expected, 'utf8')).replace(/\n/g, '\r\n'))
    expect(await readdir(folder)).toEqual(['reply.txt'])
    // Idempotent: a second run leaves the bytes as they are.
    await replylint(['--fix', path])
    expect(await readFile(path, 'utf8')).toBe(written)
  })

  it('prints a diff with --fix-dry-run and changes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-fix-'))
    const path = join(folder, 'reply.txt')
    await writeFile(path, await readFile(fixture))
    const result = await replylint(['--fix-dry-run', path])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '-Please be advised that your refund was sent. In order to see it, just open the app at this point in time!!\n+Your refund was sent. To see it, open the app now!\n'
    )
    expect(await readFile(path, 'utf8')).toBe(await readFile(fixture, 'utf8'))
  })

  it('prints the fixed text for --stdin, and the report of what is left on stderr', async () => {
    const result = await replylint(['--fix', '--stdin', '--channel', 'chat'], 'In order to help, we can’t refund it!!')
    expect(result.stdout).toBe('To help, we can’t refund it!')
    expect(result.stderr).toMatch(/positive-framing/)
    expect(result.code).toBe(0)
  })

  it('writes the report to --output', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-out-'))
    const output = join(folder, 'report.sarif')
    const result = await replylint(['--format', 'sarif', '--output', output, 'fixtures/draft-reply.txt'])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(await readFile(output, 'utf8')).runs[0].results).toHaveLength(11)
  })

  it('says in one line when it cannot write --output: no such folder, or a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-out-'))
    const missing = join(folder, 'no', 'report.json')
    expect(await replylint(['--output', missing, 'fixtures/draft-reply.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `replylint: --output ${missing}: cannot write the report (no such folder)\n`
    })
    expect(await replylint(['--output', folder, 'fixtures/draft-reply.txt'])).toMatchObject({
      code: 2,
      stderr: `replylint: --output ${folder}: cannot write the report (is a folder)\n`
    })
    // No temporary file is left behind.
    expect(await readdir(folder)).toEqual([])
  })

  it('refuses --fix with --fix-dry-run', async () => {
    expect(await replylint(['--fix', '--fix-dry-run', 'fixtures/draft-reply.txt'])).toMatchObject({
      code: 2,
      stderr: 'replylint: give --fix or --fix-dry-run, not both\n'
    })
  })
})
