/**
 * Read a reply from disk without losing anything: binary files and invalid
 * UTF-8 are refused with a clear reason (never linted as mojibake), and the
 * BOM and line endings are remembered so `--fix` can write them back.
 */
import {readFileSync, statSync} from 'node:fs'
import {getHeapStatistics} from 'node:v8'

export interface Input {
  path: string
  /** The text, without a BOM. */
  text: string
  /** The file started with a UTF-8 byte order mark. */
  bom: boolean
}

/** A file that cannot be linted, with a reason a person can act on. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    readonly path: string,
    reason: string
  ) {
    super(`${path}: ${reason}`)
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * The largest reply this process can lint, in bytes. A text takes some 130
 * bytes of memory a character while it is linted (a 10 MB reply 1.3 GB; a
 * 40 MB one ran out of Node's 4.3 GB heap, and the process died with the
 * report of every other file). 150 a byte, of the heap Node was given.
 */
export function maxReplyBytes(): number {
  // The heap limit is set at start-up: asked once, not for every file.
  return (maxBytes ??= Math.floor(getHeapStatistics().heap_size_limit / 150))
}
let maxBytes: number | undefined

function tooLarge(path: string, size: number): InputError {
  const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`
  return new InputError(
    path,
    `too large to lint (${megabytes(size)}; this Node's memory lints up to ${megabytes(maxReplyBytes())}): split it, or give Node more with NODE_OPTIONS=--max-old-space-size=8192`
  )
}

/** Decode bytes as a reply; throws InputError for binary data, invalid UTF-8 or a text too large to lint. */
export function decode(path: string, bytes: Uint8Array): Input {
  if (bytes.length > maxReplyBytes()) throw tooLarge(path, bytes.length)
  // Text has no NUL bytes; a NUL in the first 8 KiB is how git and grep tell binary files too.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(path, 'binary file, not a text reply (skipped)')
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    throw new InputError(path, `not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8 and run again`)
  }
  const bom = text.charCodeAt(0) === 0xfeff
  return {path, text: bom ? text.slice(1) : text, bom}
}

/**
 * A reply file's bytes, read synchronously: the CLI reads one file after
 * another, and an asynchronous read (open, stat, read, close, each a round
 * trip to the thread pool) left a run over 3,400 short replies half idle.
 */
const readBytes = async (path: string): Promise<Uint8Array> => {
  // Before reading: a file too large to lint is not read into memory either.
  const {size} = statSync(path)
  if (size > maxReplyBytes()) throw tooLarge(path, size)
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
