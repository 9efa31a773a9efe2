/**
 * What a format hands to the linter: the prose of a file, a way back to the
 * file's own positions, and the parts that are not the agent's prose.
 */
import type {Mask} from '../types.js'

export interface ProseDocument {
  /** The text the rules read. */
  text: string
  /**
   * Offset in the original file of an offset in `text`; `undefined` where
   * the text was made up by the format (a separator between two fields).
   */
  toOriginal(offset: number, side?: Side): number | undefined
  /** Ranges of `text` that are not prose (template syntax, quotes, URLs). */
  masks: Mask[]
  /**
   * A collection of replies (templates in a JSON or YAML file): each part is
   * linted on its own, so a salutation, a closing and the length count per
   * reply. `text` is then the parts joined by blank lines.
   */
  parts?: ProseDocument[]
}

const formatErrorBrand = Symbol.for('replylint.FormatError')

/** Input a format cannot read (invalid JSON or YAML): the message says where and what. */
export class FormatError extends Error {
  override name = 'FormatError'

  /**
   * By brand, not by class: the CLI bundle loads the formats as modules of
   * their own (src/cli-bundle.cts), so the class that threw may be another
   * copy of this one.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && (value as {[formatErrorBrand]?: true})[formatErrorBrand] === true
  }

  readonly [formatErrorBrand] = true
}

/**
 * Which end of a range an offset is. Where the format skipped markup
 * between two pieces ("**SLA** for"), the end of "SLA" is before the `**`
 * and the start of " for" after it.
 */
export type Side = 'start' | 'end'

/**
 * A piece of the original file taken over verbatim into `text`: text offset
 * `from` maps to original offset `to`, for `length` code units.
 */
export interface Segment {
  from: number
  to: number
  length: number
  /**
   * Set when the text was decoded: `length` characters of text stand for
   * `originalLength` characters of the file (`é` for `&eacute;`, a newline
   * for `\\n`, a list marker the format made up for nothing). The start maps
   * to `to`, the end to `to + originalLength`.
   */
  originalLength?: number
}

/**
 * Build `toOriginal` from verbatim segments sorted by `from`. Offsets in the
 * gaps between segments have no original position.
 */
export function segmentMap(segments: readonly Segment[]): (offset: number, side?: Side) => number | undefined {
  /** Index of the last segment starting before `offset` (or at it, with `inclusive`). */
  const search = (offset: number, inclusive: boolean) => {
    let low = 0
    let high = segments.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const from = segments[middle]!.from
      if (from < offset || (inclusive && from === offset)) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }
  const within = (index: number, offset: number) => {
    const segment = segments[index]
    // The end of a segment maps too: a range may end where its segment does.
    if (!segment || offset > segment.from + segment.length) return undefined
    if (segment.originalLength === undefined) return segment.to + offset - segment.from
    return offset === segment.from + segment.length && offset > segment.from ? segment.to + segment.originalLength : segment.to
  }
  return (offset, side = 'start') => {
    if (side === 'end') {
      const ending = within(search(offset, false), offset)
      if (ending !== undefined) return ending
    }
    return within(search(offset, true), offset)
  }
}
