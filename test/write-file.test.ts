import {chmod, mkdtemp, readdir, readFile, stat, writeFile} from 'node:fs/promises'
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

  it('leaves the original whole and no temporary file when the write fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-write-'))
    const path = join(folder, 'reply.txt')
    await writeFile(path, 'original')
    // A directory where the file should go: rename onto it fails after the temporary file is written.
    await expect(writeFileAtomic(folder, 'x')).rejects.toThrow()
    expect(await readFile(path, 'utf8')).toBe('original')
    expect((await readdir(folder)).sort()).toEqual(['reply.txt'])
  })
})
