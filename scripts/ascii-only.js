/**
 * The CLI bundle written in ASCII only, meaning the same. V8 keeps a script
 * whose every character is ASCII as a one-byte string; one non-ASCII
 * character (a curly quote in a pattern, a Chinese phrase) makes it read
 * and keep the whole 800 KB as two-byte text: reading and compiling the
 * bundle, which every start does (src/cli-bundle.cts), took some 3 ms
 * longer, and the source V8 keeps for the process took twice the memory.
 *
 * esbuild's `charset: 'ascii'` escapes strings, names and plain templates,
 * but not comments, regular expression literals or tagged templates. Here
 * each is escaped where escaping keeps the meaning: comments; strings and
 * plain templates; regular expression literals, where `\uXXXX` is the same
 * character with or without the `u` flag (a surrogate pair of escapes is
 * one code point with it); and `String.raw` templates, whose raw text would
 * change, so the characters go in as a substitution instead
 * (String.raw`请` is String.raw`${"\u8bf7"}`). Anything else that is not
 * ASCII stops the build, naming the place.
 *
 *   import {asciiOnly} from './ascii-only.js'
 *   asciiOnly('const quote = /[’]/u') // 'const quote = /[\\u2019]/u'
 */
import {parse} from 'acorn'

const nonAscii = /[^\x00-\x7f]+/g
const hasNonAscii = /[^\x00-\x7f]/

function escapeUnits(text) {
  let escaped = ''
  for (let index = 0; index < text.length; index++) escaped += `\\u${text.charCodeAt(index).toString(16).padStart(4, '0')}`
  return escaped
}

/** The code with every character ASCII; throws where it cannot say the same thing in ASCII. */
export function asciiOnly(code) {
  const comments = []
  const ast = parse(code, {ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, onComment: comments})
  const edits = []
  /** Every non-ASCII run of `code[start..end)`, replaced by what `replace` makes of it. */
  const escapeIn = (start, end, replace, inCode = true) => {
    for (const match of code.slice(start, end).matchAll(nonAscii)) {
      const at = start + match.index
      // After a backslash the character is an escape of its own (\’): written as \u2019 it would mean \\u2019.
      if (inCode && code[at - 1] === '\\') throw failure(code, at, 'a non-ASCII character after a backslash')
      edits.push({start: at, end: at + match[0].length, text: replace(match[0])})
    }
  }
  // In a comment nothing means anything.
  for (const comment of comments) escapeIn(comment.start, comment.end, escapeUnits, false)
  walk(ast, null, (node, parent) => {
    if (node.type === 'Literal' && (node.regex || typeof node.value === 'string')) escapeIn(node.start, node.end, escapeUnits)
    if (node.type === 'TemplateElement' && hasNonAscii.test(node.value.raw)) {
      const tagged = parent.parent?.type === 'TaggedTemplateExpression'
      if (tagged && !isStringRaw(parent)) throw failure(code, node.start, 'a non-ASCII character in a template other than String.raw')
      escapeIn(node.start, node.end, tagged ? (run) => `\${"${escapeUnits(run)}"}` : escapeUnits)
    }
  })
  let result = ''
  let from = 0
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    result += code.slice(from, edit.start) + edit.text
    from = edit.end
  }
  result += code.slice(from)
  const left = hasNonAscii.exec(result)
  if (left) throw failure(result, left.index, 'a non-ASCII character outside a comment, string, pattern or template (a name?)')
  return result
}

/** The template literal `node` is tagged with String.raw, so its raw text is its value. */
function isStringRaw(templateLiteral) {
  const tagged = templateLiteral?.parent
  const tag = tagged?.type === 'TaggedTemplateExpression' && tagged.quasi === templateLiteral ? tagged.tag : undefined
  return tag?.type === 'MemberExpression' && !tag.computed && tag.object.type === 'Identifier' && tag.object.name === 'String' && tag.property.name === 'raw'
}

/** Every node, with its parent; a template literal also learns its parent (for `isStringRaw`). */
function walk(node, parent, visit) {
  if (node.type === 'TemplateLiteral') node.parent = parent
  visit(node, parent)
  for (const key in node) {
    if (key === 'parent') continue
    const value = node[key]
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, node, visit)
    } else if (value && typeof value.type === 'string') walk(value, node, visit)
  }
}

function failure(code, at, what) {
  const line = code.slice(0, at).split('\n').length
  return new Error(`ascii-only: ${what} at line ${line} of the bundle: ${JSON.stringify(code.slice(Math.max(0, at - 40), at + 40))}`)
}
