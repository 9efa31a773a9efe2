/**
 * Where the parts of a MIME message are in the raw file. postal-mime
 * decodes a message but says nothing about positions; this finds the raw
 * body of each part (headers, boundaries, transfer encoding) so the text
 * postal-mime decoded can be mapped back to lines of the .eml file.
 */

export interface RawPart {
  /** `text/plain`, `multipart/alternative`, … (lower case). */
  type: string
  charset: string
  /** `7bit`, `8bit`, `quoted-printable`, `base64`, … (lower case). */
  encoding: string
  attachment: boolean
  bodyStart: number
  bodyEnd: number
  children: RawPart[]
}

/** The structure of the message in `raw[start, end)`. */
export function rawParts(raw: string, start = 0, end = raw.length): RawPart {
  const blank = /\r?\n\r?\n/g
  blank.lastIndex = start
  // A part that starts with a blank line has no headers.
  const leading = /^\r?\n/.exec(raw.slice(start, start + 2))
  const split = leading ? {index: start, length: leading[0].length} : nextMatch(blank, raw, end)
  const headerEnd = split ? split.index : end
  const bodyStart = split ? split.index + split.length : end
  const headers = parseHeaders(raw.slice(start, headerEnd))
  const contentType = headers.get('content-type') ?? 'text/plain'
  const type = contentType.split(';')[0]!.trim().toLowerCase() || 'text/plain'
  const part: RawPart = {
    type,
    charset: (parameter(contentType, 'charset') ?? 'utf-8').toLowerCase(),
    encoding: (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase(),
    attachment: /^\s*attachment/i.test(headers.get('content-disposition') ?? ''),
    bodyStart,
    bodyEnd: end,
    children: []
  }
  const boundary = type.startsWith('multipart/') ? parameter(contentType, 'boundary') : undefined
  if (boundary) part.children = children(raw, bodyStart, end, boundary)
  return part
}

/** The first part of `type` that is not an attachment, depth first. */
export function findPart(part: RawPart, type: string): RawPart | undefined {
  if (part.type === type && !part.attachment) return part
  for (const child of part.children) {
    const found = findPart(child, type)
    if (found) return found
  }
  return undefined
}

function nextMatch(pattern: RegExp, text: string, end: number): {index: number; length: number} | undefined {
  const match = pattern.exec(text)
  return match && match.index < end ? {index: match.index, length: match[0].length} : undefined
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  // Folded header lines continue with whitespace.
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase()
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
    }
  }
  return headers
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header)
  return match ? (match[1] ?? match[2]) : undefined
}

/** The parts between `--boundary` lines of a multipart body. */
function children(raw: string, start: number, end: number, boundary: string): RawPart[] {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const delimiter = new RegExp(`^--${escaped}(--)?[ \\t]*\\r?$`, 'gm')
  delimiter.lastIndex = start
  const parts: RawPart[] = []
  let partStart: number | undefined
  for (let match = delimiter.exec(raw); match && match.index < end; match = delimiter.exec(raw)) {
    if (partStart !== undefined) {
      // The line break before a delimiter belongs to the delimiter.
      let partEnd = match.index
      if (raw[partEnd - 1] === '\n') partEnd--
      if (raw[partEnd - 1] === '\r') partEnd--
      parts.push(rawParts(raw, partStart, Math.max(partStart, partEnd)))
    }
    if (match[1]) break
    partStart = match.index + match[0].length
    if (raw[partStart] === '\n') partStart++
  }
  return parts
}
