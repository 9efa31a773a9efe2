/** readInput: every way a reply file can fail to read is one line naming the file. */
import {execFile} from 'node:child_process'
import {mkdtemp, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {decode, encode, InputError, maxReplyBytes, readInput} from '../src/read-input.js'

const exec = promisify(execFile)
const root = join(import.meta.dirname, '..')
/** In a new process: read the draft fixture through the built module, then list the node:v8 modules loaded. */
const readSmallFileAndListV8 = `import('./dist/src/read-input.js').then(async ({readInput}) => {
  await readInput('fixtures/draft-reply.txt')
  console.log(JSON.stringify(process.moduleLoadList.filter((name) => name === 'NativeModule v8')))
})`

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

  it('refuses a file too large for the memory Node has, without reading it, in one line that says what to do', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-read-'))
    const path = join(folder, 'export.txt')
    // Sparse: the size without the bytes. A 40 MB reply ran the process out of memory before.
    await writeFile(path, '')
    await truncate(path, maxReplyBytes() + 1)
    const megabytes = Math.round((maxReplyBytes() + 1) / 1e6)
    await expect(readInput(path)).rejects.toThrow(
      `${path}: too large to lint (${megabytes} MB; this Node's memory lints up to ${Math.round(maxReplyBytes() / 1e6)} MB): split it, or give Node more with NODE_OPTIONS=--max-old-space-size=8192`
    )
    // Standard input is measured once read.
    expect(() => decode('<stdin>', new Uint8Array(maxReplyBytes() + 1))).toThrow('<stdin>: too large to lint')
  })

  it('asks V8 about the heap only for a file over 64 KiB, which every heap the CLI can lint in takes', async () => {
    // readInput takes a file of up to 64 KiB without asking (src/read-input.ts): wherever the CLI runs at all,
    // that must be the answer the heap limit gives. The smallest heaps first: below some size the CLI cannot start.
    let linted = 0
    for (const oldSpace of ['4', '6', '8', '12']) {
      const flags = [`--max-old-space-size=${oldSpace}`, '--max-semi-space-size=1']
      const run = await exec('node', [...flags, 'bin/replylint.js', '--format', 'json', 'fixtures/draft-reply.txt'], {cwd: root}).catch(
        (error: {stdout: string}) => error
      )
      if (!run.stdout.startsWith('[')) continue
      linted++
      const limit = await exec('node', [...flags, '-p', 'require("v8").getHeapStatistics().heap_size_limit'])
      expect(Math.floor(Number(limit.stdout) / 150), `heap ${oldSpace} MB`).toBeGreaterThan(64 * 1024)
    }
    expect(linted).toBeGreaterThan(0)
    // And a small reply is read without loading node:v8 at all.
    const loaded = await exec('node', ['-e', readSmallFileAndListV8], {cwd: root})
    expect(loaded.stdout.trim()).toBe('[]')
  })

  it('reads UTF-8 and takes the byte order mark off', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-read-'))
    await writeFile(join(folder, 'bom.txt'), '\uFEFFHi Anna,')
    expect(await readInput(join(folder, 'bom.txt'))).toEqual({path: join(folder, 'bom.txt'), text: 'Hi Anna,', bom: true, encoding: 'utf-8'})
  })

  it('reads UTF-16 with its byte order mark (Excel\'s “Unicode text”), and refuses it cut short or with half a character', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-read-'))
    const little = Buffer.from('\uFEFFHi Anna,\r\nthanks 😀', 'utf16le')
    await writeFile(join(folder, 'export.txt'), little)
    expect(await readInput(join(folder, 'export.txt'))).toEqual({path: join(folder, 'export.txt'), text: 'Hi Anna,\r\nthanks 😀', bom: true, encoding: 'utf-16le'})
    expect(decode('be.txt', Buffer.from(little).swap16())).toEqual({path: 'be.txt', text: 'Hi Anna,\r\nthanks 😀', bom: true, encoding: 'utf-16be'})
    expect(() => decode('cut.txt', little.subarray(0, little.length - 1))).toThrow(
      'cut.txt: not valid UTF-16LE (cut short, or half a character); save the file as UTF-8 and run again'
    )
    expect(() => decode('half.txt', Buffer.from('\uFEFFok \uD83D', 'utf16le'))).toThrow('half.txt: not valid UTF-16LE')
    // Without its BOM UTF-16 is not guessed at, only named.
    expect(() => decode('nobom.txt', little.subarray(2))).toThrow(
      'nobom.txt: UTF-16LE text without a byte order mark, it seems; save the file as UTF-8 (or UTF-16 with a BOM) and run again'
    )
    expect(() => decode('nobom.txt', Buffer.from(little).swap16().subarray(2))).toThrow('nobom.txt: UTF-16BE text without a byte order mark')
    // UTF-32 starts FF FE 00 00: NULs as UTF-16, so binary, not a reply of NULs.
    expect(() => decode('wide.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]))).toThrow('wide.txt: binary file, not a text reply (skipped)')
  })
})

/**
 * Where the first ill-formed sequence starts, read off Unicode's table of
 * well-formed UTF-8 byte sequences (Table 3-7) rather than a decoder: the
 * oracle for `decode`'s "first bad byte at offset N". A sequence cut short
 * by the end of the bytes starts where it is bad too.
 */
function firstIllFormed(bytes: Uint8Array): number | undefined {
  const within = (byte: number | undefined, low: number, high: number) => byte !== undefined && byte >= low && byte <= high
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    let second: [number, number]
    let length: number
    if (lead <= 0x7f) {
      index++
      continue
    } else if (within(lead, 0xc2, 0xdf)) [length, second] = [2, [0x80, 0xbf]]
    else if (lead === 0xe0) [length, second] = [3, [0xa0, 0xbf]]
    else if (within(lead, 0xe1, 0xec) || within(lead, 0xee, 0xef)) [length, second] = [3, [0x80, 0xbf]]
    else if (lead === 0xed) [length, second] = [3, [0x80, 0x9f]]
    else if (lead === 0xf0) [length, second] = [4, [0x90, 0xbf]]
    else if (within(lead, 0xf1, 0xf3)) [length, second] = [4, [0x80, 0xbf]]
    else if (lead === 0xf4) [length, second] = [4, [0x80, 0x8f]]
    else return index
    if (!within(bytes[index + 1], ...second)) return index
    for (let next = 2; next < length; next++) if (!within(bytes[index + next], 0x80, 0xbf)) return index
    index += length
  }
  return undefined
}

describe('decode', () => {
  /** Mostly well-formed text with stray bytes in it: lone continuation bytes, cut sequences, overlongs, surrogates, NUL. */
  const bytes = fc
    .array(
      fc.oneof(
        {weight: 4, arbitrary: fc.string({unit: 'grapheme', maxLength: 12}).map((text) => [...Buffer.from(text)])},
        {weight: 1, arbitrary: fc.array(fc.integer({min: 0x80, max: 0xff}), {minLength: 1, maxLength: 3})},
        {weight: 1, arbitrary: fc.constantFrom([0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xef, 0xbb, 0xbf], [0])}
      ),
      {maxLength: 12}
    )
    .map((parts) => Uint8Array.from(parts.flat()))

  it('gives the text of well-formed bytes, and for others names binary data or the first bad byte', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const bad = firstIllFormed(data)
        let input: ReturnType<typeof decode> | undefined
        let error: unknown
        try {
          input = decode('reply.txt', data)
        } catch (caught) {
          error = caught
        }
        // A UTF-16 byte order mark (never well-formed UTF-8) reads as UTF-16: the property below.
        fc.pre(!(data[0] === 0xff && data[1] === 0xfe) && !(data[0] === 0xfe && data[1] === 0xff))
        if (data.subarray(0, 8192).includes(0)) {
          // Binary, or named as UTF-16 without its BOM when its NULs fall in every other byte: refused either way.
          expect(error).toBeInstanceOf(InputError)
          expect((error as InputError).message).toMatch(/^reply\.txt: (?:binary file, not a text reply \(skipped\)|UTF-16[LB]E text without a byte order mark, it seems; .*)$/)
        } else if (bad !== undefined) {
          expect(error).toEqual(
            new InputError('reply.txt', `not valid UTF-8 (first bad byte at offset ${bad}); save the file as UTF-8 and run again`)
          )
        } else {
          const text = Buffer.from(data).toString('utf8')
          const bom = text.startsWith('\uFEFF')
          expect(input).toEqual({path: 'reply.txt', text: bom ? text.slice(1) : text, bom, encoding: 'utf-8'})
          // Nothing is lost: the text and the BOM give the bytes back.
          expect(Buffer.from(encode(input!.text, input!))).toEqual(Buffer.from(data))
        }
      }),
      {numRuns: 2000}
    )
  })

  it('reads any text written as UTF-16 with its BOM, either byte order, and writes the same bytes back', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.constantFrom('utf-16le' as const, 'utf-16be' as const), (text, encoding) => {
        fc.pre(!text.includes('\0'))
        const little = Buffer.from('\uFEFF' + text, 'utf16le')
        const bytes = encoding === 'utf-16le' ? little : Buffer.from(little).swap16()
        const input = decode('reply.txt', bytes)
        expect(input).toEqual({path: 'reply.txt', text, bom: true, encoding})
        expect(Buffer.from(encode(input.text, input))).toEqual(bytes)
      }),
      {numRuns: 500}
    )
  })
})
