import type {Node, Parent} from 'unist'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextChinese, {parseChinese} from '../../src/zh/parser.js'

/** Every node with its type, so tests can check the tree and each position. */
function allNodes(node: Node, into: Node[] = []): Node[] {
  into.push(node)
  for (const child of (node as Parent).children ?? []) allNodes(child, into)
  return into
}

const sentences = (text: string) =>
  allNodes(parseChinese(text))
    .filter((node) => node.type === 'SentenceNode')
    .map((node) => toString(node as never))

const words = (text: string) =>
  allNodes(parseChinese(text))
    .filter((node) => node.type === 'WordNode')
    .map((node) => toString(node as never))

describe('Chinese parser', () => {
  it('keeps every character: the tree prints back to the input', () => {
    const text = '您好！订单已经发货了。\n请问还有什么可以帮您？\n\n祝您生活愉快…… 谢谢'
    expect(toString(parseChinese(text))).toBe(text)
  })

  it('gives every node a position whose offsets slice out its text', () => {
    const text = '您好，王先生！\n您的包裹（编号 A123）明天送到。\n\n如有问题，请回复 email 给我们。'
    for (const node of allNodes(parseChinese(text))) {
      const {start, end} = node.position!
      expect(toString(node as never)).toBe(text.slice(start.offset, end.offset))
      const lines = text.slice(0, start.offset).split('\n')
      expect(start.line).toBe(lines.length)
      expect(start.column).toBe(lines.at(-1)!.length + 1)
    }
  })

  it('splits paragraphs at blank lines', () => {
    const root = parseChinese('第一段。\n\n第二段。\n \n第三段')
    expect(root.children.map((node) => node.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
    ])
  })

  it('splits sentences at Chinese and ASCII terminators and at line breaks', () => {
    expect(sentences('好的。马上处理！真的吗？是的；稍等…… OK! Fine?\n没有句号\n下一行')).toEqual([
      '好的。',
      '马上处理！',
      '真的吗？',
      '是的；',
      '稍等……',
      'OK!',
      'Fine?',
      '没有句号',
      '下一行',
    ])
  })

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('他说：“好的。”然后走了。')).toEqual(['他说：“好的。”', '然后走了。'])
  })

  it('splits words with Intl.Segmenter, Latin runs included', () => {
    expect(words('周一周二我们不能安排')).toEqual(['周一', '周二', '我们', '不能', '安排'])
    expect(words('请登录App查看iPhone 15订单')).toEqual(
      expect.arrayContaining(['请', 'App', 'iPhone', '15', '订单']),
    )
  })

  it('marks punctuation, symbols and white space', () => {
    const types = allNodes(parseChinese('价格：¥100 ！！'))
      .filter((node) => !['RootNode', 'ParagraphNode', 'SentenceNode', 'WordNode', 'TextNode'].includes(node.type))
      .map((node) => node.type)
    expect(types).toEqual(['PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'PunctuationNode', 'PunctuationNode'])
  })

  it('parses empty input to an empty root', () => {
    expect(parseChinese('')).toMatchObject({type: 'RootNode', children: []})
  })

  it('works as a unified parser plugin', () => {
    const tree = unified().use(retextChinese).parse('您好。')
    expect(tree.type).toBe('RootNode')
    expect(toString(tree as never)).toBe('您好。')
  })
})
