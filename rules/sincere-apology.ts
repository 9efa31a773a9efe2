/**
 * `sincere-apology`: apologise plainly, never shift the blame.
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {checkPhrases, compileEntries, phraseFinder, type CompiledEntry} from '../src/text/phrase-rule.js'
import {segmentBoundaries} from '../src/text/segment-boundaries.js'
import * as data from './sincere-apology.data.js'
import * as zh from './sincere-apology.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileChinese(zh.entries)
const note = 'Seed 002 服務補救: 誠懇道歉 … 不推諉責任; 002 職業操守: 責任 不推諉、不逃避.'

type Match = {index: number; text: string}

/**
 * Chinese entries: phrases and patterns that start and end on word-segment
 * boundaries. Matches of one entry that overlap (如有不便 in 如有任何不便)
 * are one finding.
 */
function compileChinese(list: readonly zh.ZhEntry[]): CompiledEntry[] {
  return list.map((entry) => {
    const phrases = phraseFinder(entry.phrases, 'zh')
    const patterns = (entry.patterns ?? []).map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'))
    return {
      ...entry,
      find(text: string) {
        const found: Match[] = phrases(text)
        const boundaries = segmentBoundaries(text)
        for (const pattern of patterns) {
          for (const match of text.matchAll(pattern)) {
            const end = match.index + match[0].length
            if (match[0] !== '' && boundaries.has(match.index) && boundaries.has(end)) found.push({index: match.index, text: match[0]})
          }
        }
        return merge(text, found)
      }
    }
  })
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

/** One message for one stretch of text, when two lists find it. */
function once<Options>(context: RuleContext<Options>): RuleContext<Options> {
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

const sincereApology = defineRule(
  {
    id: 'sincere-apology',
    description: 'Apologise for what happened, not for the customer’s feelings, and never shift the blame.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => checkPhrases(once(context), zhEntries, note)
  }
)

export default sincereApology
