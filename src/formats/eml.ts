/**
 * E-mail files (.eml): the agent's new text of a reply. postal-mime decodes
 * the message (MIME structure, charsets, transfer encodings); the text/plain
 * part is linted, or the HTML part through the HTML format when there is no
 * plain text. Quoted history ("> ", "On … wrote:", "-----Original
 * Message-----", "From: … Sent:") is masked as `quote` and the signature as
 * `signature`, so only rules that read those kinds (sensitive-data) see them.
 *
 * Positions are in the .eml file: the body of the part is found in the raw
 * message (src/formats/mime-parts.ts) and decoded again here with a map, so
 * 7bit, 8bit and quoted-printable bodies map character by character (a
 * `=C3=A9` to its `=`, a soft line break to nothing). A base64 body has no
 * useful map: everything in it is placed at the start of that body.
 */
import PostalMime from 'postal-mime'
import {mergeMasks} from '../mask.js'
import {FormatError, type ProseDocument, type Side} from './document.js'
import {findPart, rawParts, type RawPart} from './mime-parts.js'
import {ProseBuilder} from './prose-builder.js'

/** A line that is only a closing ("Kind regards,"): the lines after it, up to quoted history, are the signature. */
const closingLine =
  /^[ \t]*(?:kind regards|best regards|warm regards|warmest regards|regards|best wishes|all the best|best|cheers|thanks|thank you|many thanks|thanks again|sincerely|yours sincerely|yours truly|take care)[ \t]*[,.!]?[ \t]*$/gim
/** A signature is a few lines (name, role, phone); more than this after a closing is still the reply. */
const maxSignatureLines = 8

export async function emlDocument(source: string): Promise<ProseDocument> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    email = await PostalMime.parse(source)
  } catch (error) {
    throw new FormatError(`not a readable e-mail message (${(error as Error).message}); lint it as text with --parser text`)
  }
  const structure = rawParts(source)
  const plain = findPart(structure, 'text/plain')
  const html = findPart(structure, 'text/html')

  if (email.text !== undefined && plain) return withSignature(mapped(email.text, source, plain).build())
  if (email.html !== undefined && html) {
    const {htmlDocument} = await import('./html.js')
    const decoded = mapped(email.html, source, html).build({findMasks: false})
    const builder = new ProseBuilder()
    builder.embed(htmlDocument(email.html), decoded.toOriginal)
    return withSignature(builder.build())
  }
  // No text at all (only attachments): nothing to lint.
  return new ProseBuilder().build()
}

/** `decoded` (postal-mime's text of `part`) with a map into the raw file. */
function mapped(decoded: string, source: string, part: RawPart): ProseBuilder {
  const raw = rawBody(source, part)
  const mid = raw.build({findMasks: false})
  // postal-mime normalises line breaks and charsets: align its text to our decoding of the raw body.
  const aligned = new ProseBuilder()
  aligned.copy(decoded, mid.text, 0, mid.text.length)
  const alignedDocument = aligned.build({findMasks: false})
  const result = new ProseBuilder()
  result.embed({...alignedDocument, masks: []}, (offset: number, side?: Side) => mid.toOriginal(offset, side))
  return result
}

/** The body of a part decoded from its transfer encoding, each character mapped to the raw file. */
function rawBody(source: string, part: RawPart): ProseBuilder {
  const builder = new ProseBuilder()
  const {bodyStart: start, bodyEnd: end} = part
  if (part.encoding === 'base64') {
    // Four characters stand for three bytes across line breaks: no map worth having; place it all at the body's start.
    builder.addAt(decodeBytes(Buffer.from(source.slice(start, end), 'base64'), part.charset), start)
    return builder
  }
  if (part.encoding !== 'quoted-printable') {
    builder.verbatim(source, start, end)
    return builder
  }
  let at = start
  while (at < end) {
    const equals = source.indexOf('=', at)
    const stop = equals === -1 || equals >= end ? end : equals
    builder.verbatim(source, at, stop)
    if (stop === end) break
    const soft = /^=[ \t]*\r?\n/.exec(source.slice(stop, stop + 8))
    if (soft) {
      at = stop + soft[0].length
      continue
    }
    // A run of =XX bytes decodes together (a UTF-8 character takes several), also across a
    // soft line break: encoders break lines inside a character (=E4=BD=\r\n=A0 is 你).
    const bytes: number[] = []
    const offsets: number[] = []
    let cursor = stop
    for (;;) {
      const hex = cursor + 3 <= end ? /^=([\dA-Fa-f]{2})/.exec(source.slice(cursor, cursor + 3)) : null
      if (hex) {
        bytes.push(Number.parseInt(hex[1]!, 16))
        offsets.push(cursor)
        cursor += 3
        continue
      }
      const softBreak = bytes.length > 0 ? /^=[ \t]*\r?\n(?==[\dA-Fa-f]{2})/.exec(source.slice(cursor, Math.min(end, cursor + 11))) : null
      if (!softBreak) break
      cursor += softBreak[0].length
    }
    if (bytes.length === 0) {
      builder.verbatim(source, stop, stop + 1)
      at = stop + 1
      continue
    }
    const utf8 = part.charset.replace(/[-_]/g, '') === 'utf8'
    let index = 0
    while (index < bytes.length) {
      const size = Math.min(utf8 ? utf8Length(bytes[index]!) : 1, bytes.length - index)
      const text = decodeBytes(Uint8Array.from(bytes.slice(index, index + size)), part.charset)
      // The character stands for its bytes and anything between them (a soft line break).
      const from = offsets[index]!
      builder.addAt(text, from, offsets[index + size - 1]! + 3 - from)
      index += size
    }
    at = cursor
  }
  return builder
}

function utf8Length(lead: number): number {
  if (lead >= 0xf0) return 4
  if (lead >= 0xe0) return 3
  if (lead >= 0xc0) return 2
  return 1
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/** Mask the signature: the few lines after the last closing line, before any quoted history. */
function withSignature(document: ProseDocument): ProseDocument {
  const {text} = document
  const history = document.masks.find((mask) => mask.kind === 'quote' && mask.end === text.length && /\n/.test(text.slice(mask.start, mask.end)))
  const replyEnd = history ? history.start : text.length
  let closing: RegExpExecArray | undefined
  closingLine.lastIndex = 0
  for (let match = closingLine.exec(text); match && match.index < replyEnd; match = closingLine.exec(text)) closing = match
  if (!closing) return document
  const lineEnd = text.indexOf('\n', closing.index + closing[0].length)
  if (lineEnd === -1 || lineEnd >= replyEnd) return document
  const signature = text.slice(lineEnd + 1, replyEnd)
  if (signature.split('\n').filter((line) => line.trim() !== '').length > maxSignatureLines) return document
  return {...document, masks: mergeMasks(document.masks, [{start: lineEnd + 1, end: replyEnd, kind: 'signature'}])}
}

