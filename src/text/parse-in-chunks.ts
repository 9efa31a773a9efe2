/**
 * retext-english's parser (parse-latin) grows faster than linearly on one
 * long text: its plugins splice the children of one huge root, and a 10 MB
 * reply took minutes (1 MB 1.5 s, 2 MB 6 s, 4 MB 18 s). A reply is
 * paragraphs; parsed paragraph block by paragraph block and joined, the tree
 * is the same (the root holds paragraphs and the white space between them),
 * where the cut is checked to be exact (`cutIsExact`), and the cost is
 * linear. A paragraph longer than 16 KB is cut inside too, unchecked
 * (`insideParagraph`).
 */
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import {terminalMarks} from './parse-plugins.js'

/**
 * Blocks are cut about this far apart. parse-latin's plugins splice arrays of
 * a block's words, so a block's cost grows with its square: at 512 KB that
 * was a fifth of linting a 500 KB e-mail; at a few KB it is nothing, and a
 * cut costs one search for blank lines (the parser starts each block at its
 * place, see `FastEnglish.origin`).
 */
export const chunkSize = 8_192

/**
 * A run of blank lines ends a block; a cut goes right after its last line
 * break, before a line that starts with a letter or mark (white space there
 * would be one node with the blank lines in the whole parse), so the next
 * block starts a line.
 */
const blankLines = /\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*(?=\S)/g

/** Where a block starts in the whole text: a block starts a line, at column 1. */
export type Origin = {line: number; column: number; offset: number}
export type BlockParser = (text: string, origin: Origin) => Root

/**
 * How much text either side of a cut is parsed to check it (`cutIsExact`).
 * The parser's merges reach one sentence across a blank line; this is some
 * sentences each way.
 */
const reach = 600

/**
 * Whether parsing apart at `at` gives the tree the whole parse gives there.
 * The whole parse reads sentences across blank lines before it breaks them
 * there, so a paragraph ending in an emoji ("Thanks. 😊"), an abbreviation
 * ("etc.") or an initial ("A."), or one followed by a line in lower case or
 * digits, may be put together with its neighbour differently than blocks
 * parsed apart would be (the property test in parse-in-chunks.test.ts found
 * each of these). Rather than list the parser's rules, the stretch around
 * the cut is parsed both ways and compared; most cuts of a long e-mail pass.
 */
function cutIsExact(text: string, at: number, parse: BlockParser): boolean {
  let from = Math.max(0, at - reach)
  // From a line start: the stretch then starts as a block would.
  while (from > 0 && text.charCodeAt(from - 1) !== 10) from--
  const to = Math.min(text.length, at + reach)
  const origin = {line: 1, column: 1, offset: 0}
  const whole = parse(text.slice(from, to), origin).children
  const apart = [...parse(text.slice(from, at), origin).children, ...parse(text.slice(at, to), {line: 1 + lineBreaks(text, from, at), column: 1, offset: at - from}).children]
  return sameNodes(whole, apart)
}

/** Same types, values and offsets, all the way down. */
function sameNodes(one: readonly Node[], other: readonly Node[]): boolean {
  if (one.length !== other.length) return false
  for (let index = 0; index < one.length; index++) {
    const a = one[index] as Node & {value?: string; children?: Node[]}
    const b = other[index] as Node & {value?: string; children?: Node[]}
    if (a.type !== b.type || a.value !== b.value) return false
    if (a.position?.start.offset !== b.position?.start.offset || a.position?.end.offset !== b.position?.end.offset) return false
    if (a.position?.start.line !== b.position?.start.line || a.position?.end.line !== b.position?.end.line) return false
    if (Boolean(a.children) !== Boolean(b.children) || (a.children && !sameNodes(a.children, b.children!))) return false
  }
  return true
}

/**
 * A text may offer no exact cut for a long way (a thousand paragraphs each
 * ending in "etc."): a block tries this many cuts, the first at `size`, then
 * waits for `maxBlock`, where the next blank lines cut it, checked or not,
 * so the cost stays linear. Such a text is also the parser's worst: each
 * "etc." sentence is merged with the next and the paragraph's list of
 * sentences spliced each time, so its cost grows with the block's square
 * (parse-latin reads a block as one paragraph before it breaks it at blank
 * lines): 1 MB of them took 40 s in 512 KB blocks, the old unchecked size,
 * 6 s in 64 KB ones, 1.5 s in these.
 */
const triesPerBlock = 16
export const maxBlock = 16_384

/**
 * A paragraph longer than this is cut inside (`insideParagraph`). No reply
 * has one (the corpora's longest reply is 518 characters); a paragraph of
 * sentences the parser merges costs the square of its length (60 KB of
 * "A. A. A." 0.5 s, so 1 MB of such paragraphs 30 s), 16 KB a sixteenth.
 */
export const longParagraph = 16_384

/** After a sentence's end and the white space after it; else after white space. */
const sentenceEnd = new RegExp(String.raw`[${terminalMarks}]+["'\u2019\u201D)\]]*\s+(?=\S)`, 'g')
const whiteSpace = /\s+(?=\S)/g

/**
 * A cut inside one paragraph, from `from` on and before `before`: a
 * paragraph of more than `longParagraph` characters (a reply pasted as one
 * line) is read in blocks too. parse-latin's plugins splice the arrays of a
 * paragraph's words and sentences, so the cost of one paragraph grows with
 * its square: 1 MB of sentences on one line took 12 s, 128 KB of "a. a. a."
 * 4 s (each sentence merged with the one before). Such a cut is not checked:
 * the paragraph becomes two there, the price of reading it at all.
 */
function insideParagraph(text: string, from: number, before: number): number | undefined {
  // Searched within a block's length, so a long text without stops is not searched to its end for each block.
  const stretch = text.slice(from, Math.min(before, from + maxBlock))
  for (const pattern of [sentenceEnd, whiteSpace]) {
    pattern.lastIndex = 0
    const found = pattern.exec(stretch)
    if (found && found.index + found[0].length < stretch.length) return from + found.index + found[0].length
  }
  return undefined
}

/**
 * Where blocks start: 0, then after a run of blank lines at least `size`
 * characters on, where `parse` cuts exactly (see `cutIsExact`; without
 * `parse`, wherever the blank lines are).
 */
export function chunkStarts(text: string, size = chunkSize, parse?: BlockParser): number[] {
  const starts = [0]
  let from = size
  let tries = 0
  // The next blank lines at or after `from`, found once for a long stretch without any.
  let match: RegExpExecArray | null | undefined
  while (from < text.length) {
    if (match === undefined || (match !== null && match.index < from)) {
      blankLines.lastIndex = from
      match = blankLines.exec(text)
    }
    const blockStart = starts[starts.length - 1]!
    // No blank line for a whole block ahead: the paragraph itself is cut (see `insideParagraph`). Not
    // where the blank lines are near but no cut was exact: those wait for `maxBlock`, as below.
    if ((match ? match.index : text.length) - from > longParagraph) {
      const inside = insideParagraph(text, from, match ? match.index : text.length)
      if (inside !== undefined) {
        starts.push(inside)
        tries = 0
        from = inside + size
        continue
      }
    }
    if (!match) break
    const at = match.index + match[0].length
    if (at >= text.length) break
    const block = at - blockStart
    if (parse && block < maxBlock && !cutIsExact(text, at, parse)) {
      // Tried enough here: the next try is where the block is too long to wait for an exact cut.
      from = ++tries < triesPerBlock ? at : Math.max(at, starts[starts.length - 1]! + maxBlock)
      continue
    }
    starts.push(at)
    tries = 0
    from = at + size
  }
  return starts
}

/**
 * Parse `text` block by block with `parse`, which gives a block's positions
 * from `origin`, the point where the block starts (`englishParser` in
 * src/text/english-parser.ts).
 */
export function parseInChunks(text: string, parse: BlockParser, size = chunkSize): Root {
  const starts = chunkStarts(text, size, parse)
  if (starts.length === 1) return parse(text, {line: 1, column: 1, offset: 0})
  const root: Root = {type: 'RootNode', children: []}
  let line = 1
  // Where the line a block starts in starts: a block cut inside a paragraph starts inside a line.
  let lineStart = 0
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? text.length
    const tree = parse(text.slice(start, end), {line, column: start - lineStart + 1, offset: start})
    for (const child of tree.children) root.children.push(child)
    line += lineBreaks(text, start, end)
    for (let at = end - 1; at >= start; at--) {
      const code = text.charCodeAt(at)
      if (code === 10 || code === 13) {
        lineStart = at + 1
        break
      }
    }
  })
  const first = root.children[0]?.position?.start ?? {line: 1, column: 1, offset: 0}
  const last = root.children.at(-1)?.position?.end ?? first
  root.position = {start: {...first}, end: {...last}}
  return root
}

/** Line breaks in `text[start..end)` as the parser counts them: a CR, or an LF not after a CR. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 || (code === 10 && (index === 0 || text.charCodeAt(index - 1) !== 13))) count++
  }
  return count
}
