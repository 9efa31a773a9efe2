/** Markdown: the prose of blocks, mapped back to the file character by character. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectFaithfulMap, extract, placed} from './helpers.js'

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'macro-refund.md')

describe('markdown format', () => {
  it('reports the fixture at the right characters of the file', async () => {
    const source = await readFile(fixture, 'utf8')
    // The macro is a template: its fields are expected (`placeholder` reports them in drafts).
    expect(await placed(source, 'markdown', {template: true})).toEqual([
      {ruleId: 'positive-framing', at: '3:51-3:73', original: "Unfortunately we can't", actual: "Unfortunately we can't"},
      {ruleId: 'polite-forms', at: '11:1-11:5', original: 'Send', actual: 'Send'},
      {ruleId: 'jargon', at: '11:35-11:37', original: 'L2', actual: 'L2'},
      {ruleId: 'jargon', at: '11:89-11:92', original: 'SLA', actual: 'SLA'},
      {ruleId: 'brevity', at: '12:11-12:22', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })

  it('takes paragraphs, headings, list items and table cells; leaves out code, HTML, link targets and images', async () => {
    const source = [
      '# Your order',
      '',
      'Hi Anna, see [our guide](https://example.com/guide "Guide") and ![a chart](chart.png).',
      '',
      '- Open the app',
      '- Tap **Settings**',
      '',
      '| Step | What |',
      '|---|---|',
      '| 1 | Wait a day |',
      '',
      '<div class="note">Internal note</div>',
      '',
      '    indented code',
      '',
      '---',
      '[guide]: https://example.com'
    ].join('\n')
    const {text, document} = await extract(source, 'markdown')
    expect(text).toBe(
      'Your order\n\nHi Anna, see our guide and .\n\n- Open the app\n\n- Tap Settings\n\nStep\n\nWhat\n\n1\n\nWait a day'
    )
    expectFaithfulMap(source, document)
  })

  it('leaves out YAML front matter', async () => {
    const source = '---\ntitle: Refund macro\ntags: [billing]\n---\nHi Anna,\n\nOur team will escalate it.\n'
    const {text, document} = await extract(source, 'markdown')
    expect(text).toBe('Hi Anna,\n\nOur team will escalate it.')
    expectFaithfulMap(source, document)
    expect(await placed(source, 'markdown', {channel: 'chat'})).toEqual([{ruleId: 'jargon', at: '7:15-7:23', original: 'escalate', actual: 'escalate'}])
  })

  it('keeps inline code in its sentence, masked; block quotes are kept as quotes', async () => {
    const source = 'Run `reset --all` in order to start again.\n\n> We can’t wait, says the customer.\n> Card 4111 1111 1111 1111\n'
    const {text, masks, document} = await extract(source, 'markdown')
    expect(text).toBe('Run `reset --all` in order to start again.\n\nWe can’t wait, says the customer.\nCard 4111 1111 1111 1111')
    expect(masks).toEqual([
      ['code', '`reset --all`'],
      ['quote', 'We can’t wait, says the customer.\nCard 4111 1111 1111 1111']
    ])
    expectFaithfulMap(source, document)
  })

  it('maps past entities, escapes and list indentation', async () => {
    const source = '1. Tap *Account &rarr; Cards* \\*now\\* and\n   in order to start, wait.\n\nAT&amp;T said \\[no\\] in order to help.\n'
    const {document} = await extract(source, 'markdown')
    expectFaithfulMap(source, document)
    expect(await placed(source, 'markdown', {channel: 'chat'})).toEqual([
      {ruleId: 'brevity', at: '2:4-2:15', original: 'in order to', actual: 'in order to', fixes: 'in order to'},
      {ruleId: 'brevity', at: '4:22-4:33', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })

  it('keeps fields in angle brackets, which Markdown reads as tags, as text the customer would see', async () => {
    const source = 'Hi <NAME>,\n\nThis is about <PROJECT NAME>, not <B>bold</B> or <first_name>.\n'
    const {text, document} = await extract(source, 'markdown')
    expect(text).toBe('Hi <NAME>,\n\nThis is about <PROJECT NAME>, not bold or <first_name>.')
    expectFaithfulMap(source, document)
    const found = await placed(source, 'markdown', {channel: 'chat', rules: {placeholder: 'error'}})
    expect(found.filter((entry) => entry.ruleId === 'placeholder').map((entry) => entry.original)).toEqual(['<NAME>', '<PROJECT NAME>', '<first_name>'])
  })

  it('never flags or rewrites template syntax', async () => {
    const source = 'Hi {{customer.name}},\n\nOur **{% if SLA %}**team{% endif %} checks {{ in_order_to }} and %IN_ORDER_TO% ${SLA} in order to help.\n'
    const found = await placed(source, 'markdown', {channel: 'chat', template: true})
    expect(found).toEqual([{ruleId: 'brevity', at: '3:87-3:98', original: 'in order to', actual: 'in order to', fixes: 'in order to'}])
  })

  it('ends sentences at block boundaries and keeps list items as list items', async () => {
    const source = '## Next steps\nSend us the receipt.\n\n1. Send us the receipt\n2. Wait for our e-mail\n'
    const found = await placed(source, 'markdown', {channel: 'chat'})
    // The paragraph's request is asked without please; the numbered steps are instructions.
    expect(found).toEqual([{ruleId: 'polite-forms', at: '2:1-2:5', original: 'Send', actual: 'Send'}])
  })
})
