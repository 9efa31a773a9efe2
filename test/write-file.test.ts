import {chmod, chown, lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic} from '../src/write-file.js'

describe('writeFileAtomic', () => {
  it('replaces the file, keeps its mode and leaves no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    const path = join(folder, 'reply.txt')
    await writeFile(path, 'old')
    await chmod(path, 0o640)
    await writeFileAtomic(path, 'new text')
    expect(await readFile(path, 'utf8')).toBe('new text')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['reply.txt'])
  })

  it('keeps modes the umask would narrow, and the owner when it may', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    const path = join(folder, 'reply.txt')
    const umask = process.umask(0o077)
    try {
      for (const mode of [0o666, 0o664, 0o755, 0o600, 0o2775]) {
        await writeFile(path, 'old')
        await chmod(path, mode)
        await writeFileAtomic(path, 'new text')
        expect({mode: (await stat(path)).mode & 0o7777, text: await readFile(path, 'utf8')}).toEqual({mode, text: 'new text'})
      }
      // A new file is made as the umask says.
      await writeFileAtomic(join(folder, 'new.txt'), 'report')
      expect((await stat(join(folder, 'new.txt'))).mode & 0o777).toBe(0o600)
      // As root (the CI machine), a file another user owns is given back to them.
      if (process.getuid?.() === 0) {
        await chown(path, 1234, 5678)
        await writeFileAtomic(path, 'fixed')
        const {uid, gid} = await stat(path)
        expect({uid, gid}).toEqual({uid: 1234, gid: 5678})
      }
    } finally {
      process.umask(umask)
    }
  })

  it('leaves the original whole and no temporary file when the write fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    const path = join(folder, 'reply.txt')
    await writeFile(path, 'original')
    // A directory where the file should go: rename onto it fails after the temporary file is written.
    await expect(writeFileAtomic(folder, 'x')).rejects.toThrow()
    expect(await readFile(path, 'utf8')).toBe('original')
    expect((await readdir(folder)).sort()).toEqual(['reply.txt'])
  })

  it('writes a file whose name is near the 255 bytes a name may have', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    // 250 bytes: the temporary file's name is not the reply's name plus a suffix.
    const path = join(folder, `${'é'.repeat(123)}.txt`)
    await writeFile(path, 'old')
    await writeFileAtomic(path, 'new text')
    expect(await readFile(path, 'utf8')).toBe('new text')
    expect(await readdir(folder)).toHaveLength(1)
  })

  it('writes through a symbolic link, which stays a link', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    await mkdir(join(folder, 'macros'))
    await writeFile(join(folder, 'macros', 'refund.txt'), 'old')
    await symlink(join('macros', 'refund.txt'), join(folder, 'refund.txt'))
    await writeFileAtomic(join(folder, 'refund.txt'), 'new text')
    expect((await lstat(join(folder, 'refund.txt'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(folder, 'refund.txt'))).toBe(join('macros', 'refund.txt'))
    expect(await readFile(join(folder, 'macros', 'refund.txt'), 'utf8')).toBe('new text')
    expect((await readdir(join(folder, 'macros'))).sort()).toEqual(['refund.txt'])
  })
})
