/**
 * parse-english's sentence plugins (and parse-latin's `patchPosition`,
 * `removeEmptyNodes` and `mergeRemainingFullStops`) as plain loops, node
 * for node the same trees.
 *
 * Each of those plugins is a function of one node, run for every child
 * through `unist-util-modify-children` (a callback per child, called with
 * `this`, its result read to move the index) and `nlcst-to-string` (an
 * array per node to read its text). Over short replies they were nearly
 * half of a parse. Here each is one loop over the children that reads a
 * leaf's `value` directly and moves its index as `modifyChildren` would:
 * a plugin's returned index `r` means "visit position `max(r, 0)` next".
 *
 * The few characters and words they test are restated (`innerWordSymbol`,
 * `elisionPrefix`, `elisionAffix`); which characters are numerical is
 * asked of parse-latin's own plugin, once per character (`isNumerical`).
 * test/text/english-parser.test.ts compares the trees with parse-english's
 * on arbitrary text and on each restated word.
 */
import type {Point} from './english-parser.js'

interface Node {
  type: string
  value?: string
  children?: Node[]
  position?: {start?: Point; end?: Point}
}

interface Parent extends Node {
  children: Node[]
}

type Plugin = (node: Parent) => void

/** nlcst-to-string's `toString`: a leaf's value, else its children's text joined. */
function textOf(node: Node): string {
  if ('value' in node) return node.value!
  const children = node.children
  if (!children) return ''
  if (children.length === 1) return textOf(children[0]!)
  let text = ''
  for (const child of children) text += textOf(child)
  return text
}

const isMark = (node: Node | undefined): boolean => node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
const isWord = (node: Node | undefined): node is Parent => node !== undefined && node.type === 'WordNode'

/** Marks that join two words into one ("e-mail", "o'clock", "a.m", "snake_case"): parse-latin's `wordSymbolInner`. */
const innerWordSymbol = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/
/** Words an apostrophe after them belongs to ("o'", "ol'"): parse-english's `elisionPrefix`, tested lower-cased. */
const elisionPrefix = /^(?:o|ol)$/
/** Words an apostrophe before them belongs to ("'tis", "'em", "'90s"): parse-english's `elisionAffix`, tested lower-cased. */
const elisionAffix = /^(?:twere|twas|tis|cause|em|er|im|[0-9]{2}s?)$/
const apostrophe = (value: string) => value === "'" || value === '’'

/** parse-english's elision exceptions ("w/", "o'", "'tis", "'n'"): visited once each, without going back. */
function mergeElisionExceptions(sentence: Parent): void {
  const siblings = sentence.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (!isMark(child)) continue
    const length = siblings.length
    const value = textOf(child)
    if (value === '/') {
      const sibling = siblings[index - 1]
      if (isWord(sibling) && textOf(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1)
        sibling.children.push(child)
        if (sibling.position && child.position) sibling.position.end = child.position.end
      }
    } else if (apostrophe(value)) {
      const sibling = siblings[index - 1]
      if (
        index > 2 &&
        index < length - 1 &&
        isWord(sibling) &&
        siblings[index - 2]!.type === 'WhiteSpaceNode' &&
        siblings[index + 1]!.type === 'WhiteSpaceNode' &&
        elisionPrefix.test(textOf(sibling).toLowerCase())
      ) {
        siblings.splice(index, 1)
        sibling.children.push(child)
        if (sibling.position && child.position) sibling.position.end = child.position.end
        continue
      }
      if (index !== length - 1 && isWord(siblings[index + 1]) && (index === 0 || siblings[index - 1]!.type !== 'WordNode')) {
        const next = siblings[index + 1] as Parent
        const nextValue = textOf(next).toLowerCase()
        const other = siblings[index + 2]
        if (elisionAffix.test(nextValue)) {
          siblings.splice(index, 1)
          next.children.unshift(child)
          if (next.position && child.position) next.position.start = child.position.start
        } else if (nextValue === 'n' && other && other.type === 'PunctuationNode' && apostrophe(textOf(other))) {
          siblings.splice(index, 1)
          siblings.splice(index + 1, 1)
          next.children.unshift(child)
          next.children.push(other)
          if (next.position) {
            if (child.position) next.position.start = child.position.start
            if (other.position) next.position.end = other.position.end
          }
        }
      }
    }
  }
}

/** "&" before a word joins it ("&co"), unless a word is before it too. */
function mergeInitialWordSymbol(parent: Parent): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (!isMark(child) || textOf(child) !== '&') continue
    const next = children[index + 1]
    if ((index > 0 && children[index - 1]!.type === 'WordNode') || !isWord(next)) continue
    children.splice(index, 1)
    next.children.unshift(child)
    if (next.position && child.position) next.position.start = child.position.start
    // The node before is now next to a word: visit it again.
    index = Math.max(index - 1, 0) - 1
  }
}

/** "-" after a word joins it ("co-"), unless a word follows. */
function mergeFinalWordSymbol(parent: Parent): void {
  const children = parent.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if (!isMark(child) || textOf(child) !== '-') continue
    const previous = children[index - 1]
    const next = children[index + 1]
    if ((!next || next.type !== 'WordNode') && isWord(previous)) {
      children.splice(index, 1)
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      index--
    }
  }
}

const isInnerWordSymbol = (node: Node): boolean => isMark(node) && innerWordSymbol.test(textOf(node))

/** Whether the inner-word marks from `index` on lead to a word: most marks ("word. ", "word, ") do not, and need no lists. */
function joinsWord(siblings: readonly Node[], index: number): boolean {
  for (let position = index; position < siblings.length; position++) {
    const sibling = siblings[position]!
    if (sibling.type === 'WordNode') return true
    if (!isInnerWordSymbol(sibling)) return false
  }
  return false
}

/** Words joined by inner-word marks ("e-mail", "a.m", "x:y") become one word. */
function mergeInnerWordSymbol(parent: Parent): void {
  const siblings = parent.children
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index]!
    if (!isMark(child)) continue
    const previous = siblings[index - 1]
    if (!isWord(previous) || !joinsWord(siblings, index)) continue
    let position = index - 1
    const tokens: Node[] = []
    let queue: Node[] = []
    while (siblings[++position]) {
      const sibling = siblings[position]!
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children!)
        queue = []
      } else if (isInnerWordSymbol(sibling)) queue.push(sibling)
      else break
    }
    if (tokens.length > 0) {
      if (queue.length > 0) position -= queue.length
      siblings.splice(index, position - index)
      previous.children.push(...tokens)
      const last = tokens[tokens.length - 1]!
      if (previous.position && last.position) previous.position.end = last.position.end
      index--
    }
  }
}

/** "/" between short words ("w/o", "a/b") joins them. */
function mergeInnerWordSlash(parent: Parent): void {
  const siblings = parent.children
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = siblings[index - 1]
    if (!isWord(previous) || !isMark(child) || textOf(child) !== '/') continue
    const previousValue = textOf(previous)
    let tail = child
    const queue = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (isWord(next)) {
      nextValue = textOf(next)
      tail = next
      queue.push(...next.children)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      previous.children.push(...queue)
      siblings.splice(index, count)
      if (previous.position && tail.position) previous.position.end = tail.position.end
      index--
    }
  }
}

const numerical = new Uint8Array(0x10000)
const mergeInitialismsOriginal: {plugin?: Plugin} = {}

/**
 * Whether one code unit is a digit to parse-latin (its `numerical`, some
 * 200 ranges): asked of its initialism plugin, which leaves "1.2." alone
 * but joins "a.b.", on such a word made of the character; kept per
 * character, as english-parser.ts keeps its classes.
 */
function isNumerical(value: string): boolean {
  if (value.length !== 1) return false
  const code = value.charCodeAt(0)
  let known = numerical[code]!
  if (known === 0) {
    const word: Parent = {type: 'WordNode', children: [{type: 'TextNode', value}, {type: 'PunctuationNode', value: '.'}, {type: 'TextNode', value}]}
    const sentence: Parent = {type: 'SentenceNode', children: [word, {type: 'PunctuationNode', value: '.'}]}
    mergeInitialismsOriginal.plugin!(sentence)
    known = sentence.children.length === 2 ? 1 : 2
    numerical[code] = known
  }
  return known === 1
}

/** Whether the word before a full stop is an initialism ("U.S.A", not "1.2"): its letters and stops alternate, one character each. */
function isInitialism(word: Parent): boolean {
  const children = word.children
  if (children.length === 1 || children.length % 2 === 0) return false
  let isAllDigits = true
  for (let position = children.length - 1; position >= 0 && children[position]; position--) {
    const value = textOf(children[position]!)
    if (position % 2 === 0) {
      if (value.length > 1) return false
      if (!isNumerical(value)) isAllDigits = false
    } else if (value !== '.') {
      if (position < children.length - 2) break
      return false
    }
  }
  return !isAllDigits
}

/** The full stop after an initialism joins it ("U.S.A."). */
function mergeInitialisms(parent: Parent): void {
  const children = parent.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'PunctuationNode' || textOf(child) !== '.') continue
    const previous = children[index - 1]!
    if (previous.type !== 'WordNode' || !previous.children || !isInitialism(previous as Parent)) continue
    children.splice(index, 1)
    previous.children.push(child)
    if (previous.position && child.position) previous.position.end = child.position.end
    index--
  }
}

/** A parent's position from its first and last child, where it has none yet. */
function patchPosition(node: Parent): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]!
  if (first.position && (!node.position || !node.position.start)) {
    node.position ??= {}
    node.position.start = first.position.start
  }
  const last = children[children.length - 1]!
  if (last.position && (!node.position || !node.position.end)) {
    node.position ??= {}
    node.position.end = last.position.end
  }
}

/** Parents left without children go. */
function removeEmptyNodes(parent: Parent): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if ('children' in child && child.children!.length === 0) {
      children.splice(index, 1)
      index--
    }
  }
}

/** The marks that end a sentence for parse-latin (its `terminalMarker`, a run of them), as a class body for patterns. */
export const terminalMarks = String.raw`!.?\u2026\u203D`
const terminalMarker = new RegExp(`^[${terminalMarks}]+$`)

/**
 * parse-latin's `mergeRemainingFullStops`: in each sentence, read from its
 * end, a full stop that does not end it (one terminal mark, the last, is
 * left) joins the word before it, else the word after it; not one followed
 * by white space and another full stop. The original splices each stop out
 * of the sentence, which cost the square of a long sentence's length
 * (4–7 s for 1 MB of "a. a. a." in 15 KB paragraphs, each one sentence);
 * here the tokens kept are gathered from the end and put back once.
 */
function mergeRemainingFullStops(paragraph: Parent): void {
  for (const sentence of paragraph.children) {
    if (!('children' in sentence) || !sentence.children) continue
    const children = sentence.children
    // What is kept right of the token looked at, nearest last: the original's `children[position + 1]` is `kept.at(-1)`.
    const kept: Node[] = []
    let hasFoundDelimiter = false
    for (let position = children.length - 1; position >= 0; position--) {
      const node = children[position]!
      if (!isMark(node) || !terminalMarker.test(textOf(node))) {
        if (node.type === 'WordNode') hasFoundDelimiter = true
        kept.push(node)
        continue
      }
      if (!hasFoundDelimiter || textOf(node) !== '.') {
        hasFoundDelimiter = true
        kept.push(node)
        continue
      }
      const previous = children[position - 1]
      const next = kept[kept.length - 1]
      if (isWord(previous)) {
        const nextNext = kept[kept.length - 2]
        if (next && nextNext && next.type === 'WhiteSpaceNode' && textOf(nextNext) === '.') {
          kept.push(node)
          continue
        }
        previous.children.push(node)
        if (node.position && previous.position) previous.position.end = node.position.end
      } else if (isWord(next)) {
        next.children.unshift(node)
        if (node.position && next.position) next.position.start = node.position.start
      } else kept.push(node)
    }
    if (kept.length === children.length) continue
    children.length = 0
    for (let index = kept.length - 1; index >= 0; index--) children.push(kept[index]!)
  }
}

/** Whether `plugin` does what parse-latin's `mergeRemainingFullStops` does, on a sentence that shows it. */
function isRemainingFullStops(plugin: Plugin): boolean {
  const text = (value: string) => ({type: 'TextNode', value})
  const word = (value: string): Parent => ({type: 'WordNode', children: [text(value)]})
  const stop = () => ({type: 'PunctuationNode', value: '.'})
  // "a. b. c.": the two stops inside join their words, the last ends the sentence.
  const sentence: Parent = {type: 'SentenceNode', children: [word('a'), stop(), {type: 'WhiteSpaceNode', value: ' '}, word('b'), stop(), word('c'), stop()]}
  plugin({type: 'ParagraphNode', children: [sentence]})
  return sentence.children.length === 5 && textOf(sentence.children[0]!) === 'a.' && textOf(sentence.children[2]!) === 'b.' && textOf(sentence.children[4]!) === '.'
}

/**
 * The plain loop for each plugin of parse-english 7's lists it replaces,
 * found by place in those lists (`sentence`: its seven sentence plugins;
 * `latin`: parse-latin's `patchPosition` and `removeEmptyNodes`, the last
 * two of its root plugins). Lists of another shape get no replacements.
 */
export function fasterPlugins(lists: {sentence: readonly unknown[]; paragraph: readonly unknown[]; root: readonly unknown[]}): Map<unknown, Plugin> {
  const faster = new Map<unknown, Plugin>()
  const sentence = lists.sentence as readonly Plugin[]
  const paragraph = lists.paragraph as readonly Plugin[]
  const root = lists.root as readonly Plugin[]
  if (paragraph.length === 13 && isRemainingFullStops(paragraph[7]!)) faster.set(paragraph[7]!, mergeRemainingFullStops)
  if (sentence.length !== 7 || root.length !== 4 || sentence[6] !== root[3]) return faster
  mergeInitialismsOriginal.plugin = sentence[5]
  const replacements = [mergeElisionExceptions, mergeInitialWordSymbol, mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash, mergeInitialisms, patchPosition]
  replacements.forEach((replacement, index) => faster.set(sentence[index]!, replacement))
  faster.set(root[2]!, removeEmptyNodes)
  return faster
}
