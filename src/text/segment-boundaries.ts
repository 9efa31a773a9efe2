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

/** A word segment: where it starts in the text given, its text, whether it is a word. */
export interface WordSegment {
  index: number
  segment: string
  isWordLike: boolean
}

/**
 * How much text `Intl.Segmenter` is given at once. Its iterator costs more
 * than linearly on one long string (Node 20: 40,000 characters of Chinese
 * 0.26 s, 80,000 7 s); in windows of this, the same text takes 20 ms.
 */
export const segmentWindow = 2_048

/**
 * The word segments of `text`. A long text is segmented window by window;
 * of each window only the segments ending in its first half are kept, the
 * next window starting where they end, so a segment the window's end may
 * have cut short is segmented again with what follows it.
 */
export function wordSegments(text: string, locale = 'zh'): WordSegment[] {
  const segmenter = wordSegmenter(locale)
  const found: WordSegment[] = []
  let from = 0
  while (from < text.length) {
    const to = Math.min(text.length, from + segmentWindow)
    const half = to === text.length ? Infinity : segmentWindow / 2
    let next = to
    for (const segment of segmenter.segment(text.slice(from, to))) {
      const end = segment.index + segment.segment.length
      // The window's first segment is kept however long it is: the window must move on.
      if (end > half && segment.index > 0) {
        next = from + segment.index
        break
      }
      found.push({index: from + segment.index, segment: segment.segment, isWordLike: segment.isWordLike ?? false})
    }
    from = next
  }
  return found
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
  const boundaries = new Set<number>([0, text.length])
  for (const segment of wordSegments(text, locale)) {
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

/**
 * Traditional characters the segmenter glues to a 了 after them (弄|丟了,
 * 您|輸|錯了) where it cuts their simplified spelling off it (弄|丢|了,
 * 您|输|错|了). Only these: before any 了, a phrase would end inside words
 * such as 点了 (包裹|晚|点了, a delay, not the vague 晚点).
 */
const gluedToLe = new Set(['錯', '丟', '發', '過'])

/**
 * Whether a phrase may end at `end`: on a segment boundary, or before the 了
 * of a two-character segment whose first is one of `gluedToLe`, where the
 * simplified spelling has a boundary (so 您輸錯 is found in 您輸錯了, as
 * 您输错 in 您输错了).
 */
export function endsPhrase(text: string, end: number, boundaries: Set<number>): boolean {
  return boundaries.has(end) || (text[end] === '了' && gluedToLe.has(text[end - 1]!) && boundaries.has(end - 1) && boundaries.has(end + 1))
}

/** Every occurrence of each phrase that starts on a segment boundary and ends where a phrase may (`endsPhrase`). */
export function findOnBoundaries(text: string, phrases: readonly string[], locale = 'zh'): BoundedMatch[] {
  const boundaries = segmentBoundaries(text, locale)
  const matches: BoundedMatch[] = []
  for (const phrase of phrases) {
    if (phrase === '') continue
    let from = text.indexOf(phrase)
    while (from !== -1) {
      const end = from + phrase.length
      if (boundaries.has(from) && endsPhrase(text, end, boundaries)) matches.push({phrase, start: from, end})
      from = text.indexOf(phrase, from + 1)
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}
