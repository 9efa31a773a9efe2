/** --fix on a text: fixes applied until nothing changes, nothing else touched. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixText} from '../src/fix-text.js'
import {applyFixes} from '../src/fix.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')

describe('fixText', () => {
  it('fixes the fixable fixture to its expected text, with nothing left', async () => {
    const source = await readFile(join(fixtures, 'fixable-reply.txt'), 'utf8')
    const fixed = await fixText(source, {path: 'fixable-reply.txt'})
    expect(fixed.output).toBe(await readFile(join(fixtures, 'fixable-reply.fixed.txt'), 'utf8'))
    expect(fixed.applied).toBe(6)
    expect(fixed.file.messages).toEqual([])
  })

  it('is idempotent: a second run changes nothing', async () => {
    const source = await readFile(join(fixtures, 'fixable-reply.txt'), 'utf8')
    const once = await fixText(source, {})
    const twice = await fixText(once.output, {})
    expect(twice.output).toBe(once.output)
    expect(twice.applied).toBe(0)
  })

  it('keeps CRLF line endings and never joins lines', async () => {
    const source = 'Hi Anna,\r\n\r\nPlease be advised that\r\nyour refund in order to help was sent today.\r\n\r\nBest,\r\nDaniel\r\n'
    const fixed = await fixText(source, {})
    expect(fixed.output).toBe('Hi Anna,\r\n\r\nPlease be advised that\r\nyour refund to help was sent today.\r\n\r\nBest,\r\nDaniel\r\n')
    expect(fixed.output.split('\r\n')).toHaveLength(source.split('\r\n').length)
    expect(fixed.output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('leaves template syntax and quoted customer text byte-identical (prose between tags is prose)', async () => {
    const source =
      'Hi {{ first_name }},\n\nIn order to help, {% if vip %}we utilize{% endif %} the form.\n\n> In order to help you should just click it!!\n\nBest,\nDaniel'
    const fixed = await fixText(source, {template: true})
    expect(fixed.output).toBe(
      'Hi {{ first_name }},\n\nTo help, {% if vip %}we use{% endif %} the form.\n\n> In order to help you should just click it!!\n\nBest,\nDaniel'
    )
  })

  it('masks a card number the reply repeats', async () => {
    const fixed = await fixText('Hi Anna,\n\nWe charged 4111 1111 1111 1111 today.\n\nBest,\nDaniel', {})
    expect(fixed.output).toBe('Hi Anna,\n\nWe charged **** 1111 today.\n\nBest,\nDaniel')
  })
})

describe('applyFixes', () => {
  it('leaves a fix that would make a CR and an LF one line break (found by the line-break property test)', () => {
    // Mixed endings: an old Mac CR ends "Hi Anna,", an LF ends the line the fix would empty.
    const source = 'Hi Anna,\rjust \nWe ship it today.\n'
    const emptying = {start: 9, end: 14, text: ''}
    expect(applyFixes(source, [emptying])).toEqual({output: source, applied: 0, skipped: 1})
    // The same fix between two LFs, or one that leaves a character, applies.
    expect(applyFixes(source.replace('\r', '\n'), [emptying]).output).toBe('Hi Anna,\n\nWe ship it today.\n')
    expect(applyFixes(source, [{start: 9, end: 13, text: ''}]).output).toBe('Hi Anna,\r \nWe ship it today.\n')
    // With a fix before it applied, the CR is still read from the text.
    expect(applyFixes('ab\rc\n', [{start: 0, end: 2, text: 'x'}, {start: 3, end: 4, text: ''}])).toEqual({output: 'x\rc\n', applied: 1, skipped: 1})
  })
})
