/**
 * Read a reply from disk without losing anything: binary files and invalid
 * UTF-8 are refused with a clear reason (never linted as mojibake), and the
 * BOM and line endings are remembered so `--fix` can write them back.
 */
import {readFileSync} from 'node:fs'

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

/** Decode bytes as a reply; throws InputError for binary data or invalid UTF-8. */
export function decode(path: string, bytes: Uint8Array): Input {
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
const readBytes = async (path: string): Promise<Uint8Array> => readFileSync(path)

/** Read a reply file; every way it can fail is one InputError line. `read` is for tests (a permission error cannot be made as root). */
export async function readInput(path: string, read: (path: string) => Promise<Uint8Array> = readBytes): Promise<Input> {
  let bytes: Uint8Array
  try {
    bytes = await read(path)
  } catch (error) {
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
