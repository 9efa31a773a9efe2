/**
 * HTML e-mail templates and replies: the text of the body as a reader sees
 * it. Scripts, styles, preformatted blocks and the head are not prose;
 * inline code stays in its sentence, masked. Quoted history
 * (`<blockquote>`, Gmail's `.gmail_quote`, Outlook's `#divRplyFwdMsg` and
 * everything after it) is kept but masked as `quote`, and signatures as
 * `signature`, so only rules that read those kinds (sensitive-data) see them.
 *
 * Text is mapped back per character through the parser's text-node
 * positions: entities (`&amp;`, `&#233;`) map to the whole reference, and
 * whitespace collapsed the way a browser does maps to the run it stood for.
 */
import type {Element, Nodes, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {ProseDocument} from './document.js'
import {ProseBuilder} from './prose-builder.js'

/** Elements whose content is not prose. */
const skipped = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'pre', 'svg', 'math',
  'textarea', 'select', 'option', 'button', 'iframe', 'object', 'canvas', 'audio', 'video'
])

/** Blocks that end a paragraph (a blank line between them). */
const paragraphs = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'hr',
  'address', 'article', 'aside', 'figure', 'figcaption', 'footer', 'header', 'main', 'nav',
  'section', 'details', 'summary', 'fieldset', 'legend', 'form', 'caption', 'center'
])

/** Blocks that end a line: mail clients write one `<div>` per line, layout tables a cell per block. */
const lines = new Set(['div', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'body', 'html'])

/** Containers of quoted history, by class or id (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo, Proton). */
const quoteClasses = new Set(['gmail_quote', 'gmail_extra', 'yahoo_quoted', 'moz-cite-prefix', 'protonmail_quote', 'OutlookMessageHeader'])
/** Outlook's reply header: the history follows it, outside it. */
const historyStartIds = new Set(['divRplyFwdMsg', 'x_divRplyFwdMsg', 'appendonsend'])
const signatureClasses = new Set(['gmail_signature', 'moz-signature', 'signature'])
const signatureIds = new Set(['Signature', 'signature'])

/** Inline code stays in its sentence, masked, so the sentence around it stays whole. */
const code = new Set(['code', 'kbd', 'samp', 'var', 'tt'])

type Kind = 'prose' | 'quote' | 'signature' | 'code'

interface Walk {
  source: string
  builder: ProseBuilder
  /** An Outlook reply header was seen: everything after it is history. */
  history: boolean
}

/** Thousands of nested elements overflow the (recursive) tree conversion: `lint` says so in one line. */
export function htmlDocument(source: string): ProseDocument {
  const tree = fromHtml(source)
  const builder = new ProseBuilder()
  walk(tree.children, {source, builder, history: false}, 'prose')
  return builder.build()
}

function kindOf(element: Element, inherited: Kind): Kind {
  if (inherited !== 'prose') return inherited
  if (code.has(element.tagName)) return 'code'
  const classes = (element.properties.className as string[] | undefined) ?? []
  const id = String(element.properties.id ?? '')
  if (element.tagName === 'blockquote' || classes.some((name) => quoteClasses.has(name))) return 'quote'
  if (classes.some((name) => signatureClasses.has(name)) || signatureIds.has(id) || element.properties.dataSmartmail === 'gmail_signature') {
    return 'signature'
  }
  return 'prose'
}

function walk(children: readonly (RootContent | Nodes)[], state: Walk, inherited: Kind, parent = ''): void {
  const {builder} = state
  let item = 0
  for (const node of children) {
    if (node.type === 'text') {
      text(node.value, node.position?.start.offset, node.position?.end.offset, state, state.history ? 'quote' : inherited)
      continue
    }
    if (node.type !== 'element') continue
    const name = node.tagName
    if (skipped.has(name)) continue
    if (historyStartIds.has(String(node.properties.id ?? ''))) state.history = true
    const kind = state.history ? 'quote' : kindOf(node, inherited)
    if (name === 'br') {
      builder.add('\n')
      continue
    }
    const separator = paragraphs.has(name) ? '\n\n' : lines.has(name) ? '\n' : ''
    if (separator) builder.separate(separator)
    if (name === 'li') {
      // A list item reads as one ("1. ", "- "), as polite-forms expects of numbered steps; placed at the <li>.
      item++
      builder.addAt(parent === 'ol' ? `${item}. ` : '- ', node.position?.start.offset)
    }
    walk(node.children, state, kind, name)
    if (separator) builder.separate(separator)
  }
}

function text(value: string, start: number | undefined, end: number | undefined, state: Walk, kind: Kind): void {
  const {builder, source} = state
  // Whitespace collapses as a browser shows it; at the start of a line it disappears.
  let collapsed = value.replace(/[ \t\n\r\f]+/g, ' ')
  if (builder.offset === 0 || /\s$/.test(builder.tail(1))) collapsed = collapsed.replace(/^ /, '')
  if (collapsed === '') return
  const from = builder.offset
  if (start === undefined || end === undefined) builder.add(collapsed)
  else builder.copy(collapsed, source, start, end, {entities: true})
  if (kind !== 'prose') builder.mask(from, builder.offset, kind)
}
