/** E-mail files: the agent's new text, mapped into the .eml through MIME parts and transfer encodings. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {expectFaithfulMap, extract, placed} from './helpers.js'

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'reply-with-history.eml')

const message = (headers: string[], body: string[]) => [...headers, '', ...body].join('\r\n')

describe('eml format', () => {
  it('reports the fixture at the right characters of the file, through quoted-printable', async () => {
    const source = await readFile(fixture, 'utf8')
    expect(await placed(source, 'eml')).toEqual([
      {ruleId: 'positive-framing', at: '14:1-14:31', original: 'Unfortunately we can=E2=80=99t', actual: 'Unfortunately we can’t'},
      {ruleId: 'jargon', at: '14:52-14:54', original: 'L2', actual: 'L2'},
      {ruleId: 'jargon', at: '14:71-14:74', original: 'SLA', actual: 'SLA'},
      // Across a soft line break: placed right, and no fix (the file does not say "in order to" there).
      {ruleId: 'brevity', at: '14:75-15:8', original: 'in o=\r\nrder to', actual: 'in order to'},
      {ruleId: 'polite-forms', at: '17:1-17:5', original: 'Send', actual: 'Send'}
    ])
  })

  it('masks quoted history as quote and the lines after the closing as signature', async () => {
    const source = await readFile(fixture, 'utf8')
    const {masks, document} = await extract(source, 'eml')
    expect(masks).toEqual([
      ['signature', 'Jo\nSupport team, Shop Example\nPlease be advised that this e-mail is confidential.\n\n'],
      [
        'quote',
        'On Sun, 15 Nov 2026, Sam Lee <sam@example.net> wrote:\n> Unfortunately you can\'t read. My card is 4111 1111 1111 1111.\n> Send me my money in order to fix this.\n\n'
      ]
    ])
    expectFaithfulMap(source, document, /^=/)
  })

  it('masks Outlook history: -----Original Message----- and From:/Sent: headers', async () => {
    for (const start of ['-----Original Message-----', 'From: Sam Lee\r\nSent: Monday']) {
      const source = message(['Subject: Re: refund', 'Content-Type: text/plain'], ['Hi Sam,', '', 'We refunded it.', '', 'Regards,', 'Jo', '', start, 'Send me my money in order to fix this.', ''])
      const {masks} = await extract(source, 'eml')
      expect(masks.map(([kind]) => kind)).toEqual(['signature', 'quote'])
      expect(masks[1]![1]).toMatch(/^(?:-----Original|From: Sam)[\s\S]*in order to fix this\.\n$/)
      expect(await placed(source, 'eml')).toEqual([])
    }
  })

  it('maps a 7bit body line by line, also with LF line endings', async () => {
    const source = ['Subject: x', '', 'Hi Sam,', '', 'Our team will escalate it.', '', 'Kind regards,', 'Jo', ''].join('\n')
    expect(await placed(source, 'eml')).toEqual([{ruleId: 'jargon', at: '5:15-5:23', original: 'escalate', actual: 'escalate'}])
  })

  it('places everything in a base64 body at the start of that body', async () => {
    const text = 'Hi Sam,\n\nOur team will escalate it.\n\nKind regards,\nJo\n'
    const encoded = Buffer.from(text).toString('base64')
    const source = message(['Subject: x', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'], [encoded, ''])
    // The one-line body has no next step; this test is about where `escalate` lands.
    const file = await lint(source, {format: 'eml', rules: {'next-step': 'off'}})
    expect(file.messages.map((found) => `${found.line}:${found.column} ${found.ruleId} ${found.actual}`)).toEqual(['5:1 jargon escalate'])
  })

  it('maps a quoted-printable character that an encoder split across a soft line break', async () => {
    // 您的工单 … 我们会尽快回复。 with ！ (EF BC 81) broken across lines, as Python's quopri writes it.
    const source = message(
      ['Subject: x', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
      [
        '=E7=8E=8B=E5=85=88=E7=94=9F=EF=BC=8C=E6=82=A8=E5=A5=BD=EF=',
        '=BC=81',
        '',
        '=E6=88=91=E4=BB=AC=E4=BC=9A=E5=B0=BD=E5=BF=AB=E5=9B=9E=E5=A4=8D=E3=80=82',
        ''
      ]
    )
    const {text} = await extract(source, 'eml')
    expect(text).toContain('王先生，您好！\n\n我们会尽快回复。')
    const vague = (await placed(source, 'eml', {channel: 'chat', rules: {'vague-time': 'warn'}})).filter((entry) => entry.ruleId === 'vague-time')
    expect(vague).toEqual([{ruleId: 'vague-time', at: '9:28-9:46', original: '=E5=B0=BD=E5=BF=AB', actual: '尽快'}])
  })

  it('falls back to the HTML part through the HTML format', async () => {
    const source = message(
      ['Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"'],
      [
        '--outer',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<p>Hi Sam,</p><p>Our caf=C3=A9 team will escalate it.</p><p>Kind regards,<br>Jo</p>',
        '<div class=3D"gmail_quote">On Sunday Sam wrote:<blockquote>Escalate it!</blockquote></div>',
        '--outer',
        'Content-Type: application/pdf; name="invoice.pdf"',
        'Content-Disposition: attachment; filename="invoice.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQK',
        '--outer--',
        ''
      ]
    )
    expect(await placed(source, 'eml')).toEqual([{ruleId: 'jargon', at: '9:42-9:50', original: 'escalate', actual: 'escalate'}])
    const {masks} = await extract(source, 'eml')
    expect(masks).toContainEqual(['quote', 'On Sunday Sam wrote:\n\nEscalate it!\n\n'])
  })

  it('never flags or rewrites template syntax in a reply', async () => {
    const source = ['Subject: x', '', 'Hi {{ customer.name }},', '', 'Our {% if vip %}team{% endif %} %ESCALATE% ${SLA} helps in order to fix it.', '', 'Kind regards,', 'Jo', ''].join('\n')
    expect(await placed(source, 'eml', {channel: 'chat'})).toEqual([
      {ruleId: 'brevity', at: '5:57-5:68', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })
})
