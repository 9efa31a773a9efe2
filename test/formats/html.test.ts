/** HTML: the text a reader sees, mapped back through entities and collapsed whitespace. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectFaithfulMap, extract, placed} from './helpers.js'

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'email-template.html')

describe('html format', () => {
  it('reports the fixture at the right characters of the file', async () => {
    const source = await readFile(fixture, 'utf8')
    expect(await placed(source, 'html')).toEqual([
      // The prose has the apostrophe the entity stands for; the range covers the whole entity, so no fix applies there.
      {ruleId: 'positive-framing', at: '13:11-13:39', original: 'Unfortunately we can&rsquo;t', actual: 'Unfortunately we can’t'},
      {ruleId: 'polite-forms', at: '19:12-19:16', original: 'Send', actual: 'Send'},
      {ruleId: 'jargon', at: '19:45-19:47', original: 'L2', actual: 'L2'},
      {ruleId: 'jargon', at: '19:64-19:67', original: 'SLA', actual: 'SLA'},
      {ruleId: 'brevity', at: '19:79-19:90', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })

  it('takes the text of the body: blocks end lines, <br> breaks them, list items get their markers', async () => {
    const source = [
      '<html><head><title>Refund</title><style>p {}</style></head><body>',
      '<h1>Your   refund</h1><div>Hi Anna,</div><div>To reset it:<br>open the app</div>',
      '<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>',
      '<p>AT&amp;T &#233;t&eacute; caf&#xE9;&nbsp;ok <!-- a comment --> <img alt="a chart" src="c.png"></p>',
      '<pre>Send us the code</pre><script>send()</script>',
      '</body></html>'
    ].join('\n')
    const {text, document} = await extract(source, 'html')
    expect(text).toBe(
      'Your refund\n\nHi Anna,\nTo reset it:\nopen the app\n\n- one\n- two\n\n1. first\n2. second\n\nAT&T été café\u00a0ok \n\n'
    )
    // Entities map to the whole reference, list markers to their <li>.
    expectFaithfulMap(source, document, /^(?:&|<li>)/)
  })

  it('masks quoted history and signatures of Gmail, Outlook and Apple Mail', async () => {
    const source = [
      '<div>Thanks, Sam.</div>',
      '<div class="gmail_signature" data-smartmail="gmail_signature">Jo | Support</div>',
      '<div class="gmail_quote">On Mon, Sam wrote:<blockquote type="cite">Card 4111 1111 1111 1111</blockquote></div>',
      '<div id="divRplyFwdMsg"><b>From:</b> Sam</div>',
      '<div>Older message after the Outlook header</div>'
    ].join('\n')
    const {masks} = await extract(source, 'html')
    expect(masks).toEqual([
      ['signature', 'Jo | Support'],
      ['quote', 'On Mon, Sam wrote:\n\nCard 4111 1111 1111 1111\n\nFrom: Sam\nOlder message after the Outlook header\n']
    ])
  })

  it('keeps inline code in its sentence, masked', async () => {
    const {text, masks} = await extract('<p>Run <code>reset</code> now.</p>', 'html')
    expect(text).toBe('Run reset now.\n\n')
    expect(masks).toEqual([['code', 'reset']])
  })

  it('never flags or rewrites template syntax, also with entities inside', async () => {
    const source = '<p>Hi {{ name | default: &quot;there&quot; }},</p><p>Our {% if SLA %}team{% endif %} checks it ${SLA} %IN_ORDER_TO% in order to help.</p>'
    const found = await placed(source, 'html', {channel: 'chat'})
    expect(found).toEqual([{ruleId: 'brevity', at: '1:117-1:128', original: 'in order to', actual: 'in order to', fixes: 'in order to'}])
  })
})
