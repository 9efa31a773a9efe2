/**
 * A unified parser for Chinese (like retext-english): text -> nlcst Root with
 * positions on every node. No retext parser for Chinese exists; words come
 * from Node's built-in `Intl.Segmenter('zh')`, so no dictionary is needed.
 * Paragraphs end at blank lines; sentences end at 。！？；… (and ASCII
 * .!?;) and at line breaks, because chat replies often drop the full stop.
 */
import type {Paragraph, Root, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import '../rule.js'
import {wordSegments} from '../text/segment-boundaries.js'

type Point = {line: number; column: number; offset: number}

const terminator = /[。！？；…!?;．]/u
const punctuation = /\p{P}/u
const blankLine = /\n[ \t\u3000]*\n\s*/g

/** Offsets to line/column points, computed once per document. */
function pointsOf(text: string): (offset: number) => Point {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n') lineStarts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}


/** Parse Chinese (and mixed Chinese/Latin) text into an nlcst tree. */
export function parseChinese(text: string): Root {
  const point = pointsOf(text)
  const position = (start: number, end: number) => ({start: point(start), end: point(end)})
  const space = (start: number, end: number): WhiteSpace => ({
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: position(start, end),
  })

  function sentenceContent(start: number, end: number): SentenceContent[] {
    const nodes: SentenceContent[] = []
    for (const segment of wordSegments(text.slice(start, end))) {
      const from = start + segment.index
      const to = from + segment.segment.length
      if (segment.isWordLike) {
        nodes.push({
          type: 'WordNode',
          children: [{type: 'TextNode', value: segment.segment, position: position(from, to)}],
          position: position(from, to),
        })
      } else if (/^\s+$/u.test(segment.segment)) {
        nodes.push(space(from, to))
      } else {
        // One node per character: runs like ！！ or …… stay countable.
        let offset = from
        for (const character of segment.segment) {
          const next = offset + character.length
          if (/\s/u.test(character)) nodes.push(space(offset, next))
          else
            nodes.push({
              type: punctuation.test(character) ? 'PunctuationNode' : 'SymbolNode',
              value: character,
              position: position(offset, next),
            })
          offset = next
        }
      }
    }
    return nodes
  }

  function paragraph(start: number, end: number): Paragraph {
    const children: Paragraph['children'] = []
    let index = start
    while (index < end) {
      const spaceStart = index
      while (index < end && /\s/u.test(text[index]!)) index++
      if (index > spaceStart) children.push(space(spaceStart, index))
      if (index >= end) break
      const sentenceStart = index
      while (index < end && text[index] !== '\n' && !terminator.test(text[index]!)) index++
      // A run of terminators (？！ or ……) closes the same sentence.
      while (index < end && terminator.test(text[index]!)) index++
      // Closing quotes and brackets after the terminator belong to it.
      while (index < end && /[”’」』）)"']/u.test(text[index]!)) index++
      const sentence: Sentence = {
        type: 'SentenceNode',
        children: sentenceContent(sentenceStart, index),
        position: position(sentenceStart, index),
      }
      children.push(sentence)
    }
    return {type: 'ParagraphNode', children, position: position(start, end)}
  }

  const children: Root['children'] = []
  let start = 0
  for (const match of text.matchAll(blankLine)) {
    if (match.index > start) children.push(paragraph(start, match.index))
    children.push(space(match.index, match.index + match[0].length))
    start = match.index + match[0].length
  }
  if (start < text.length) children.push(paragraph(start, text.length))
  return {type: 'RootNode', children, position: position(0, text.length)}
}

/**
 * The unified plugin: `unified().use(retextChinese)`. It also marks the file
 * as Chinese (`file.data.replylint.lang`), so replylint's rules read it with
 * their Chinese data in any pipeline, unless the caller said otherwise.
 */
const retextChinese: Plugin<[], string, Root> = function (this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ;(this as any).parser = (document: string, file?: VFile) => {
    if (file) {
      const data = (file.data.replylint ??= {})
      data.lang ??= 'zh'
    }
    return parseChinese(String(document))
  }
}

export default retextChinese
