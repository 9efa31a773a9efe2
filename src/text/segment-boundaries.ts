/**
 * Phrase matching on word-segment boundaries for languages written without
 * spaces: a phrase found in the raw string counts only if it starts and ends
 * where `Intl.Segmenter` puts a boundary, so 亲 does not match inside 亲自
 * or 父亲.
 */

const segmenters = new Map<string, Intl.Segmenter>()

/** Offsets (in `text`) where a word segment starts or ends. */
export function segmentBoundaries(text: string, locale = 'zh'): Set<number> {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, {granularity: 'word'})
    segmenters.set(locale, segmenter)
  }
  const boundaries = new Set<number>([0, text.length])
  for (const segment of segmenter.segment(text)) {
    boundaries.add(segment.index)
    boundaries.add(segment.index + segment.segment.length)
  }
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
