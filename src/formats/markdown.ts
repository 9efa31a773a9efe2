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
import type {ProseDocument} from './document.js'
import {ProseBuilder} from './prose-builder.js'

// Built once: the extensions compile their syntax tables when called.
const options = {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}

const blockSeparator = '\n\n'

/** YAML front matter (`---` … `---`) at the top: settings of the template, not prose. */
const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/

export function markdownDocument(source: string): ProseDocument {
  // Blanked out rather than cut, so every offset the parser reports is still the file's.
  const matter = frontMatter.exec(source)
  const parsed = matter ? matter[0].replace(/[^\r\n]/g, ' ') + source.slice(matter[0].length) : source
  const tree: Root = fromMarkdown(parsed, options)
  const builder = new ProseBuilder()
  blocks(tree.children, source, builder, false)
  return builder.build()
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
