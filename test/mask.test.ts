/** findMasks skips its template patterns for a text without "{" or "%": every pattern must need one. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findMasks, masksAt, mergeMasks, templatePatterns, touchesMask} from '../src/mask.js'
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

  it('finds the masks its plain patterns find, with the tests it runs first (links, addresses, quoted lines, a signature)', () => {
    // The patterns as they were before the cheap tests in front of them; mergeMasks sorts and cuts as findMasks does.
    const reference = (text: string) => {
      const found: Array<{start: number; end: number; kind: 'template' | 'url' | 'quote' | 'signature'}> = []
      const add = (start: number, end: number, kind: (typeof found)[number]['kind']) => end > start && found.push({start, end, kind})
      for (const pattern of templatePatterns) for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) add(match.index, match.index + match[0].length, 'template')
      for (const match of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi)) add(match.index, match.index + match[0].length, 'url')
      let lineStart = 0
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart)
        if (lineEnd === -1) lineEnd = text.length
        if (/^[ \t]*>/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 80)))) add(lineStart, lineEnd, 'quote')
        lineStart = lineEnd + 1
      }
      for (const match of text.matchAll(/“[^”\n]{1,300}”|"[^"\n]{1,300}"|「[^」\n]{1,300}」|『[^』\n]{1,300}』/g)) add(match.index, match.index + match[0].length, 'quote')
      const history = /^(?:On .{1,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|From: .+\r?\n(?:Sent|Date): )/im.exec(text)
      if (history) add(history.index, text.length, 'quote')
      const signature = /^-- ?$/m.exec(text)
      if (signature) add(signature.index, text.length, 'signature')
      return mergeMasks(found)
    }
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(' ', '\n', '\r\n', '\t', '@anna', '@anna.', 'anna@x.example', 'a.b+c@x-y.example.org', 'https://x.example/a?b=c', 'HTTP://X.EXAMPLE', 'www.x.example.', 'http', 'www', '> quoted', '  >', '-- ', '--', 'On Monday, Anna wrote:', 'From: Anna\nSent: today', '“hi”', '"yes"', '{{name}}', '%NAME%', 'x'.repeat(90) + '>')
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 14}), (parts) => {
        const text = parts.join('')
        expect(findMasks(text)).toEqual(reference(text))
      }),
      {numRuns: 2000}
    )
  })
})
