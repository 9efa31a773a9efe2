/**
 * Phrase matching on word-segment boundaries for languages written without
 * spaces: a phrase found in the raw string counts only if it starts and ends
 * where `Intl.Segmenter` puts a boundary, so 亲 does not match inside 亲自
 * or 父亲.
 */

const segmenters = new Map<string, Intl.Segmenter>()

/**
 * The word segmenter of a locale, made on first use and shared: making one
 * loads ICU's word data, some 10 ms that an English-only run should not pay.
 */
export function wordSegmenter(locale = 'zh'): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, {granularity: 'word'})
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

let lastKey: string | undefined
let lastBoundaries = new Set<number>()

/**
 * Offsets (in `text`) where a word segment starts or ends. The last text's
 * are kept: a rule asks many phrase lists about the same sentence.
 */
export function segmentBoundaries(text: string, locale = 'zh'): Set<number> {
  const key = locale + '\u0000' + text
  if (key === lastKey) return lastBoundaries
  const segmenter = wordSegmenter(locale)
  const boundaries = new Set<number>([0, text.length])
  for (const segment of segmenter.segment(text)) {
    boundaries.add(segment.index)
    boundaries.add(segment.index + segment.segment.length)
  }
  lastKey = key
  lastBoundaries = boundaries
  return boundaries
}

export interface BoundedMatch {
  phrase: string
  start: number
  end: number
}

/** Every occurrence of each phrase that starts and ends on a segment boundary. */
export function findOnBoundaries(text: string, phrases: readonly string[], locale = 'zh'): BoundedMatch[] {
  const boundaries = segmentBoundaries(text, locale)
  const matches: BoundedMatch[] = []
  for (const phrase of phrases) {
    if (phrase === '') continue
    let from = text.indexOf(phrase)
    while (from !== -1) {
      const end = from + phrase.length
      if (boundaries.has(from) && boundaries.has(end)) matches.push({phrase, start: from, end})
      from = text.indexOf(phrase, from + 1)
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}
