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

const linkSource = String.raw`\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]`
const addressSource = String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+`
const urlPattern = new RegExp(`${linkSource}|${addressSource}`, 'gi')
/**
 * Each half of `urlPattern` alone, for a text where the other cannot match
 * (then the alternation finds what that half finds). A social reply's
 * "@handle" holds an "@" but no address: the address half tries every word
 * of it, and was most of the time masks took.
 */
const linkPattern = new RegExp(linkSource, 'gi')
const addressPattern = new RegExp(addressSource, 'gi')
/** What each half needs: a link "http" or "www", an address "@", a word and a dot. */
const mayHoldLink = /http|www/i
const mayHoldAddress = /@[\w-]+\./

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

  if (options.urls !== false) {
    const link = mayHoldLink.test(text)
    const address = mayHoldAddress.test(text)
    const pattern = link && address ? urlPattern : link ? linkPattern : address ? addressPattern : undefined
    for (const match of pattern ? execAll(pattern, text) : []) add(match.index, match.index + match[0].length, 'url')
  }

  // Quoted lines ("> ..."), the way mail clients quote the customer: a ">" after spaces or tabs, within a line's first 80 characters.
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const limit = Math.min(lineEnd, lineStart + 80)
    let at = lineStart
    while (at < limit && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++
    if (at < limit && text.charCodeAt(at) === 0x3e) add(lineStart, lineEnd, 'quote')
    lineStart = lineEnd + 1
  }

  for (const match of /["“「『]/.test(text) ? execAll(inlineQuotePattern, text) : []) add(match.index, match.index + match[0].length, 'quote')

  // Each way of starting quoted history holds "wrote:", "--" or "From: ".
  const history = /wrote:|--|from: /i.test(text) ? historyStart.exec(text) : null
  if (history) add(history.index, text.length, 'quote')

  const signature = text.includes('--') ? signatureStart.exec(text) : null
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
