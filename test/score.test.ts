import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {scoreOf} from '../src/score.js'

function messages(...kinds: Array<'warning' | 'error'>) {
  const file = new VFile('x')
  for (const kind of kinds) file.message('m', {ruleId: 'brevity'}).fatal = kind === 'error'
  return file.messages
}

describe('score', () => {
  it('is 100 for a clean reply', async () => {
    expect((await lint('Hi Anna,\n\nYour parcel ships today.\n\nKind regards,\nDaniel')).data.score).toBe(100)
  })

  it('takes 5 points a warning and 15 an error, never below 0', () => {
    expect(scoreOf(messages('warning', 'warning'))).toBe(90)
    expect(scoreOf(messages('error', 'warning'))).toBe(80)
    expect(scoreOf(messages(...Array<'error'>(8).fill('error')))).toBe(0)
  })

  it('is 0 with any finding of a critical rule', () => {
    const isCritical = (ruleId: string) => ruleId === 'placeholder'
    const file = new VFile('x')
    file.message('m', {ruleId: 'brevity'}).fatal = false
    expect(scoreOf(file.messages, isCritical)).toBe(95)
    file.message('m', {ruleId: 'placeholder'}).fatal = true
    expect(scoreOf(file.messages, isCritical)).toBe(0)
  })
})
