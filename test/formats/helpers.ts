/**
 * Helpers for format tests: lint a file in a format and read each message's
 * range back out of the original text, so a test says which characters of
 * the file a message points at.
 */
import {location} from 'vfile-location'
import {expect} from 'vitest'
import type {ProseDocument} from '../../src/formats/document.js'
import {loadFormat, type FormatName, type FormatOptions} from '../../src/formats/index.js'
import {lint, type LintMessage, type LintOptions} from '../../src/lint.js'
import {ruleIds} from '../../src/resolve-rules.js'

export interface Placed {
  ruleId: string
  /** line:column-endLine:endColumn as reported. */
  at: string
  /** The original file's text in that range. */
  original: string
  /** The prose the rule read there. */
  actual: string | undefined
  /** The original file's text a fix would replace (when there is a fix). */
  fixes?: string
}

/**
 * Format tests are about positions, not about which rules exist: they place
 * the messages of the four headline rules (each rule's own behaviour is
 * tested in test/rules), so a new rule does not rewrite every format test.
 */
const headlineOnly = Object.fromEntries(
  ruleIds.filter((id) => !['polite-forms', 'positive-framing', 'jargon', 'brevity'].includes(id)).map((id) => [id, 'off' as const])
)

/** Lint `source` as `format` and place every message in the original text. */
export async function placed(source: string, format: FormatName, options: LintOptions = {}): Promise<Placed[]> {
  const file = await lint(source, {format, ...options, rules: {...headlineOnly, ...options.rules}})
  const place = location(source)
  return (file.messages as LintMessage[]).map((message) => {
    const start = place.toOffset({line: message.line!, column: message.column!})!
    const end = place.toOffset({line: message.place && 'end' in message.place ? message.place.end.line : message.line!, column: message.place && 'end' in message.place ? message.place.end.column : message.column!})!
    const result: Placed = {
      ruleId: message.ruleId!,
      at: `${message.line}:${message.column}-${place.toPoint(end)!.line}:${place.toPoint(end)!.column}`,
      original: source.slice(start, end),
      actual: message.actual ?? undefined
    }
    if (message.fix) {
      expect(message.fix.start).toBe(start)
      result.fixes = source.slice(message.fix.start, message.fix.end)
    }
    return result
  })
}

/** The prose a format extracts, with each masked stretch and its kind. */
export async function extract(source: string, format: FormatName, options?: FormatOptions) {
  const document: ProseDocument = await (await loadFormat(format))(source, options)
  return {
    document,
    text: document.text,
    masks: document.masks.map((mask) => [mask.kind, document.text.slice(mask.start, mask.end)])
  }
}

/**
 * Every character of the prose maps to where it is in the original: the
 * same character, or an escape or reference the format decoded (then the
 * original there starts with `decoded`), or whitespace for whitespace. Text
 * the format made up (separators between blocks) is whitespace.
 */
export function expectFaithfulMap(source: string, document: ProseDocument, decoded: RegExp = /^[&\\]/): void {
  for (let offset = 0; offset < document.text.length; offset++) {
    const char = document.text[offset]!
    const start = document.toOriginal(offset)
    const end = document.toOriginal(offset + 1, 'end')
    const here = start === undefined || end === undefined ? '' : source.slice(start, end > start ? end : start + 12)
    if (here.startsWith(char)) continue
    // Whitespace stands for whitespace, markup or nothing (a separator between blocks), never for a word.
    if (/\s/.test(char) && !/^[\p{L}\p{N}]/u.test(here)) continue
    expect({offset, char, original: here}).toEqual({offset, char, original: expect.stringMatching(decoded)})
  }
}
