/**
 * CSV exports of saved replies (Excel, Google Sheets, help desks' "export as
 * CSV"): the first row names the columns, and the cells of a reply column
 * are replies, found as in JSON and YAML collections (src/formats/key-paths.ts:
 * `body`, `text`, `message`, … by default, matched without regard to case,
 * since sheets say "Body"; `formats.keys` names other columns as written).
 * Fields are separated by commas, or by the semicolons or tabs the header
 * row uses instead (European Excel, TSV). A quoted field may hold line
 * breaks and doubled quotes (RFC 4180); positions map to the file inside
 * the quotes.
 */
import {location} from 'vfile-location'
import {collectionDocument, type FoundString} from './collection.js'
import {FormatError, type ProseDocument} from './document.js'
import type {FormatOptions} from './index.js'

interface Field {
  value: string
  /** The field's text in the file: inside the quotes of a quoted field. */
  start: number
  end: number
}

export async function csvDocument(source: string, options?: FormatOptions): Promise<ProseDocument> {
  const records = parseCsv(source)
  const header = records[0] ?? []
  // A column without a name in the first row (or beyond its end) is known by its number.
  const nameOf = (index: number) => header[index]?.value.trim() || `column ${index + 1}`
  const strings: FoundString[] = []
  records.slice(1).forEach((record, row) => {
    const siblings = new Map(record.map((field, index) => [nameOf(index), field.value]))
    record.forEach((field, index) => {
      const name = nameOf(index)
      // The default key paths are lower case; a team's own keys name columns as the sheet writes them.
      const key = options?.keys ? name : name.toLowerCase()
      strings.push({path: [row, key], value: field.value, start: field.start, end: field.end, encoding: {}, siblings})
    })
  })
  return collectionDocument(source, strings, options)
}

/**
 * The separator the header row uses most, outside quotes: a comma unless
 * semicolons or tabs outnumber it; on a tie a tab, then a semicolon, since
 * column names hold commas more often ("Title\tBody, short").
 */
function delimiterOf(source: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0]
  ])
  let quoted = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
  }
  let best = ','
  for (const char of [';', '\t']) if (counts.get(char)! > 0 && counts.get(char)! >= counts.get(best)!) best = char
  return best
}

/** Records of fields, each field with its place in the file. */
export function parseCsv(source: string): Field[][] {
  const delimiter = delimiterOf(source)
  const records: Field[][] = []
  let record: Field[] = []
  let index = 0
  const fail = (at: number, reason: string): never => {
    const point = location(source).toPoint(at)
    throw new FormatError(`not valid CSV at ${point?.line ?? 1}:${point?.column ?? 1} (${reason}); fix it, or lint it as text with --parser text`)
  }
  while (index <= source.length) {
    let field: Field
    if (source[index] === '"') {
      const open = index
      let value = ''
      index++
      for (;;) {
        const close = source.indexOf('"', index)
        if (close === -1) return fail(open, 'a quoted field is never closed')
        if (source[close + 1] === '"') {
          // A doubled quote is one quote of the value.
          value += source.slice(index, close + 1)
          index = close + 2
          continue
        }
        field = {value: value + source.slice(index, close), start: open + 1, end: close}
        index = close + 1
        break
      }
      const next = source[index]
      if (index < source.length && next !== delimiter && next !== '\n' && next !== '\r') fail(index, 'text after a closing quote; double a quote inside a quoted field')
    } else {
      let end = index
      while (end < source.length && source[end] !== delimiter && source[end] !== '\n' && source[end] !== '\r') end++
      field = {value: source.slice(index, end), start: index, end}
      index = end
    }
    record.push(field)
    if (source[index] === delimiter) {
      index++
      continue
    }
    // The end of a record: CRLF, LF or CR, or the end of the file (a last line break adds no empty record).
    if (record.length > 1 || record[0]!.value !== '' || source[record[0]!.start - 1] === '"') records.push(record)
    record = []
    if (source[index] === '\r' && source[index + 1] === '\n') index += 2
    else index++
  }
  return records
}
