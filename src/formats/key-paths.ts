/**
 * Which string values of a JSON or YAML template collection are replies.
 *
 * A key path names keys from the top, separated by dots: `macros[].actions[].value`.
 * `[]` is every item of a list, `*` any one key or item, `**` any number of
 * levels. A path that is a bare name (`body`) matches that key at any depth.
 *
 * By default replylint reads the fields help desks keep replies in: GitHub
 * saved replies and Front templates (`body`), Freshdesk canned responses
 * (`content`, `content_html`), Help Scout saved replies (`text`), Zendesk
 * macros (`actions[].value`), Gorgias macros (`body_text`, `body_html`), and
 * exports that call it `message`, `reply`, `html` or `template`. With the
 * defaults only values that read as prose count (a space between words),
 * so a Zendesk action's `"value": "solved"` is not a reply (and of a Zendesk
 * action only a comment field is: src/formats/collection.ts).
 */

import {UsageError} from '../errors.js'

export type PathPart = string | number

export const defaultKeys: readonly string[] = [
  'body',
  'body_text',
  'body_html',
  'content',
  'content_html',
  'text',
  'value',
  'html',
  'message',
  'reply',
  'template'
]

type Pattern = string[]

/** Parse key paths once; throws on an empty path. */
export function compileKeyPaths(paths: readonly string[]): Pattern[] {
  return paths.map((path) => {
    const trimmed = path.trim()
    if (trimmed === '') throw new UsageError('an empty key path in formats.keys matches nothing: give a key name such as "body"')
    const parts = trimmed
      .replace(/\[\]/g, '.[]')
      .split('.')
      .filter((part) => part !== '')
    return parts.length === 1 && parts[0] !== '**' ? ['**', parts[0]!] : parts
  })
}

/** Whether a value's path (keys and list indexes from the top) matches one of the patterns. */
export function matchesAny(patterns: readonly Pattern[], path: readonly PathPart[]): boolean {
  return patterns.some((pattern) => matches(pattern, 0, path, 0))
}

function matches(pattern: Pattern, p: number, path: readonly PathPart[], q: number): boolean {
  if (p === pattern.length) return q === path.length
  const part = pattern[p]!
  if (part === '**') {
    for (let skip = q; skip <= path.length; skip++) if (matches(pattern, p + 1, path, skip)) return true
    return false
  }
  if (q === path.length) return false
  const step = path[q]!
  const ok = part === '*' || (part === '[]' ? typeof step === 'number' : String(step) === part)
  return ok && matches(pattern, p + 1, path, q + 1)
}

/**
 * With the default keys: a value is a reply when it reads as prose, not an id, a status or a URL.
 * Chinese has no spaces between words: there a sentence mark or a run of Han characters says prose
 * (a tag such as 退款 or 已解决 is neither).
 */
export function readsAsProse(value: string): boolean {
  return /\p{L}[\p{L}\p{P}]*\s+\S/u.test(value) || /\p{Script=Han}[，。！？；、]|\p{Script=Han}{6}/u.test(value)
}

/** A value holding HTML (`body_html`, Zendesk's `comment_value_html` action, or tags in the text). */
export function isHtml(key: PathPart | undefined, value: string): boolean {
  if (typeof key === 'string' && /html$/i.test(key)) return true
  return /<(?:p|div|br|span|a|b|strong|i|em|ul|ol|li|table|h[1-6])\b[^>]*>/i.test(value)
}
