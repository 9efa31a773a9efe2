/** readInput: every way a reply file can fail to read is one line naming the file. */
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError, readInput} from '../src/read-input.js'

const failing = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: failed`), {code})
}

describe('readInput', () => {
  it('names a missing file, a folder and a file it may not read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-read-'))
    await expect(readInput(join(folder, 'missing.txt'))).rejects.toThrow(new InputError(join(folder, 'missing.txt'), 'no such file'))
    await expect(readInput(folder)).rejects.toThrow(new InputError(folder, 'is a directory'))
    // Root reads a file of mode 000 all the same, so the permission error is the reader's.
    await expect(readInput('secret.txt', failing('EACCES'))).rejects.toThrow('secret.txt: permission denied')
    await expect(readInput('secret.txt', failing('EPERM'))).rejects.toThrow('secret.txt: permission denied')
    await expect(readInput('tape.txt', failing('EIO'))).rejects.toThrow('tape.txt: cannot read (EIO)')
  })

  it('reads UTF-8 and takes the byte order mark off', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-read-'))
    await writeFile(join(folder, 'bom.txt'), '\uFEFFHi Anna,')
    expect(await readInput(join(folder, 'bom.txt'))).toEqual({path: join(folder, 'bom.txt'), text: 'Hi Anna,', bom: true})
  })
})
