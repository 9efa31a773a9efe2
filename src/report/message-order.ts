/**
 * The order of the stylish report's files and messages, as vfile-sort gives
 * it (the CLI bundle gives vfile-reporter this module instead, see
 * scripts/bundle-cli.js): messages by line, column, errors first, then by
 * source, rule id and reason; files by path. vfile-sort compares the texts
 * with `localeCompare`, and the first `localeCompare` of a process starts
 * ICU's collator: 9–14 ms of a start whose report holds two findings at one
 * place (two rules on one sentence), or more than one file.
 *
 * For texts of ASCII and the curly quotes, dashes and no-break space that
 * replies and messages are written with, `collate` gives the collator's
 * answer from a table: each character's weights at the collator's three
 * levels (the character; then accent-like marks, which tell ‘ and ’ from ';
 * then case, lower first, and the no-break space from the space), control
 * characters ignored. test/report-message-order.test.ts holds it to
 * `localeCompare` over generated texts. Any other text goes to
 * `localeCompare`.
 */

interface Weights {
  primary: number
  secondary: number
  tertiary: number
}

/** The root collation's order of the characters `collate` knows; a letter and its capital share a place. */
const collationOrder = "\t\n\v\f\r _-\u2013\u2014,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz"

const weights = new Map<number, Weights>()
for (let index = 0; index < collationOrder.length; index++) {
  const code = collationOrder.charCodeAt(index)
  weights.set(code, {primary: index + 1, secondary: 0, tertiary: 0})
  if (code >= 0x61 && code <= 0x7a) weights.set(code - 0x20, {primary: index + 1, secondary: 0, tertiary: 1})
}
const placeOf = (character: string) => weights.get(character.charCodeAt(0))!.primary
weights.set(0x2018, {primary: placeOf("'"), secondary: 1, tertiary: 0})
weights.set(0x2019, {primary: placeOf("'"), secondary: 2, tertiary: 0})
weights.set(0x201c, {primary: placeOf('"'), secondary: 1, tertiary: 0})
weights.set(0x201d, {primary: placeOf('"'), secondary: 2, tertiary: 0})
weights.set(0xa0, {primary: placeOf(' '), secondary: 0, tertiary: 1})

/** Texts `collate` answers for; ASCII characters not in the table are the controls the collator ignores. */
const known = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d]*$/
const ignored: Weights = {primary: 0, secondary: 0, tertiary: 0}

/** What `a.localeCompare(b)` says of their order: negative, 0 or positive. */
export function collate(a: string, b: string): number {
  if (a === b) return 0
  if (!known.test(a) || !known.test(b)) return a.localeCompare(b)
  return compareLevel(a, b, 'primary') || compareLevel(a, b, 'secondary') || compareLevel(a, b, 'tertiary')
}

/** The first difference at one level between the two texts' characters, ignored ones skipped; a text that ends first is less. */
function compareLevel(a: string, b: string, level: keyof Weights): number {
  let i = 0
  let j = 0
  for (;;) {
    while (i < a.length && weightsAt(a, i).primary === 0) i++
    while (j < b.length && weightsAt(b, j).primary === 0) j++
    if (i === a.length || j === b.length) return i === a.length ? (j === b.length ? 0 : -1) : 1
    const difference = weightsAt(a, i)[level] - weightsAt(b, j)[level]
    if (difference !== 0) return difference
    i++
    j++
  }
}

function weightsAt(text: string, index: number): Weights {
  return weights.get(text.charCodeAt(index)) ?? ignored
}

interface Sortable {
  path?: string
  line?: number | null
  column?: number | null
  fatal?: boolean | null
  source?: string | null
  ruleId?: string | null
  reason?: string
}

export function compareFile(a: Sortable, b: Sortable): number {
  return compareText(a.path, b.path)
}

export function compareMessage(a: Sortable, b: Sortable): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    fatalFirst(a.fatal) - fatalFirst(b.fatal) ||
    compareText(a.source, b.source) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.reason, b.reason)
  )
}

/** Errors, then warnings, then notes (`fatal` true, false, unset). */
function fatalFirst(fatal: boolean | null | undefined): number {
  return fatal ? 0 : fatal === false ? 1 : 2
}

function compareText(a: string | null | undefined, b: string | null | undefined): number {
  return collate(String(a || ''), String(b || ''))
}
