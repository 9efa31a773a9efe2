/**
 * `no-blame`: never blame, lecture or argue with the customer.
 */
import {defineRule, type RuleContext} from '../src/rule.js'
import {checkPhrases, compileEntries, phraseFinder, type CompiledEntry} from '../src/text/phrase-rule.js'
import {segmentBoundaries} from '../src/text/segment-boundaries.js'
import type {Unit} from '../src/text/units.js'
import * as data from './no-blame.data.js'
import * as zh from './no-blame.zh.data.js'

const entries = compileEntries(data.entries)
const zhEntries = compileChinese(zh.entries)
const zhDontKnow = compileChinese([zh.dontKnowEntry])
const note = 'Seed 000: 记住绝对不要急著辩护、争论或以负面方式回应; 004: 客户永远不会成为服务人员的出气筒.'

type Match = {index: number; text: string}

/**
 * Chinese entries: phrases and patterns that start (and, unless
 * `startOnly`, end) on word-segment boundaries. Matches of one entry that
 * overlap (您冷静 in 您冷静一点) are one finding.
 */
function compileChinese(list: readonly zh.ZhEntry[]): CompiledEntry[] {
  return list.map((entry) => {
    const phrases = entry.startOnly ? startFinder(entry.phrases) : phraseFinder(entry.phrases, 'zh')
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

/** 不知道 is a brush-off unless help is offered after it, in its sentence or the next one of the paragraph. */
function noHelpOffered(unit: Unit, _start: number, end: number, index: number, all: Unit[]): boolean {
  const next = all[index + 1]
  const rest = unit.text.slice(end - unit.start) + (next && next.paragraph === unit.paragraph ? next.text : '')
  return !zh.offersHelp.test(rest)
}

const noBlame = defineRule(
  {
    id: 'no-blame',
    description: 'Never blame, lecture or argue with the customer.',
    fixable: false,
    severity: 'warn'
  },
  {
    en: (context) => checkPhrases(context, entries, note),
    zh: (context) => {
      const reporting = once(context)
      checkPhrases(reporting, zhEntries, note)
      checkPhrases(reporting, zhDontKnow, note, noHelpOffered)
    }
  }
)

export default noBlame
