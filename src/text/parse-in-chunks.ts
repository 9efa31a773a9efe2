/**
 * retext-english's parser (parse-latin) grows faster than linearly on one
 * long text: its plugins splice the children of one huge root, and a 10 MB
 * reply took minutes (1 MB 1.5 s, 2 MB 6 s, 4 MB 18 s). A reply is
 * paragraphs; parsed paragraph block by paragraph block and joined, the tree
 * is the same (the root holds paragraphs and the white space between them),
 * and the cost is linear.
 */
import type {Root} from 'nlcst'
import type {Node, Parent} from 'unist'

/** Blocks are cut only this far apart: below it the parser is still linear, and cutting costs a little (new positions). */
export const chunkSize = 512_000

/**
 * A run of blank lines ends a block; a cut goes right after its last line
 * break, before a line that starts with a letter or mark (white space there
 * would be one node with the blank lines in the whole parse), so the next
 * block starts a line.
 */
const blankLines = /\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*(?=\S)/g

/** Where blocks start: 0, then after a run of blank lines at least `size` characters on. */
export function chunkStarts(text: string, size = chunkSize): number[] {
  const starts = [0]
  let from = size
  while (from < text.length) {
    blankLines.lastIndex = from
    const match = blankLines.exec(text)
    if (!match) break
    const at = match.index + match[0].length
    if (at >= text.length) break
    starts.push(at)
    from = at + size
  }
  return starts
}

/** Parse `text` block by block with `parse`, positions made the whole text's. */
export function parseInChunks(text: string, parse: (text: string) => Root, size = chunkSize): Root {
  const starts = chunkStarts(text, size)
  if (starts.length === 1) return parse(text)
  const root: Root = {type: 'RootNode', children: []}
  let line = 1
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? text.length
    const chunk = text.slice(start, end)
    const tree = parse(chunk)
    if (start > 0) shift(tree, start, line - 1)
    root.children.push(...tree.children)
    line += chunk.split('\n').length - 1
  })
  const first = root.children[0]?.position?.start ?? {line: 1, column: 1, offset: 0}
  const last = root.children.at(-1)?.position?.end ?? first
  root.position = {start: {...first}, end: {...last}}
  return root
}

/**
 * Offsets and lines of a block's tree, moved to where the block stands (a
 * block starts a line: columns stay). New points: the parser shares point
 * objects between a node and its first or last child.
 */
function shift(node: Node, offset: number, lines: number): void {
  const position = node.position
  if (position) {
    const moved = (point: (typeof position)['start']) => ({
      line: point.line + lines,
      column: point.column,
      ...(point.offset === undefined ? {} : {offset: point.offset + offset})
    })
    node.position = {start: moved(position.start), end: moved(position.end)}
  }
  for (const child of (node as Parent).children ?? []) shift(child, offset, lines)
}
