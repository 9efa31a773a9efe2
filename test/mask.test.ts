/** findMasks skips its template patterns for a text without "{" or "%": every pattern must need one. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findMasks, masksAt, templatePatterns, touchesMask} from '../src/mask.js'
import type {MaskKind} from '../src/types.js'

describe('findMasks', () => {
  it('has no template pattern that matches without a brace or a per cent sign', () => {
    const texts = fc.array(fc.oneof(fc.string(), fc.constantFrom('{{', '}}', '{%', '%}', '{#', '#}', '<%', '%>', '${', '}', '%NAME%', '“', '"', 'x')), {maxLength: 12})
    fc.assert(
      fc.property(texts, (parts) => {
        const text = parts.join('').replace(/[{%]/g, '')
        for (const pattern of templatePatterns) expect(new RegExp(pattern.source, pattern.flags).test(text)).toBe(false)
      }),
      {numRuns: 300}
    )
  })

  it('finds template syntax, links and quotes', () => {
    const text = 'Hi {{name}}, see https://x.example/a and “your words”. %AGENT%'
    expect(findMasks(text).map((mask) => [mask.kind, text.slice(mask.start, mask.end)])).toEqual([
      ['template', '{{name}}'],
      ['url', 'https://x.example/a'],
      ['quote', '“your words”'],
      ['template', '%AGENT%']
    ])
  })

  it('touchesMask says what masksAt lists, for any range and kinds left out', () => {
    const kinds: MaskKind[] = ['template', 'quote', 'url', 'signature']
    const masks = fc
      .array(fc.tuple(fc.nat(60), fc.integer({min: 1, max: 8}), fc.constantFrom(...kinds)), {maxLength: 8})
      .map((list) => {
        // Sorted, not overlapping, as findMasks gives them.
        const sorted = list.map(([start, length, kind]) => ({start, end: start + length, kind})).sort((a, b) => a.start - b.start)
        return sorted.filter((mask, index) => index === 0 || mask.start >= sorted[index - 1]!.end)
      })
    fc.assert(
      fc.property(masks, fc.integer({min: -2, max: 70}), fc.integer({min: -2, max: 70}), fc.subarray(kinds), (list, start, end, except) => {
        const skip = new Set(except)
        expect(touchesMask(list, start, end, skip)).toBe(masksAt(list, start, end).some((mask) => !skip.has(mask.kind)))
        expect(touchesMask(list, start, end)).toBe(masksAt(list, start, end).length > 0)
      }),
      {numRuns: 1000}
    )
  })
})
