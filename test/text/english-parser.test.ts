/** The fast English parser makes parse-english's trees, node for node, on any text. */
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextEnglishFast, {FastEnglish} from '../../src/text/english-parser.js'
import {fasterPlugins} from '../../src/text/parse-plugins.js'

const special = fc.constantFrom(
  ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', '\u2028', '.', '...', '!!', '?!', '…', ',', "'", '’', '"', '“', '-', '--', '—', '/', '&', '@', '#', '$', '€', '%',
  '😀', '😀😀', '👍🏽', '\ud800', '\udc00', 'e\u0301', 'İ', 'ß', 'Mr.', 'U.S.A.', 'e.g.', "don't", 'can’t', '1.5', '3rd', '2pm', 'https://x.example/a?b=c', 'x@y.example', '(', ')', '[', ']', ':)', '中文', 'עברית', '\u0000',
  // What the sentence plugins act on (FastEnglish skips one for a text without its characters).
  'AT&T', '& co', 'w/', 'w/o', 'a/b', 'co-', '-ish', 'e=mc', 'snake_case', '__', 'a·b', 'a\u2010b', 'soft\u00ADhyphen', 'a‧b', 'N.A.S.A.', '1.2.3', 'c.', "'s", "o'clock", "'tis", 'e-mail', 'x:y', '?', '@home'
)
const texts = fc.array(fc.oneof(fc.string({unit: 'grapheme-ascii'}), fc.string({unit: 'grapheme'}), fc.string({unit: 'binary'}), special, fc.constantFrom('Hi', 'anna', 'Thanks', 'we', 'can')), {maxLength: 40}).map((parts) => parts.join(''))

/** Texts dense in what the sentence plugins join: short words, elisions, inner-word marks, initialisms. */
const joinable = fc
  .array(
    fc.constantFrom(
      'a', 'w', 'W', 'o', 'O', 'ol', 'oll', 'n', 'tis', "Tis", 'twas', 'twere', 'cause', 'em', 'er', 'im', 'ems', '9', '90', '90s', '900', 'ab', 'abc', 'U', 'S', '1', '\u0663', '\u00b2', 'x\u0301',
      ' ', '  ', '\n', "'", '’', '&', '-', '/', '.', '..', ':', '=', '?', '@', '_', '__', '\u00b7', '\u2010', '\u2011', '\u2027', '\u00ad', ',', '!', '(', '😀'
    ),
    {maxLength: 30}
  )
  .map((parts) => parts.join(''))

/** Texts dense in full stops that do not end a sentence: what `mergeRemainingFullStops` moves into words. */
const stops = fc
  .array(fc.constantFrom('a', 'A', 'bc', 'Mr', 'etc', 'U', '1', '12', '😀', '.', '. ', ' .', '..', '...', '!', '?', '?!', '…', ' ', '  ', '\n', '\n\n', ',', '"', ')', '-'), {
    maxLength: 40
  })
  .map((parts) => parts.join(''))

/** Our processor and retext-english's parse every text of `arbitrary` to the same tree. */
function parsesAlike(arbitrary: fc.Arbitrary<string>, numRuns: number) {
  const fast = unified().use(retextEnglishFast).freeze()
  const slow = unified().use(retextEnglish).freeze()
  fc.assert(
    fc.property(arbitrary, (text) => {
      expect(fast.parse(text)).toEqual(slow.parse(text))
    }),
    {numRuns}
  )
}

describe('FastEnglish', () => {
  it('tokenizes as parse-english does', () => {
    const fast = new FastEnglish()
    const slow = new ParseEnglish()
    fc.assert(
      fc.property(texts, (text) => {
        expect(fast.tokenize(text)).toEqual(slow.tokenize(text))
      }),
      {numRuns: 2000}
    )
    expect(fast.tokenize('')).toEqual([])
  })

  it('parses as retext-english does, extensions included', () => {
    parsesAlike(texts, 1000)
    // A processor's nlcst extensions run, as in retext-english, before the parser's own plugins.
    const calls = (plugin: typeof retextEnglish) => {
      const seen: string[] = []
      const processor = unified()
        .use(plugin)
        .use(function (this: ReturnType<typeof unified>) {
          this.data('nlcstSentenceExtensions' as never, [(node: {children: unknown[]}) => seen.push(`sentence ${node.children.length}`)] as never)
          this.data('nlcstParagraphExtensions' as never, [(node: {children: unknown[]}) => seen.push(`paragraph ${node.children.length}`)] as never)
          this.data('nlcstRootExtensions' as never, [(node: {children: unknown[]}) => seen.push(`root ${node.children.length}`)] as never)
        })
      processor.parse("One sentence. Another one, don't you think?\n\nA second paragraph.")
      return seen
    }
    expect(calls(retextEnglishFast as typeof retextEnglish)).toEqual(calls(retextEnglish))
    expect(calls(retextEnglish)).toHaveLength(3)
  })

  it('joins what parse-english joins, on texts dense in its exceptions', () => {
    parsesAlike(joinable, 3000)
  })

  it('moves the full stops parse-latin moves into words, on texts dense in them', () => {
    parsesAlike(stops, 3000)
  })

  it('finds parse-latin’s mergeRemainingFullStops by what it does, so the plain loop runs in its place', () => {
    const {tokenizeSentencePlugins: sentence, tokenizeParagraphPlugins: paragraph, tokenizeRootPlugins: root} = ParseEnglish.prototype
    const faster = fasterPlugins({sentence, paragraph, root})
    expect(faster.has(paragraph[7])).toBe(true)
    // Of the paragraph pass, besides it only parse-latin's removeEmptyNodes and patchPosition (shared with the other passes);
    // a list of another shape gets no replacement.
    expect(paragraph.flatMap((plugin, index) => (faster.has(plugin) ? [index] : []))).toEqual([7, 11, 12])
    expect(fasterPlugins({sentence, paragraph: paragraph.slice(1), root}).has(paragraph[7])).toBe(false)
  })

  it('knows the elisions parse-english knows (words restated in parse-plugins.ts)', () => {
    const fast = new FastEnglish()
    const slow = new ParseEnglish()
    const words = ['o', 'ol', 'ole', 'tis', 'twas', 'twere', 'tiss', 'cause', 'because', 'em', 'er', 'im', 'emm', 'n', 'nn', '00', '99', '99s', '9', '999', '99S']
    for (const word of words) {
      for (const text of [`say ${word}' now`, `say '${word} now`, `rock '${word}' roll`, `w/ ${word}`, `${word.toUpperCase()}' and '${word.toUpperCase()}`]) {
        expect(fast.parse(text), text).toEqual(slow.parse(text))
      }
    }
  })

  it('reads digits in initialisms as parse-latin does, for every code unit', () => {
    const fast = new FastEnglish()
    const slow = new ParseEnglish()
    fc.assert(
      fc.property(fc.integer({min: 0, max: 0xffff}), (code) => {
        const character = String.fromCharCode(code)
        const text = `${character}.${character}. ${character}.a.`
        expect(fast.parse(text)).toEqual(slow.parse(text))
      }),
      {numRuns: 3000}
    )
  })

  it('shares a word’s start point with its text node, as parse-english does', () => {
    const [word] = new FastEnglish().tokenize('Hi there')
    expect(word?.type).toBe('WordNode')
    if (word?.type === 'WordNode') expect(word.children[0]!.position!.start).toBe(word.position!.start)
  })
})
