/**
 * The stylish report's order in the CLI bundle (src/report/message-order.ts):
 * vfile-sort's, and for ASCII texts the collator's without starting it.
 */
import fc from 'fast-check'
import {compareFile as vfileCompareFile, compareMessage as vfileCompareMessage} from 'vfile-sort'
import {describe, expect, it} from 'vitest'
import {collate, compareFile, compareMessage} from '../src/report/message-order.js'

const known = [...Array.from({length: 128}, (_, code) => String.fromCharCode(code)), '\u00a0', '–', '—', '‘', '’', '“', '”']
/**
 * Texts of every character `collate` knows, and of a few that tie often (case, quotes told apart at the second
 * level, punctuation the collator orders apart from code order, controls it ignores), with an é or a … now and
 * then for the texts `collate` hands to localeCompare.
 */
const mostlyAscii = fc.oneof(
  fc.array(fc.constantFrom(...known), {maxLength: 8}).map((parts) => parts.join('')),
  fc.array(fc.constantFrom('a', 'A', 'b', 'B', ' ', '\u00a0', '-', '–', '_', '.', ',', '1', '\t', '\x00', '\x7f'), {maxLength: 6}).map((parts) => parts.join('')),
  fc.array(fc.constantFrom("'", '‘', '’', '"', '“', '”', 'a', 'A', ' ', 'é', '…'), {maxLength: 6}).map((parts) => parts.join(''))
)

describe('report order', () => {
  it('collates ASCII texts as localeCompare does', () => {
    fc.assert(
      fc.property(mostlyAscii, mostlyAscii, (a, b) => {
        expect(Math.sign(collate(a, b))).toBe(Math.sign(a.localeCompare(b)))
        // A shared start, so the difference lies further in.
        expect(Math.sign(collate(a + b, a + a))).toBe(Math.sign((a + b).localeCompare(a + a)))
      }),
      {numRuns: 20_000}
    )
  })

  it('orders rule ids, reasons and paths as the collator does, not by code unit', () => {
    expect(collate('no-blame', 'no_blame')).toBeGreaterThan(0) // "_" before "-"
    expect(collate('Zoe', 'adam')).toBeGreaterThan(0) // letters first, case after
    expect(collate('a', 'A')).toBeLessThan(0)
    expect(collate('a\x01b', 'ab')).toBe(0) // a control character is ignored
    expect(collate('’A', "'a")).toBeGreaterThan(0) // the quote's difference comes before the case's
    expect(collate('“Please be advised that” is wordy: drop it.', 'This sentence has 28 words (limit 25 for email): split it.')).toBeLessThan(0)
    expect(Math.sign(collate('é', 'f'))).toBe(Math.sign('é'.localeCompare('f')))
  })

  it('sorts messages and files as vfile-sort does', () => {
    const text = fc.option(fc.oneof(mostlyAscii, fc.constantFrom('brevity', 'jargon', 'replylint', '“Please be advised that” is wordy', '请说明')), {nil: undefined})
    const message = fc.record({
      line: fc.option(fc.integer({min: 1, max: 3}), {nil: undefined}),
      column: fc.option(fc.integer({min: 1, max: 3}), {nil: undefined}),
      fatal: fc.option(fc.boolean(), {nil: undefined}),
      source: text,
      ruleId: text,
      reason: fc.oneof(mostlyAscii, fc.constant('请说明'))
    })
    fc.assert(
      fc.property(message, message, (a, b) => {
        expect(Math.sign(compareMessage(a, b))).toBe(Math.sign(vfileCompareMessage(a as never, b as never)))
        expect(Math.sign(compareFile({path: a.reason}, {path: b.reason}))).toBe(Math.sign(vfileCompareFile({path: a.reason} as never, {path: b.reason} as never)))
      }),
      {numRuns: 5_000}
    )
  })
})
