/**
 * Markdown replies and macros: the prose of paragraphs, headings, list items
 * and table cells (front matter is not prose). Code, link targets, images and HTML are not prose; block
 * quotes are the customer's words (kept, masked as `quote`, so only rules
 * that read quotes see them); inline code stays in its sentence, masked.
 *
 * Blocks are separated by a blank line, so a heading, a paragraph and each
 * list item end their sentences where the reader sees them end. A list
 * item keeps its marker ("1. ", "- ") from the file, so it still reads as a
 * list item (polite-forms does not ask numbered steps to say please).
 */
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'
import {FormatError, type ProseDocument} from './document.js'
import {ProseBuilder} from './prose-builder.js'

// Built once: the extensions compile their syntax tables when called.
const options = {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}

const blockSeparator = '\n\n'

/** YAML front matter (`---` … `---`) at the top: settings of the template, not prose. */
const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/

export function markdownDocument(source: string): ProseDocument {
  const deep = tooDeepLine(source)
  if (deep !== undefined) {
    throw new FormatError(`Markdown nested too deeply to read (lists or quotes over ${maxDepth} levels, line ${deep}); lint it as text with --parser text`)
  }
  // Blanked out rather than cut, so every offset the parser reports is still the file's.
  const matter = frontMatter.exec(source)
  const parsed = matter ? matter[0].replace(/[^\r\n]/g, ' ') + source.slice(matter[0].length) : source
  const tree: Root = fromMarkdown(parsed, options)
  const builder = new ProseBuilder()
  blocks(tree.children, source, builder, false)
  return builder.build()
}

/**
 * How deeply a line may sit in lists and quotes. micromark's cost per line
 * grows with the square of that depth: a list nested 250 levels deep took
 * 1 s, 500 levels 5 s, 1,000 levels 37 s. A reply nests a few levels; this
 * keeps the worst file near a millisecond a line.
 */
export const maxDepth = 50

/**
 * The first line (1-based) that opens more than `maxDepth` lists and quotes,
 * counting its `>` and list markers, and its indentation before them as a
 * level per two columns (a nested item is indented by its parent's marker).
 * A marker indented more than three columns past where the line before
 * started its text is code, as CommonMark reads it, and nests nothing.
 */
function tooDeepLine(source: string): number | undefined {
  let line = 1
  let previousText = 0
  for (let from = 0; from < source.length; line++) {
    const next = source.indexOf('\n', from)
    const end = next === -1 ? source.length : next
    let index = from
    let column = 0
    while (index < end && (source.charCodeAt(index) === 0x20 || source.charCodeAt(index) === 0x09)) {
      column += source.charCodeAt(index) === 0x09 ? 4 - (column % 4) : 1
      index++
    }
    if (index < end && source.charCodeAt(index) !== 0x0d) {
      const indent = column
      let markers = 0
      if (indent <= previousText + 3) {
        for (let width = markerWidth(source, index, end); width > 0; width = markerWidth(source, index, end)) {
          markers++
          index += width
          column += width
          while (index < end && (source.charCodeAt(index) === 0x20 || source.charCodeAt(index) === 0x09)) {
            column++
            index++
          }
        }
      }
      if (markers > 0 && markers + Math.floor(indent / 2) > maxDepth) return line
      previousText = column
    }
    from = end + 1
  }
  return undefined
}

/** The length of the quote or list marker at `index` ("> ", "- ", "12. "), 0 for none. */
function markerWidth(source: string, index: number, end: number): number {
  const code = source.charCodeAt(index)
  if (code === 0x3e) return 1
  if ((code === 0x2d || code === 0x2a || code === 0x2b) && isBlank(source.charCodeAt(index + 1))) return 1
  let after = index
  while (after < end && after - index < 9 && source.charCodeAt(after) >= 0x30 && source.charCodeAt(after) <= 0x39) after++
  const mark = source.charCodeAt(after)
  return after > index && (mark === 0x2e || mark === 0x29) && isBlank(source.charCodeAt(after + 1)) ? after + 1 - index : 0
}

/** White space after a list marker (or the line's end: an empty item). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || Number.isNaN(code)
}

const start = (node: Nodes) => node.position?.start.offset
const end = (node: Nodes) => node.position?.end.offset

function blocks(children: readonly RootContent[], source: string, builder: ProseBuilder, quoted: boolean): void {
  for (const node of children) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        builder.separate(blockSeparator)
        const from = builder.offset
        inline(node, source, builder)
        if (quoted) builder.mask(from, builder.offset, 'quote')
        break
      }
      case 'blockquote': {
        blocks(node.children, source, builder, true)
        break
      }
      case 'listItem': {
        builder.separate(blockSeparator)
        const from = builder.offset
        const first = node.children[0]
        // The marker as written ("1. ", "- ", "- [ ] "), up to the item's first line of prose.
        const markerStart = start(node)
        if (markerStart !== undefined && first?.type === 'paragraph' && start(first) !== undefined) {
          builder.verbatim(source, markerStart, start(first)!)
          inline(first, source, builder)
          if (quoted) builder.mask(from, builder.offset, 'quote')
          blocks(node.children.slice(1), source, builder, quoted)
        } else blocks(node.children, source, builder, quoted)
        break
      }
      case 'list':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        blocks(node.children, source, builder, quoted)
        break
      // Code, HTML, thematic breaks and link definitions are not prose.
      default:
        break
    }
  }
}

/** Capitals or snake case in angle brackets, as template fields are written. */
const fieldLike = /^<([A-Z][A-Z0-9_ ]{1,30}|[a-z]+_[a-z_]+)>$/
/** Tags written in capitals (<B>, <DIV>) are still HTML. */
const htmlElements = new Set(
  'a abbr b bdi bdo big blockquote br center cite code dd del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strike strong sub sup table tbody td th thead tr tt u ul var'.split(' ')
)

function isField(html: string): boolean {
  const match = fieldLike.exec(html)
  return match !== null && !htmlElements.has(match[1]!.toLowerCase())
}

function inline(parent: Parents, source: string, builder: ProseBuilder): void {
  for (const node of parent.children) {
    switch (node.type) {
      case 'text': {
        const from = start(node)
        const to = end(node)
        if (from === undefined || to === undefined) builder.add(node.value)
        else builder.copy(node.value, source, from, to, {entities: true, escapes: true})
        break
      }
      case 'inlineCode': {
        // Kept so the sentence around it stays whole, masked so no rule reads or rewrites it.
        const from = builder.offset
        const at = start(node)
        if (at === undefined) builder.add(node.value)
        else builder.verbatim(source, at, end(node)!)
        builder.mask(from, builder.offset, 'code')
        break
      }
      case 'break':
        builder.add('\n')
        break
      case 'html': {
        // An inline tag is not text; <br> is a line break.
        if (/^<br\s*\/?>$/i.test(node.value)) builder.add('\n')
        // "<PROJECT NAME>", "<first_name>": Markdown reads a template's field as a tag; it is text the customer would see.
        else if (isField(node.value) && start(node) !== undefined) builder.verbatim(source, start(node)!, end(node)!)
        break
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        inline(node, source, builder)
        break
      // Images, footnote references: not prose.
      default:
        break
    }
  }
}
