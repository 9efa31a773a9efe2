/**
 * Chinese phrase entries for `checkPhrases`, as three rules need them:
 * phrases on word-segment boundaries, regular expressions (whose matches
 * must also start and end on boundaries, as phrases do: `endsPhrase`), and phrases that need a boundary
 * at the start only (the segmenter glues some phrases to the next word:
 * 您|自己|看一下). Overlapping matches of one entry (您冷静 in 您冷静一点)
 * are one finding.
 */
import {execAll} from './phrases.js'
import type {RuleContext} from '../rule.js'
import {phraseFinder, type CompiledEntry, type PhraseEntry} from './phrase-rule.js'
import {endsPhrase, segmentBoundaries} from './segment-boundaries.js'

export type ZhEntry = PhraseEntry & {
  /** Patterns matched in the raw text, kept where a match starts and ends on a segment boundary. */
  patterns?: RegExp[]
  /** The phrases need a segment boundary where they start only. */
  startOnly?: boolean
}

type Match = {index: number; text: string}

export function compileZhEntries<Entry extends ZhEntry>(list: readonly Entry[]): Array<Entry & CompiledEntry> {
  return list.map((entry) => {
    const phrases = entry.startOnly ? startFinder(entry.phrases) : phraseFinder(entry.phrases, 'zh')
    const patterns = (entry.patterns ?? []).map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'))
    return {
      ...entry,
      find(text: string) {
        const found: Match[] = phrases(text)
        if (patterns.length > 0) {
          const boundaries = segmentBoundaries(text)
          for (const pattern of patterns) {
            for (const match of execAll(pattern, text)) {
              const end = match.index + match[0].length
              if (match[0] !== '' && boundaries.has(match.index) && endsPhrase(text, end, boundaries)) found.push({index: match.index, text: match[0]})
            }
          }
        }
        return merge(text, found)
      }
      // No `pattern`: Chinese phrases are not in the phrase index, every unit is searched.
    }
  })
}

/** Phrases that start on a segment boundary, wherever they end. */
function startFinder(phrases: readonly string[]): CompiledEntry['find'] {
  return (text) => {
    const boundaries = segmentBoundaries(text)
    const found: Match[] = []
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        if (boundaries.has(at)) found.push({index: at, text: phrase})
      }
    }
    return found
  }
}

/** Overlapping matches as one, from the first start to the last end. */
function merge(text: string, found: Match[]): Match[] {
  const spans: Array<{start: number; end: number}> = []
  for (const match of found.sort((a, b) => a.index - b.index)) {
    const last = spans.at(-1)
    const end = match.index + match.text.length
    if (last && match.index < last.end) last.end = Math.max(last.end, end)
    else spans.push({start: match.index, end})
  }
  return spans.map((span) => ({index: span.start, text: text.slice(span.start, span.end)}))
}

/** A context that reports one message for one stretch of text, when two lists find it. */
export function reportingOnce<Options>(context: RuleContext<Options>): RuleContext<Options> {
  const reported: Array<[number, number]> = []
  return {
    ...context,
    report(report) {
      if (reported.some(([start, end]) => report.start < end && start < report.end)) return
      reported.push([report.start, report.end])
      context.report(report)
    }
  }
}
