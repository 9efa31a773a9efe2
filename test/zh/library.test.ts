/** The README's library example for Chinese: the parser marks the file, the rules read it in Chinese. */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextChinese, retextPositiveFraming} from '../../src/index.js'

describe('retextChinese with a replylint rule', () => {
  it('reads the reply with the rule’s Chinese data', async () => {
    const chinese = unified().use(retextChinese).use(retextPositiveFraming)
    const reply = new VFile('周一周二我们不能安排。')
    await chinese.run(chinese.parse(reply), reply)
    expect(reply.messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['positive-framing', 1, 7, '不能']
    ])
    expect(reply.data.replylint?.lang).toBe('zh')
  })

  it('lets the caller say the language: lang en reads Chinese text with the English data', async () => {
    const english = unified().use(retextChinese).use(retextPositiveFraming, {lang: 'en'})
    const reply = new VFile('周一周二我们不能安排。')
    await english.run(english.parse(reply), reply)
    expect(reply.messages).toEqual([])
  })
})
