/**
 * `condescension`: do not talk down to the customer.
 */
import {defineRule, type Report, type RuleContext} from '../src/rule.js'
import {checkPhrases, compileEntries, phraseFinder, type CompiledEntry} from '../src/text/phrase-rule.js'
import {segmentBoundaries} from '../src/text/segment-boundaries.js'
import * as data from './condescension.data.js'
import * as zh from './condescension.zh.data.js'

const entries = compileEntries(data.entries)
const zhDropped = compileChinese(zh.entries.filter((entry) => entry.drop))
const zhRewritten = compileChinese(zh.entries.filter((entry) => !entry.drop))
const note = 'Seed 002 職業禮儀: 尊重; 003 模式五: 有以貌取人,没有一视同仁.'

type Match = {index: number; text: string}

/**
 * Chinese entries: phrases that start (and, unless `startOnly`, end) on
 * word-segment boundaries. Matches of one entry that overlap (显然 in 很显然)
 * are one finding.
 */
function compileChinese(list: readonly zh.ZhEntry[]): CompiledEntry[] {
  return list.map((entry) => {
    const phrases = entry.startOnly ? startFinder(entry.phrases) : phraseFinder(entry.phrases, 'zh')
    return {...entry, find: (text: string) => merge(text, phrases(text))}
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

/**
 * An adverb before the rest of its clause goes, with its 地 and the comma
 * after it: 显然，按钮在左边 → 按钮在左边; 这显然是 → 这是. One that ends the
 * clause or describes (这很明显。 显而易见的) is the agent's to rewrite.
 */
function dropping<Options>(context: RuleContext<Options>): RuleContext<Options> {
  return {
    ...context,
    report(report: Report) {
      const rest = /^(地?)([，,]?)(.?)/su.exec(context.text.slice(report.end))!
      const next = rest[3]!
      const adverb = rest[2] !== '' ? next !== '' && !/[\s。！？!?；;…]/u.test(next) : /^[\p{Script=Han}\p{L}\p{N}]$/u.test(next) && !/^[的了得]$/u.test(next)
      if (!adverb) return context.report(report)
      const end = report.end + rest[1]!.length + rest[2]!.length
      context.report({...report, end, actual: context.text.slice(report.start, end), expected: [''], fixable: true})
    }
  }
}

const condescension = defineRule(
  {
    id: 'condescension',
    description: 'Do not talk down to the customer: no “obviously”, “simply”, “just click”.',
    fixable: true,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => {
      const reporting = once(context)
      checkPhrases(dropping(reporting), zhDropped, note)
      checkPhrases(reporting, zhRewritten, note)
    }
  }
)

export default condescension
