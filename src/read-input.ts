/**
 * Read a reply from disk without losing anything: binary files and invalid
 * UTF-8 are refused with a clear reason (never linted as mojibake), and the
 * encoding, the BOM and line endings are remembered so `--fix` can write
 * them back. UTF-16 with its byte order mark is read too: Excel's "Unicode
 * text" export of a sheet of saved replies, and Notepad's "Unicode", are.
 */
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'

/** How a reply file is encoded. UTF-16 is known by its byte order mark only: without one it is refused (named, when it looks like UTF-16). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface Input {
  path: string
  /** The text, without a BOM. */
  text: string
  /** The file started with a byte order mark (always, for UTF-16). */
  bom: boolean
  /** What `--fix` writes the fixed text back in (`encode`). */
  encoding: Encoding
}

/** A file that cannot be linted, with a reason a person can act on. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    readonly path: string,
    /** What is wrong with the input, without its path (the language server shows it on the document itself). */
    readonly reason: string
  ) {
    super(`${path}: ${reason}`)
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Why a file with NULs is not linted, for UTF-8 and UTF-16 alike. */
const binary = 'binary file, not a text reply (skipped)'

/**
 * The largest reply this process can lint, in bytes. A text takes some 130
 * bytes of memory a character while it is linted (a 10 MB reply 1.3 GB; a
 * 40 MB one ran out of Node's 4.3 GB heap, and the process died with the
 * report of every other file). 150 a byte, of the heap Node was given.
 */
export function maxReplyBytes(): number {
  // The heap limit is set at start-up: asked once, not for every file.
  return (maxBytes ??= Math.floor(builtin('node:v8').getHeapStatistics().heap_size_limit / 150))
}
let maxBytes: number | undefined

/** node:v8 is loaded only for a file that needs asking about (loading it was some 3 ms of every start). */
const builtin = createRequire(import.meta.url) as (id: 'node:v8') => typeof import('node:v8')

/**
 * A reply this size or smaller fits any heap replylint can start in: the
 * least (`--max-old-space-size=8 --max-semi-space-size=1`) makes
 * `maxReplyBytes` some 77 KB, and with less the CLI runs out of memory
 * before it reads a file.
 */
const alwaysFits = 64 * 1024

function fits(size: number): boolean {
  return size <= alwaysFits || size <= maxReplyBytes()
}

function tooLarge(path: string, size: number): InputError {
  const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`
  return new InputError(
    path,
    `too large to lint (${megabytes(size)}; this Node's memory lints up to ${megabytes(maxReplyBytes())}): split it, or give Node more with NODE_OPTIONS=--max-old-space-size=8192`
  )
}

/** Decode bytes as a reply; throws InputError for binary data, invalid UTF-8 or UTF-16, or a text too large to lint. */
export function decode(path: string, bytes: Uint8Array): Input {
  if (!fits(bytes.length)) throw tooLarge(path, bytes.length)
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16) return decodeUtf16(path, bytes, utf16)
  // Text has no NUL bytes; a NUL in the first 8 KiB is how git and grep tell binary files too.
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) {
    const order = utf16WithoutBom(head)
    throw new InputError(
      path,
      order ? `${order} text without a byte order mark, it seems; save the file as UTF-8 (or UTF-16 with a BOM) and run again` : binary
    )
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    throw new InputError(path, `not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8 and run again`)
  }
  const bom = text.charCodeAt(0) === 0xfeff
  return {path, text: bom ? text.slice(1) : text, bom, encoding: 'utf-8'}
}

/**
 * Whether bytes with NULs look like UTF-16 that lost its BOM: Latin text in
 * UTF-16 has a NUL in every other byte and (almost) none between. Only said, never
 * guessed at: a wrong guess would lint mojibake.
 */
function utf16WithoutBom(head: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const pairs = head.length >> 1
  if (pairs < 2) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index + 1 < head.length; index += 2) {
    if (head[index] === 0) evenNuls++
    if (head[index + 1] === 0) oddNuls++
  }
  // Some slack on the other side: a character beyond Latin (an emoji's surrogates, U+0100…) may have a NUL byte there too.
  if (oddNuls * 2 >= pairs && evenNuls * 8 <= oddNuls) return 'UTF-16LE'
  if (evenNuls * 2 >= pairs && oddNuls * 8 <= evenNuls) return 'UTF-16BE'
  return undefined
}

function decodeUtf16(path: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Input {
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes.subarray(2))
  } catch {
    // An odd number of bytes (cut short) or half of a surrogate pair.
    throw new InputError(path, `not valid ${encoding.toUpperCase()} (cut short, or half a character); save the file as UTF-8 and run again`)
  }
  // As for UTF-8, a NUL among the first characters is binary data (a UTF-32 file also starts FF FE, and reads as NULs here).
  if (text.slice(0, 4096).includes('\0')) throw new InputError(path, binary)
  return {path, text, bom: true, encoding}
}

/** The bytes of a reply's text as `decode` read them: its encoding, and its BOM when it had one. */
export function encode(text: string, {encoding, bom}: Pick<Input, 'encoding' | 'bom'>): string | Uint8Array {
  const whole = (bom ? '\uFEFF' : '') + text
  if (encoding === 'utf-8') return whole
  const bytes = Buffer.from(whole, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}

/**
 * A reply file's bytes, read synchronously: the CLI reads one file after
 * another, and an asynchronous read (open, stat, read, close, each a round
 * trip to the thread pool) left a run over 3,400 short replies half idle.
 */
const readBytes = async (path: string): Promise<Uint8Array> => {
  // Before reading: a file too large to lint is not read into memory either.
  const {size} = statSync(path)
  if (!fits(size)) throw tooLarge(path, size)
  return readFileSync(path)
}

/** Read a reply file; every way it can fail is one InputError line. `read` is for tests (a permission error cannot be made as root). */
export async function readInput(path: string, read: (path: string) => Promise<Uint8Array> = readBytes): Promise<Input> {
  let bytes: Uint8Array
  try {
    bytes = await read(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : `cannot read (${code ?? (error as Error).message})`
    throw new InputError(path, reason)
  }
  return decode(path, bytes)
}

function firstInvalidByte(bytes: Uint8Array): number {
  // Bisect: the longest valid prefix ends just before the first bad byte (give or take a partial sequence).
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    try {
      // Streaming mode accepts a sequence cut at the end, so only a truly bad byte throws.
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  // The prefix may end inside the bad sequence's first bytes; back up to where that sequence starts.
  const complete = (length: number) => {
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, length))
      return true
    } catch {
      return false
    }
  }
  while (low > 0 && !complete(low)) low--
  return low
}
