import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {detectLanguage} from '../../src/zh/detect.js'

describe('detectLanguage', () => {
  it('reads Chinese replies as Chinese, mixed Latin words and all', () => {
    expect(detectLanguage('您好！您的订单已经发货，预计明天送到。')).toBe('zh')
    expect(detectLanguage('請登錄App查看您的iPhone 15訂單。')).toBe('zh')
    expect(detectLanguage('王先生您好，SLA是24小时。')).toBe('zh')
  })

  it('reads English replies as English, also when they name a customer in Chinese', () => {
    expect(detectLanguage('Thanks for writing in, we will ship your order today.')).toBe('en')
    expect(detectLanguage('Hi 王先生, thanks for your message about the late parcel.')).toBe('en')
    expect(detectLanguage('')).toBe('en')
    expect(detectLanguage('12345 !!! ...')).toBe('en')
  })

  it('does not take Japanese, whose kanji are Han, for Chinese', () => {
    expect(detectLanguage('お問い合わせありがとうございます。明日発送します。')).toBe('en')
  })
})

describe('lint({lang})', () => {
  const chinese = '周一周二我们不能安排。\n我们保证明天送到。'
  const ruleIds = async (text: string, lang?: 'auto' | 'en' | 'zh') =>
    (await lint(text, {channel: 'chat', lang})).messages.map((message) => message.ruleId)

  it('lints a Chinese reply with the Chinese data of the rules, by default (auto)', async () => {
    expect(await ruleIds(chinese)).toEqual(expect.arrayContaining(['over-promise']))
    expect(await ruleIds(chinese, 'zh')).toEqual(await ruleIds(chinese))
  })

  it('lints every reply as English with lang en', async () => {
    expect(await ruleIds(chinese, 'en')).not.toContain('over-promise')
    expect(await ruleIds('We guarantee delivery by Friday.', 'en')).toEqual(['over-promise'])
  })

  it('picks the language per reply in a collection', async () => {
    const macros = JSON.stringify([{body: 'We guarantee delivery by Friday.'}, {body: '我们保证明天送到。'}])
    const file = await lint(macros, {path: 'macros.json', channel: 'chat'})
    const overPromise = file.messages.filter((message) => message.ruleId === 'over-promise')
    expect(overPromise.map((message) => message.actual)).toEqual(['We guarantee', '保证'])
  })
})

describe('the Han range', () => {
  it('has no Han character below U+2E80, where detectLanguage stops looking', () => {
    let below = 0
    for (let code = 0; code < 0x2e80; code++) if (/\p{Script=Han}/u.test(String.fromCharCode(code))) below++
    expect(below).toBe(0)
  })
})
