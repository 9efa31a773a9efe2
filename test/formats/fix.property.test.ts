/**
 * `--fix` never damages a file of any format: on generated files of every
 * format with fixable prose in them, the fixed file still reads in its
 * format, everything outside the prose (keys, tags, headers, markup) and
 * the quoted customer text is byte-identical, and fixing it again changes
 * nothing.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/fix-text.js'
import {parseCsv} from '../../src/formats/csv.js'
import type {FormatName} from '../../src/formats/index.js'
import {lint} from '../../src/lint.js'

/** Fixable phrases (brevity, casual register, condescension, shouting) among characters formats encode. */
const prose = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: fc.constantFrom('Please be advised that your refund was sent.', 'In order to see it, just open the app', 'at this point in time!!', 'Thx', 'Obviously, the parcel left', 'ASAP')},
      {weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', '"', '\\', 'é', '😀', '&', '<', '{{ name }}', "'", ':', '#', '*', '\n')}
    ),
    {minLength: 1, maxLength: 14}
  )
  .map((pieces) => pieces.join('').trim())
  .filter((text) => /\p{L}/u.test(text))

const csvQuote = (text: string) => `"${text.replace(/"/g, '""')}"`
const htmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>\n')
const markdownEscape = (text: string) => text.replace(/[\\`*_[\]<>#&-]/g, '\\$&')

/** A file of each format holding `text` (twice, as a second reply or a quote, where the format has room), and what of it must stay byte-identical. */
const files: Record<Exclude<FormatName, 'text'>, (text: string) => {source: string; markup: (source: string) => unknown}> = {
  json: (text) => ({
    source: JSON.stringify({macros: [{title: 'Refund (sent)', body: text}, {title: 'Again', body: text}]}, null, 2) + '\n',
    markup: (source) => (JSON.parse(source) as {macros: Array<{title: string}>}).macros.map((macro) => Object.keys(macro).join() + macro.title)
  }),
  yaml: (text) => ({
    source: `# saved replies\nmacros:\n  - title: Refund\n    body: ${JSON.stringify(text)}\n  - title: 'Again: sent'\n    body: |\n${text
      .split('\n')
      .map((line) => (line ? `      ${line}` : ''))
      .join('\n')}\n`,
    markup: (source) => source.split('\n').filter((line) => /^(#| {2}- title| {4}body)/.test(line)).map((line) => line.replace(/body: .*/, 'body'))
  }),
  html: (text) => ({
    source: `<!doctype html>\n<html><body>\n<p>Hi Anna,</p>\n<p>${htmlEscape(text)}</p>\n<blockquote>${htmlEscape(text)}</blockquote>\n<p>Kind regards,<br>Daniel</p>\n</body></html>\n`,
    // The tags, and the quoted copy as it was (a customer's words are never fixed).
    markup: (source) => [source.match(/<[^>]*>/g), source.match(/<blockquote>[^]*<\/blockquote>/)?.[0]]
  }),
  markdown: (text) => ({
    source: `# Refund\n\nHi Anna,\n\n${markdownEscape(text)}\n\n> ${markdownEscape(text).replace(/\n/g, '\n> ')}\n\n**Kind regards,**\nDaniel\n`,
    markup: (source) => source.split('\n').filter((line) => /^(#|>|\*\*)/.test(line)).map((line) => (line.startsWith('>') ? line : line.slice(0, 2)))
  }),
  csv: (text) => ({
    // A sheet's export: CRLF records, a quoted cell with its quotes doubled.
    source: `Title,Body\r\n"Refund (sent)",${csvQuote(text)}\r\nAgain,${csvQuote(text)}\r\n`,
    markup: (source) => parseCsv(source).map((record) => [record.length, record[0]!.value])
  }),
  eml: (text) => ({
    source: `From: Daniel <daniel@example.com>\r\nTo: anna@example.com\r\nSubject: Your refund\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Anna,\r\n\r\n${text.replace(/\n/g, '\r\n')}\r\n\r\nKind regards,\r\nDaniel\r\n`,
    markup: (source) => source.split('\r\n\r\n')[0]
  })
}

describe('--fix on every format', () => {
  for (const [format, make] of Object.entries(files) as Array<[Exclude<FormatName, 'text'>, (typeof files)['json']]>) {
    it(`${format}: the file still reads, its markup is byte-identical, and a second fix changes nothing`, async () => {
      let changed = 0
      await fc.assert(
        fc.asyncProperty(prose, async (text) => {
          const {source, markup} = make(text)
          const options = {path: `reply.${format}`, format}
          const once = await fixText(source, options)
          if (once.output !== source) changed++
          // Reads in its format (an InputError would reject), the same markup around the prose.
          await lint(once.output, options)
          expect(markup(once.output)).toEqual(markup(source))
          // Lines are never joined or split by a fix.
          expect(once.output.split('\n')).toHaveLength(source.split('\n').length)
          expect((await fixText(once.output, options)).output).toBe(once.output)
        }),
        {numRuns: 60}
      )
      // The property is about fixes: most files must have had some.
      expect(changed).toBeGreaterThan(30)
    })
  }
})
