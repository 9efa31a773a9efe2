/**
 * The CLI bundle is written in ASCII only (scripts/ascii-only.js), and what
 * that rewrite leaves must mean what the code meant: the same values, the
 * same matches.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error A build script in JavaScript, without types.
import {asciiOnly} from '../scripts/ascii-only.js'

const rewrite = asciiOnly as (code: string) => string

/** The value a snippet of code returns, run as a function body. */
function valueOf(code: string): unknown {
  return new Function(code)()
}

const snippets = [
  // Regular expression literals, with and without the u flag, a class, a range, an astral character.
  String.raw`return ['it’s', 'it\'s', '“x”', '请您稍等', '😀', 'a😀b'].map((text) => [/it[’']s/u.test(text), /[“”]/.test(text), /[一-龥]+/u.exec(text)?.[0], /😀/u.test(text), /a.b/u.test(text), /^.$/u.test(text)])`,
  // String.raw sources of patterns, with substitutions and non-ASCII on both sides of them.
  'const words = ["请", "麻烦"]; const source = String.raw`(?:${words.join("|")})您[，,]\\s*’`; return [source, new RegExp(source, "u").test("麻烦您， ’")]',
  // Comments, a line one and a block one, and the plain strings esbuild would have escaped anyway.
  '// it’s a comment, \\’ too\n/* 请 */ return "’" + `“${1}”`'
]

describe('the ASCII-only bundle', () => {
  it('rewrites code to ASCII that gives the same values', () => {
    for (const code of snippets) {
      const ascii = rewrite(code)
      expect(ascii, code).toMatch(/^[\x00-\x7f]*$/)
      expect(valueOf(ascii), code).toEqual(valueOf(code))
    }
  })

  it('stops where ASCII could not say the same thing', () => {
    // In String.raw a backslash before the character is part of the text; escaped, it would escape the escape.
    expect(() => rewrite('return String.raw`\\’`')).toThrow(/after a backslash/)
    // Another tag sees the raw text and the substitutions apart.
    expect(() => rewrite('const tag = (s) => s.raw; return tag`’`')).toThrow(/template other than String.raw/)
  })

  it('is what the build wrote', () => {
    const bundle = readFileSync(join(import.meta.dirname, '..', 'dist', 'replylint.cjs'), 'latin1')
    expect(bundle.length).toBeGreaterThan(100_000)
    expect(bundle).toMatch(/^[\x00-\x7f]*$/)
  })
})
