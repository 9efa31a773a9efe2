/**
 * `--fix` when a fixed file cannot be written (a read-only file system, a
 * full disk: simulated, since root writes anywhere): one line naming the
 * file, the file as it was, and the other files still fixed.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {run} from '../src/cli.js'

vi.mock('../src/write-file.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/write-file.js')>()
  return {
    writeFileAtomic: async (path: string, content: string) => {
      if (path.includes('read-only')) throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), {code: 'EROFS'})
      return original.writeFileAtomic(path, content)
    }
  }
})

describe('--fix and a file it cannot write', () => {
  it('says so in one line, leaves the file as it was and fixes the others', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-fix-'))
    const draft = 'Hi Anna,\n\nPlease be advised that your refund was sent.\n\nKind regards,\nDaniel\n'
    await writeFile(join(folder, 'read-only.txt'), draft)
    await writeFile(join(folder, 'reply.txt'), draft)
    let stderr = ''
    const code = await run(['--fix', '--format', 'json', join(folder, 'read-only.txt'), join(folder, 'reply.txt')], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      readStdin: async () => new Uint8Array(),
      isTTY: false
    })
    expect(code).toBe(2)
    expect(stderr).toBe(`replylint: ${join(folder, 'read-only.txt')}: cannot write the fixed text (read-only file system); the file is unchanged\n`)
    expect(await readFile(join(folder, 'read-only.txt'), 'utf8')).toBe(draft)
    expect(await readFile(join(folder, 'reply.txt'), 'utf8')).toBe(draft.replace('Please be advised that your', 'Your'))
  })
})
