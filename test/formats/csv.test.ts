/** CSV exports of saved replies: the cells of the reply columns, positions inside the quotes of the file. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCsv} from '../../src/formats/csv.js'
import {fixText} from '../../src/fix-text.js'
import {lint} from '../../src/lint.js'
import {expectFaithfulMap, extract, placed} from './helpers.js'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')
const values = (source: string) => parseCsv(source).map((record) => record.map((field) => field.value))

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes and line breaks, empty fields, and any line ending', () => {
    expect(values('a,b,c\r\n"x, ""y""",,"two\r\nlines"\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, "y"', '', 'two\r\nlines'],
      ['1', '2', '3']
    ])
    // Blank lines are no records; a quoted empty field is one.
    expect(values('a\n\n""\n\n')).toEqual([['a'], ['']])
    expect(values('a\rb\r')).toEqual([['a'], ['b']])
  })

  it('splits on the separator the header row uses: semicolons (European Excel) or tabs', () => {
    expect(values('Title;Body\nRefund;"Hi, we sent it"')).toEqual([
      ['Title', 'Body'],
      ['Refund', 'Hi, we sent it']
    ])
    expect(values('Title\tBody\nRefund\tHi, we sent it; thanks')).toEqual([
      ['Title', 'Body'],
      ['Refund', 'Hi, we sent it; thanks']
    ])
    // A tie: a column name with a comma in a TSV file.
    expect(values('Title\tBody, short\nRefund\tHi, we sent it')).toEqual([
      ['Title', 'Body, short'],
      ['Refund', 'Hi, we sent it']
    ])
    expect(values('"Title, long",Body\nRefund,Hi')).toEqual([
      ['Title, long', 'Body'],
      ['Refund', 'Hi']
    ])
  })

  it('places each field inside its quotes', () => {
    const source = 'Title,Body\n"Refund","Hi ""Anna"""\n'
    const [, [title, body]] = parseCsv(source) as [unknown, [{start: number; end: number}, {start: number; end: number}]]
    expect(source.slice(title.start, title.end)).toBe('Refund')
    expect(source.slice(body.start, body.end)).toBe('Hi ""Anna""')
  })
})

describe('csv format', () => {
  it('reports the bundled export at the characters of the file, reply column only', async () => {
    const source = await readFile(join(fixtures, 'saved-replies.csv'), 'utf8')
    expect(await placed(source, 'csv')).toEqual([
      {ruleId: 'positive-framing', at: '4:1-4:23', original: "Unfortunately we can't", actual: "Unfortunately we can't"},
      {ruleId: 'brevity', at: '4:40-4:51', original: 'In order to', actual: 'In order to', fixes: 'In order to'}
    ])
    const {text, document} = await extract(source, 'csv')
    // The titles and tags are not replies; the two bodies are, each linted alone.
    expect(text).not.toMatch(/Refund sent|shipping/)
    expect(document.parts).toHaveLength(2)
    expectFaithfulMap(source, document, /^"/)
  })

  it('finds reply columns whatever their case, and a team’s own columns by `formats.keys`', async () => {
    const source = 'Name,Reply Text,BODY\nRefund,"Hi Anna, in order to see it, open the app.",Thx for waiting on us here.\n'
    expect((await extract(source, 'csv')).text).toBe('Thx for waiting on us here.')
    expect((await extract(source, 'csv', {keys: ['Reply Text']})).text).toBe('Hi Anna, in order to see it, open the app.')
    expect((await placed(source, 'csv', {formats: {keys: ['Reply Text']}})).find((message) => message.ruleId === 'brevity')).toMatchObject({
      at: '2:18-2:29',
      original: 'in order to'
    })
  })

  it('fixes a cell in place, next to doubled quotes, and keeps the file a CSV of the same records', async () => {
    const source = 'Title,Body\r\nTrack,"Hi Anna, the ""track"" link is below. In order to see it, open the app."\r\n'
    const {output} = await fixText(source, {format: 'csv'})
    expect(output).toBe('Title,Body\r\nTrack,"Hi Anna, the ""track"" link is below. To see it, open the app."\r\n')
    expect(values(output)).toEqual([
      ['Title', 'Body'],
      ['Track', 'Hi Anna, the "track" link is below. To see it, open the app.']
    ])
  })

  it('refuses a quoted field that is never closed, or text after a closing quote, in one line with its place', async () => {
    await expect(lint('Title,Body\nRefund,"Hi Anna,\nwe sent it.\n', {format: 'csv', path: 'replies.csv'})).rejects.toThrow(
      'replies.csv: not valid CSV at 2:8 (a quoted field is never closed); fix it, or lint it as text with --parser text'
    )
    await expect(lint('Title,Body\nRefund,"Hi" Anna\n', {format: 'csv', path: 'replies.csv'})).rejects.toThrow(
      'replies.csv: not valid CSV at 2:12 (text after a closing quote; double a quote inside a quoted field)'
    )
  })
})
