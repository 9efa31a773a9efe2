/**
 * Patterns with Unicode letter classes (`\p{L}`, `\p{Lu}`, `\p{N}`…), each
 * with an ASCII twin for the texts where the twin finds exactly the same.
 *
 * Why: V8 builds a property class from ICU's tables, and with `i` closes it
 * over case, each time it compiles a pattern. `(?<![\p{L}\p{N}_])` costs a
 * pattern some 0.3 ms to compile, against a few µs for `[A-Za-z0-9_]`, and
 * compiling was about a third of what a cold start on a short reply adds to
 * Node's own start (`valgrind --tool=callgrind`: 104 M of 326 M instructions
 * in `CompileIrregexp`). Most English replies spell every letter in ASCII,
 * so for those the twin is compiled and the Unicode pattern never is.
 *
 * Exact: in a text with no letter or digit beyond ASCII (`asciiLetters`),
 * each character a class is asked about is either ASCII, where `\p{L}` and
 * `A-Za-z` agree, or neither a letter nor a digit, where both say no. With
 * `i`, a character is asked about by its case folding; `asciiLetters` also
 * turns away the few characters that fold to a letter without being one
 * (U+0345 folds to ι), so both still agree. test/text/ascii-twin.test.ts
 * checks this on arbitrary text, and lints with and without twins.
 */
import {asciiLetters} from './ascii.js'

/** The ASCII part of each property class the twins know; another property (or `\P{…}`) makes no twin. */
const asciiParts: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
  Nd: '0-9',
  // No Han character is ASCII: inside a class nothing, alone an empty class (which matches nothing).
  'Script=Han': ''
}

/**
 * `source` with each known property class replaced by its ASCII part, or
 * `undefined` when it has none, or one the twins do not know.
 */
export function asciiSource(source: string): string | undefined {
  let twin = ''
  let inClass = false
  let changed = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    if (char === '\\') {
      const property = /^\\([pP])\{([^}]*)\}/.exec(source.slice(index, index + 32))
      if (!property) {
        // Any other escape, `\\` and `\]` among them, is copied whole so it is not read as a bracket or a property.
        twin += source.slice(index, index + 2)
        index++
        continue
      }
      const ascii = property[1] === 'p' ? asciiParts[property[2]!] : undefined
      if (ascii === undefined) return undefined
      twin += inClass ? ascii : `[${ascii}]`
      index += property[0].length - 1
      changed = true
      continue
    }
    // With the `u` flag (the only one `\p` is read with) a class holds no class: `[` inside one is a character.
    if (char === '[' && !inClass) inClass = true
    else if (char === ']' && inClass) inClass = false
    twin += char
  }
  return changed ? twin : undefined
}

let twinsOn = true

/** For tests: lint with (`true`, the default) or without ASCII twins, to compare the two. */
export function useAsciiTwins(on: boolean): void {
  twinsOn = on
}

/** The last text asked about: the rules ask several patterns about one unit in a row. */
let lastText: string | undefined
let lastAnswer = false

function twinFits(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastAnswer = asciiLetters(text)
  }
  return lastAnswer
}

export class AsciiTwin {
  /** The pattern as written. */
  readonly unicode: RegExp
  readonly #source: string
  #ascii: RegExp | undefined

  constructor(pattern: RegExp) {
    const source = pattern.flags.includes('u') && !pattern.flags.includes('v') ? asciiSource(pattern.source) : undefined
    // A pattern with no property class has nothing to gain: a twin of it is a mistake in the rule.
    if (source === undefined) throw new Error(`asciiTwin: no ASCII twin for /${pattern.source}/${pattern.flags}`)
    this.unicode = pattern
    this.#source = source
  }

  /** The pattern to run on `text`: the twin where it finds what the pattern would, else the pattern. */
  for(text: string): RegExp {
    if (!twinsOn || !twinFits(text)) return this.unicode
    return (this.#ascii ??= new RegExp(this.#source, this.unicode.flags))
  }

  /** `test` of the pattern `for(text)` gives (for a sticky or global one, set its `lastIndex` through `for`). */
  test(text: string): boolean {
    return this.for(text).test(text)
  }

  /** `exec` of the pattern `for(text)` gives. */
  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text)
  }
}

/** `pattern` with its ASCII twin; run it through `.test(text)`, `.exec(text)` or `.for(text)`. */
export function asciiTwin(pattern: RegExp): AsciiTwin {
  return new AsciiTwin(pattern)
}
