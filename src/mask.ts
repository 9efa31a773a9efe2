/**
 * Finds the parts of a reply that are not the agent's own prose: template
 * syntax, quoted customer text, URLs and e-mail addresses, a signature.
 * Rules do not see these (unless they ask to) and fixes never touch them.
 */
import {execAll} from './text/phrases.js'
import type {Mask, MaskKind} from './types.js'

/** Template syntax of common help desks and template engines. */
export const templatePatterns: readonly RegExp[] = [
  /\{\{\{[\s\S]*?\}\}\}/g, // Handlebars raw
  /\{\{[\s\S]*?\}\}/g, // Handlebars, Mustache, Liquid output
  /\{%[\s\S]*?%\}/g, // Liquid, Jinja tags
  /\{#[\s\S]*?#\}/g, // Jinja comments
  /<%[\s\S]*?%>/g, // ERB, EJS
  /\$\{[^}\n]*\}/g, // JavaScript template literals, shell
  /%[A-Z][A-Z0-9_]*%/g // %NAME% merge fields
]

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi

/** A quotation within one line: “…”, "…", 「…」, 『…』. Long runs are not quotes but stray marks. */
const inlineQuotePattern = /“[^”\n]{1,300}”|"[^"\n]{1,300}"|「[^」\n]{1,300}」|『[^』\n]{1,300}』/g

/** A line that starts quoted history or a forwarded message: everything after it is quoted. */
const historyStart = /^(?:On .{1,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|From: .+\r?\n(?:Sent|Date): )/im

/** The RFC 3676 signature delimiter. */
const signatureStart = /^-- ?$/m

export interface MaskOptions {
  /** Also find URLs and e-mail addresses (default true). */
  urls?: boolean
}

/** Masks of `text`, sorted by start, not overlapping. */
export function findMasks(text: string, options: MaskOptions = {}): Mask[] {
  const found: Mask[] = []
  const add = (start: number, end: number, kind: MaskKind) => {
    if (end > start) found.push({start, end, kind})
  }

  // Every template pattern holds a brace or a per cent sign: most replies have neither, and skip all seven.
  if (text.includes('{') || text.includes('%')) {
    for (const pattern of templatePatterns) {
      for (const match of execAll(pattern, text)) add(match.index, match.index + match[0].length, 'template')
    }
  }

  // A link holds "http" or "www", an address "@": a reply with neither is not searched.
  if (options.urls !== false && (text.includes('@') || /http|www/i.test(text))) {
    for (const match of execAll(urlPattern, text)) add(match.index, match.index + match[0].length, 'url')
  }

  // Quoted lines ("> ..."), the way mail clients quote the customer.
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (/^[ \t]*>/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 80)))) add(lineStart, lineEnd, 'quote')
    lineStart = lineEnd + 1
  }

  for (const match of /["“「『]/.test(text) ? execAll(inlineQuotePattern, text) : []) add(match.index, match.index + match[0].length, 'quote')

  // Each way of starting quoted history holds "wrote:", "--" or "From: ".
  const history = /wrote:|--|from: /i.test(text) ? historyStart.exec(text) : null
  if (history) add(history.index, text.length, 'quote')

  const signature = signatureStart.exec(text)
  if (signature) add(signature.index, text.length, 'signature')

  return normalize(found)
}

/** One sorted, non-overlapping list from several (a format's own masks and those found in its prose). */
export function mergeMasks(...lists: readonly Mask[][]): Mask[] {
  return normalize(lists.flat())
}

/**
 * Sort and drop masks inside earlier ones; where two overlap partly, the
 * earlier wins and the later is cut, so a position has exactly one kind.
 */
function normalize(masks: Mask[]): Mask[] {
  masks.sort((a, b) => a.start - b.start || b.end - a.end)
  const result: Mask[] = []
  for (const mask of masks) {
    const last = result[result.length - 1]
    if (last && mask.start < last.end) {
      if (mask.end <= last.end) continue
      result.push({start: last.end, end: mask.end, kind: mask.kind})
      continue
    }
    result.push({...mask})
  }
  return result
}

/** Masks that intersect `[start, end)`; `masks` must be sorted. */
export function masksAt(masks: readonly Mask[], start: number, end: number): Mask[] {
  const hits: Mask[] = []
  for (let index = firstEndingAfter(masks, start); index < masks.length; index++) {
    const mask = masks[index]!
    if (mask.start >= Math.max(end, start + 1)) break
    hits.push(mask)
  }
  return hits
}

/**
 * Whether `[start, end)` touches a mask of a kind not in `except`: what
 * `masksAt` would list, without the list (rules ask this for every word).
 */
export function touchesMask(masks: readonly Mask[], start: number, end: number, except?: ReadonlySet<MaskKind>): boolean {
  for (let index = firstEndingAfter(masks, start); index < masks.length; index++) {
    const mask = masks[index]!
    if (mask.start >= Math.max(end, start + 1)) return false
    if (!except?.has(mask.kind)) return true
  }
  return false
}

/** Binary search for the first mask that ends after `start`. */
function firstEndingAfter(masks: readonly Mask[], start: number): number {
  let low = 0
  let high = masks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (masks[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  return low
}
