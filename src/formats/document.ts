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
  toOriginal(offset: number): number | undefined
  /** Ranges of `text` that are not prose (template syntax, quotes, URLs). */
  masks: Mask[]
}

/**
 * A piece of the original file taken over verbatim into `text`: text offset
 * `from` maps to original offset `to`, for `length` code units.
 */
export interface Segment {
  from: number
  to: number
  length: number
}

/**
 * Build `toOriginal` from verbatim segments sorted by `from`. Offsets in the
 * gaps between segments have no original position.
 */
export function segmentMap(segments: readonly Segment[]): (offset: number) => number | undefined {
  return (offset) => {
    let low = 0
    let high = segments.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const segment = segments[middle]!
      if (offset < segment.from) high = middle - 1
      // The end of a segment maps too: a range may end where its segment does.
      else if (offset > segment.from + segment.length) low = middle + 1
      else return segment.to + offset - segment.from
    }
    return undefined
  }
}
