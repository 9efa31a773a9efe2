import {describe, expect, it} from 'vitest'
import {keepsCollectionSyntax} from '../../src/formats/collection-syntax.js'

/** Whether replacing the first `actual` in `source` with `text` is safe. */
function safe(source: string, actual: string, text: string): boolean {
  const start = source.indexOf(actual)
  return keepsCollectionSyntax(source, start, start + actual.length, text)
}

describe('keepsCollectionSyntax', () => {
  it('allows a word for a word, and dropping words with their comma and space', () => {
    expect(safe('body: We call you in order to confirm it.', 'in order to', 'to')).toBe(true)
    expect(safe('"body": "Obviously, it is late."', 'Obviously, i', 'I')).toBe(true)
  })

  it('refuses new text that one of the formats would have to quote or escape', () => {
    for (const text of ["we're", 'say "hi"', 'a\\b', 'one\ntwo', 'a\tb', 'no. #1', 'note: this', 'a, b', 'a; b']) {
      expect(safe("body: 'We are in the process of it.'", 'We are in the process of', text), text).toBe(false)
    }
  })

  it('refuses an edit that would join a YAML comment or mapping out of its neighbours', () => {
    // Dropping “really” leaves “list #1”: the rest of the line would become a comment.
    expect(safe('body: It is on the list really#1 today', 'really', '')).toBe(false)
    // Dropping “basically” leaves “Done: today”: a mapping where a plain scalar cannot hold one.
    expect(safe('body: Done:basically today', 'basically', '')).toBe(false)
    // Where the syntax was there already, the edit does not make it.
    expect(safe('body: "It is #1 really today"', 'really', 'now')).toBe(true)
  })
})
