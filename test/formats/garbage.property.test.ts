/**
 * Any file, in any format: half-written JSON, YAML, HTML, Markdown and
 * e-mail either lint (every message inside the file) or give one InputError
 * line naming the file; never an internal error.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatNames} from '../../src/formats/index.js'
import {lint, type LintMessage} from '../../src/lint.js'
import {InputError} from '../../src/read-input.js'
import {expectInside} from '../message-inside.js'

/** The syntax of every format, cut and mixed: what an editor holds while someone types. */
const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '{', '}', '[', ']', '"body": ', '"', ':', ',', '\\', '\\u12', 'macros:', '  - body: |', '\n  ', '&a', '*a', '<<: *a', '!!binary', '---',
      '<p>', '</p>', '<div', '<!--', '-->', '&amp;', '&#x1F', '<br/>', '<style>', '```', '# ', '> ', '* ', '[link](', '<https://x.io>',
      'From: a@b.c\n', 'Subject: Hi\n', 'Content-Type: multipart/alternative; boundary="b"\n', '--b\n', '--b--\n', 'Content-Transfer-Encoding: base64\n', '=?utf-8?q?Hi?=', '=C3=A9', '=\n',
      'Hi Anna,', 'We can’t refund it.', '{{ name }}', '\n\n', '\r\n', '\uFEFF', '\u0000', '\ud800', '😀'
    )
  },
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 10})}
)
const file = fc.array(piece, {maxLength: 24}).map((pieces) => pieces.join(''))

describe('a file of any text, in any format', () => {
  it('lints, or is refused with one InputError naming it', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom(...formatNames), async (text, format) => {
        const result = await lint(text, {path: 'reply.x', format}).then(
          (linted) => linted,
          (error: unknown) => (error instanceof Error ? error : new Error(`not an Error: ${String(error)}`))
        )
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(InputError)
          expect(result.message.startsWith('reply.x: ')).toBe(true)
          expect(result.message).not.toContain('\n')
          return
        }
        for (const message of result.messages as LintMessage[]) expectInside(text, message)
      }),
      {numRuns: 1500}
    )
  })
})
