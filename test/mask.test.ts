/** findMasks skips its template patterns for a text without "{" or "%": every pattern must need one. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findMasks, templatePatterns} from '../src/mask.js'

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
})
