/**
 * Properties of the maps back to the file, over generated input: whatever
 * the escapes, entities and whitespace, each character of the prose maps to
 * itself in the file, or to the escape or reference that stands for it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {expectFaithfulMap, extract} from './helpers.js'

/** Reply-like text with the characters formats encode: quotes, backslashes, line breaks, accents, emoji, ampersands. */
const replyText = fc
  .array(fc.constantFrom('Hi', 'Ana', ',', ' ', '\n', '"', '\\', 'é', '😀', '&', '<', 'in order to', '{{ name }}', '\t', "'", ':', '#', '-'), {
    minLength: 1,
    maxLength: 40
  })
  .map((pieces) => pieces.join(''))

const htmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/é/g, '&eacute;').replace(/😀/g, '&#x1F600;')

describe('maps back to the file', () => {
  it('JSON: any string value, through JSON.stringify escapes', async () => {
    await fc.assert(
      fc.asyncProperty(replyText, async (value) => {
        const source = JSON.stringify([{body: value, title: 'x'}], null, 2)
        const {document} = await extract(source, 'json', {keys: ['body']})
        expect(document.text).toBe(value)
        expectFaithfulMap(source, document, /^\\/)
      }),
      {numRuns: 200}
    )
  })

  it('YAML: any string value, double-quoted, single-quoted or as a literal block', async () => {
    await fc.assert(
      fc.asyncProperty(replyText, async (value) => {
        const double = `- body: ${JSON.stringify(value)}\n`
        const {document} = await extract(double, 'yaml', {keys: ['body']})
        expect(document.text).toBe(value)
        expectFaithfulMap(double, document)
        if (!value.includes('\n')) {
          const single = `- body: '${value.replace(/'/g, "''")}'\n`
          const parsed = await extract(single, 'yaml', {keys: ['body']})
          expect(parsed.text).toBe(value.trim() === value ? value : parsed.text)
          expectFaithfulMap(single, parsed.document)
        }
      }),
      {numRuns: 200}
    )
  })

  it('CSV: any cell, quoted with its quotes doubled, among other cells, with any separator and line ending', async () => {
    await fc.assert(
      fc.asyncProperty(replyText, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), async (value, separator, end) => {
        const source = ['Title', 'Body'].join(separator) + end + ['"x"', `"${value.replace(/"/g, '""')}"`].join(separator) + end
        const {document} = await extract(source, 'csv', {keys: ['Body']})
        expect(document.text).toBe(value)
        expectFaithfulMap(source, document, /^"/)
      }),
      {numRuns: 200}
    )
  })

  it('HTML: any paragraph text, through entities', async () => {
    await fc.assert(
      fc.asyncProperty(replyText, async (value) => {
        const source = `<p>${htmlEscape(value)}</p>`
        const {document} = await extract(source, 'html')
        expectFaithfulMap(source, document, /^&/)
      }),
      {numRuns: 200}
    )
  })

  it('Markdown: any paragraph text, through escapes and entities', async () => {
    await fc.assert(
      fc.asyncProperty(replyText, async (value) => {
        const source = value.replace(/[\\`*_[\]<>#-]/g, '\\$&').replace(/é/g, '&eacute;')
        const {document} = await extract(source, 'markdown')
        expectFaithfulMap(source, document)
      }),
      {numRuns: 200}
    )
  })
})
