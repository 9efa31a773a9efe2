/**
 * retext-english with a faster tokenizer: the same nlcst trees, node for
 * node (test/text/english-parser.test.ts compares them on arbitrary text).
 *
 * parse-english cuts the text into words, white space, punctuation and
 * symbols by testing each character against three large Unicode classes,
 * and copies the current point with object spread for every node: that
 * first pass was a third of a parse. Here each UTF-16 code unit is
 * classified once per process, by parse-english's own tokenizer run on that
 * one character (so the classes are its classes, whatever its version), and
 * kept in a table. After the first pass come parse-english's twenty-odd
 * plugins (merging "don't", initialisms, sentence breaks): its sentence
 * plugins, two of its root plugins and the paragraph pass's
 * `mergeRemainingFullStops` run as plain loops of ours
 * (src/text/parse-plugins.ts), the others as they are; a sentence or
 * paragraph plugin with nothing to act on in a text is skipped (`needs`,
 * `paragraphNeeds`).
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Plugin, Processor} from 'unified'
import {fasterPlugins, terminalMarks} from './parse-plugins.js'

export type Point = {line: number; column: number; offset: number}
type Kind = SentenceContent['type']

/** The classes by number, 0 for a code unit not seen yet. */
const kindNames: readonly Kind[] = ['WordNode', 'WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
const word = 1
const whiteSpace = 2
const kinds = new Uint8Array(0x10000)
const original = ParseEnglish.prototype.tokenize

function kindOf(code: number): number {
  let kind = kinds[code]!
  if (kind === 0) {
    const [node] = original.call(undefined, String.fromCharCode(code))
    kind = Math.max(1, kindNames.indexOf(node!.type))
    kinds[code] = kind
  }
  return kind
}

/**
 * A node as parse-english makes it, from `start` to `end`. Points are shared
 * (a word's text node has the word's, a node starts at the point its
 * previous sibling ends): parse-latin's plugins share points the same way
 * when they merge nodes, and no one changes a point in place. Each point
 * less is one object less to collect in a long reply's tree.
 */
function node(kind: number, value: string, start: Point, end: Point): SentenceContent {
  if (kind === word) {
    return {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  }
  return {type: kindNames[kind] as Exclude<Kind, 'WordNode' | 'SourceNode'>, value, position: {start, end}} as SentenceContent
}

type SentencePlugin = (typeof ParseEnglish.prototype.tokenizeSentencePlugins)[number]

/**
 * The plugins of parse-english's sentence pass that act only on tokens of
 * some characters, with those characters: the elision exceptions on "/" and
 * apostrophes, then parse-latin's "&" before a word, "-" after one, the
 * inner-word symbols, "/" between short words, "." of initialisms (the last,
 * positions, runs always). Each walks every token of the text, so a text
 * without its characters skips it. Known by place in parse-english 7's
 * list; with another list nothing is skipped (and the trees are compared
 * with parse-english's in english-parser.test.ts either way).
 */
const sentencePlugins = ParseEnglish.prototype.tokenizeSentencePlugins
const needs = new Map<SentencePlugin, RegExp>(
  sentencePlugins.length === 7
    ? [
        [sentencePlugins[0]!, /[/'’]/],
        [sentencePlugins[1]!, /&/],
        [sentencePlugins[2]!, /-/],
        [sentencePlugins[3]!, /[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_]/],
        [sentencePlugins[4]!, /\//],
        [sentencePlugins[5]!, /\./]
      ]
    : []
)

type ParagraphPlugin = (typeof ParseEnglish.prototype.tokenizeParagraphPlugins)[number]

/**
 * The same for the paragraph pass, which reads the text's sentences (cut at
 * terminal marks) before the text is cut into paragraphs: without a
 * terminal mark there is one sentence, and nothing to merge it with (the
 * English and Latin prefix exceptions, non-word sentences, affix symbols,
 * sentences starting in lower case or a digit, affix exceptions, remaining
 * full stops); three act on "." only; implicit sentence breaks need a blank
 * line (two line breaks in one run of white space). Known by place in
 * parse-english 7's list of thirteen.
 */
const paragraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins
const terminalMark = new RegExp(`[${terminalMarks}]`)
const fullStop = /\./
const paragraphNeeds = new Map<ParagraphPlugin, RegExp>(
  paragraphPlugins.length === 13
    ? [
        [paragraphPlugins[0]!, fullStop],
        [paragraphPlugins[1]!, terminalMark],
        [paragraphPlugins[2]!, terminalMark],
        [paragraphPlugins[3]!, terminalMark],
        [paragraphPlugins[4]!, terminalMark],
        [paragraphPlugins[5]!, fullStop],
        [paragraphPlugins[6]!, terminalMark],
        [paragraphPlugins[7]!, fullStop],
        [paragraphPlugins[10]!, /[\r\n][\s\u0085]*[\r\n]/]
      ]
    : []
)

/** The plugins run as plain loops (src/text/parse-plugins.ts), by the plugin they replace. */
const faster = fasterPlugins({sentence: sentencePlugins, paragraph: paragraphPlugins, root: ParseEnglish.prototype.tokenizeRootPlugins}) as unknown as Map<unknown, never>
const fasterOf = <T>(plugin: T): T => faster.get(plugin) ?? plugin

export class FastEnglish extends ParseEnglish {
  /**
   * Where the next text parsed starts in its document: a block of a long
   * reply (`parseInChunks`) gets its positions in the whole reply's terms
   * without a second walk over its tree to move them.
   */
  origin: Point = {line: 1, column: 1, offset: 0}

  /**
   * parse-latin's first pass: runs of one class, a word or white space of
   * any characters, punctuation or symbols of one. No closures here: the
   * point's fields stay in registers.
   */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let {line, column, offset} = this.origin
    let start: Point = {line, column, offset}
    let from = 0
    let previousKind = 0
    let previousCode = -1
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = kindOf(code)
      // A run goes on: a word or white space, the same character of punctuation or symbol again, or a surrogate half.
      const continues = kind === previousKind && (kind === word || kind === whiteSpace || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
      if (from < index && !continues) {
        const end: Point = {line, column, offset}
        children.push(node(previousKind, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) column++
      offset++
      previousKind = kind
      previousCode = code
    }
    if (from < value.length) children.push(node(previousKind, value.slice(from), start, {line, column, offset}))
    return children
  }

  /** parse-latin's root pass, its plugins as plain loops where there is one. */
  override tokenizeRoot(value: string | null | undefined): Root {
    const all = this.tokenizeRootPlugins
    this.tokenizeRootPlugins = all.map(fasterOf)
    try {
      return super.tokenizeRoot(value)
    } finally {
      this.tokenizeRootPlugins = all
    }
  }

  /** parse-latin's paragraph pass, without the plugins that have nothing to act on in `value` (see `paragraphNeeds`), plain loops where there is one. */
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const all = this.tokenizeParagraphPlugins
    const text = value ?? ''
    this.tokenizeParagraphPlugins = all.filter((plugin) => !(paragraphNeeds.get(plugin)?.test(text) === false)).map(fasterOf)
    try {
      return super.tokenizeParagraph(value)
    } finally {
      this.tokenizeParagraphPlugins = all
    }
  }

  /** parse-latin's sentence pass, without the plugins that have nothing to act on in `value` (see `needs`). */
  override tokenizeSentence(value: string | null | undefined): Sentence {
    const result: Sentence = {type: 'SentenceNode', children: this.tokenize(value)}
    for (const plugin of this.tokenizeSentencePlugins) {
      const need = needs.get(plugin)
      if (need && !need.test(value ?? '')) continue
      fasterOf(plugin)(result)
    }
    return result
  }
}

/**
 * A processor's English parser: parse a text that starts at `origin` in its
 * document. As in retext-english, the processor's nlcst extensions run
 * before parse-english's own plugins.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function englishParser(processor: Processor<any, any, any, any, any>): (text: string, origin?: Point) => Root {
  const extend = (list: unknown[], extensions: unknown) => {
    if (Array.isArray(extensions)) list.unshift(...extensions)
  }
  return (text, origin) => {
    const parser = new FastEnglish()
    extend(parser.tokenizeParagraphPlugins, processor.data('nlcstParagraphExtensions' as never))
    extend(parser.tokenizeRootPlugins, processor.data('nlcstRootExtensions' as never))
    extend(parser.tokenizeSentencePlugins, processor.data('nlcstSentenceExtensions' as never))
    if (origin) parser.origin = origin
    return parser.parse(text)
  }
}

/** The unified plugin: retext-english, with `FastEnglish`. */
const retextEnglishFast: Plugin<[], string, Root> = function (this: Processor) {
  const parse = englishParser(this)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ;(this as any).parser = (document: string) => parse(document)
}

export default retextEnglishFast
