/** JSON and YAML template collections: replies at key paths, positions inside the strings of the file. */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {compileKeyPaths, matchesAny} from '../../src/formats/key-paths.js'
import {expectFaithfulMap, extract, placed} from './helpers.js'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')

describe('key paths', () => {
  it('match names at any depth, list items, wildcards and deep wildcards', () => {
    const match = (paths: string[], path: Array<string | number>) => matchesAny(compileKeyPaths(paths), path)
    expect(match(['body'], [0, 'body'])).toBe(true)
    expect(match(['body'], ['replies', 3, 'body'])).toBe(true)
    expect(match(['body'], ['replies', 3, 'body', 'x'])).toBe(false)
    expect(match(['macros[].actions[].value'], ['macros', 0, 'actions', 2, 'value'])).toBe(true)
    expect(match(['macros[].actions[].value'], ['macros', 'x', 'actions', 2, 'value'])).toBe(false)
    expect(match(['macros.*.title'], ['macros', 1, 'title'])).toBe(true)
    expect(match(['**.reply'], ['a', 'b', 'reply'])).toBe(true)
    expect(() => compileKeyPaths([' '])).toThrow(/empty key path/)
  })
})

describe('json format', () => {
  it('reports the Zendesk export at the right characters, through escapes and HTML', async () => {
    const source = await readFile(join(fixtures, 'macros-zendesk.json'), 'utf8')
    expect(await placed(source, 'json')).toEqual([
      {ruleId: 'positive-framing', at: '10:60-10:82', original: "Unfortunately we can't", actual: "Unfortunately we can't"},
      {ruleId: 'jargon', at: '10:130-10:133', original: 'SLA', actual: 'SLA'},
      {ruleId: 'brevity', at: '10:134-10:145', original: 'in order to', actual: 'in order to', fixes: 'in order to'},
      {ruleId: 'polite-forms', at: '10:167-10:171', original: 'Send', actual: 'Send'},
      {
        ruleId: 'brevity',
        at: '20:115-20:139',
        original: 'Please be advised that t',
        actual: 'Please be advised that t',
        fixes: 'Please be advised that t'
      }
    ])
  })

  it('takes only reply fields by default: not titles, ids or statuses', async () => {
    const source = await readFile(join(fixtures, 'macros-zendesk.json'), 'utf8')
    const {document} = await extract(source, 'json')
    expect(document.parts?.map((part) => part.text.slice(0, 40))).toEqual([
      'Hi {{ticket.requester.first_name}},\n\nUnf',
      'Hi {{ticket.requester.first_name}},\n\nYou'
    ])
    expectFaithfulMap(source, document, /^\\|^&/)
  })

  it('maps \\n, \\" and \\u00e9 escapes to their place in the file', async () => {
    const source = '[{"title": "x", "body": "Hi Ana,\\n\\nYour caf\\u00e9 order: \\"late\\", \\\\ sorry. Our team will escalate it."}]'
    const {text, document} = await extract(source, 'json')
    expect(text).toBe('Hi Ana,\n\nYour café order: "late", \\ sorry. Our team will escalate it.')
    expectFaithfulMap(source, document, /^\\/)
    expect(await placed(source, 'json', {channel: 'chat'})).toEqual([
      {ruleId: 'jargon', at: '1:93-1:101', original: 'escalate', actual: 'escalate'}
    ])
  })

  it('reads Freshdesk, Help Scout and GitHub shapes by default, each reply once', async () => {
    const freshdesk = '{"responses": [{"title": "Refund", "content": "Hi Ana, we refund it today.", "content_html": "<p>Hi Ana, we refund it today.</p>"}]}'
    const helpScout = '{"items": [{"name": "Refund", "text": "Hi Ana, we refund it today."}]}'
    const github = '[{"title": "Refund", "body": "Hi Ana, we refund it today."}]'
    for (const source of [freshdesk, helpScout, github]) {
      const {document} = await extract(source, 'json')
      expect(document.parts?.map((part) => part.text)).toEqual(['Hi Ana, we refund it today.'])
    }
  })

  it('reads only the comment of a Zendesk macro, not tags or custom fields set by other actions', async () => {
    const source = JSON.stringify({
      macros: [
        {
          title: 'Refund',
          actions: [
            {field: 'set_tags', value: 'refund escalated billing_team'},
            {field: 'custom_fields_360', value: 'needs manager review'},
            {field: 'comment_value_html', value: '<p>Hi Ana, we refund it today.</p>'}
          ]
        }
      ]
    })
    const {document} = await extract(source, 'json')
    expect(document.parts?.map((part) => part.text)).toEqual(['Hi Ana, we refund it today.\n\n'])
  })

  it('reads the key paths it is given', async () => {
    const source = '{"templates": [{"subject": "Your refund is late", "notes": "Internal: escalate"}]}'
    const {document} = await extract(source, 'json', {keys: ['templates[].subject']})
    expect(document.parts?.map((part) => part.text)).toEqual(['Your refund is late'])
    const file = await lint(source, {format: 'json', formats: {keys: ['notes']}, channel: 'chat'})
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['1:71 jargon'])
  })

  it('never flags or rewrites template syntax inside a string', async () => {
    const source = '[{"body": "Hi {{ customer.name }}, our {% if escalate %}team{% endif %} {{ ticket.SLA }} ${escalate} %IN_ORDER_TO% helps in order to fix it."}]'
    expect(await placed(source, 'json', {channel: 'chat'})).toEqual([
      {ruleId: 'brevity', at: '1:122-1:133', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })

  it('lints each reply on its own: salutation and closing per reply', async () => {
    const source = '[{"body": "Hi Ana,\\n\\nWe refund it today.\\n\\nKind regards,\\nJo"}, {"body": "We refund it today.\\n\\nKind regards,\\nJo"}]'
    const found = await placed(source, 'json')
    expect(found.map((message) => `${message.at} ${message.ruleId} ${message.original}`)).toEqual(['1:77-1:96 polite-forms We refund it today.'])
  })

  it('refuses invalid JSON with where and why', async () => {
    await expect(lint('{"body": "Hi",,}', {format: 'json', path: 'bad.json'})).rejects.toThrow(
      /^bad\.json: not valid JSON at 1:15 \(PropertyNameExpected\); fix it, or lint it as text with --parser text$/
    )
  })
})

describe('yaml format', () => {
  it('reports the saved replies at the right characters, in block and quoted scalars', async () => {
    const source = await readFile(join(fixtures, 'saved-replies.yaml'), 'utf8')
    const found = await placed(source, 'yaml')
    expect(found).toEqual([
      {ruleId: 'polite-forms', at: '8:7-8:11', original: 'Send', actual: 'Send'},
      {
        ruleId: 'polite-forms',
        at: '14:50-15:55',
        original: 'Our L2 team sends\n      invoices in order to keep your records complete.',
        actual: 'Our L2 team sends invoices in order to keep your records complete.'
      },
      {ruleId: 'jargon', at: '14:54-14:56', original: 'L2', actual: 'L2'},
      {ruleId: 'brevity', at: '15:16-15:27', original: 'in order to', actual: 'in order to', fixes: 'in order to'},
      {ruleId: 'jargon', at: '17:45-17:53', original: 'escalate', actual: 'escalate'},
      {ruleId: 'jargon', at: '17:66-17:69', original: 'SLA', actual: 'SLA'}
    ])
    expectFaithfulMap(source, (await extract(source, 'yaml')).document)
  })

  it('maps single-quoted, double-quoted and folded plain scalars', async () => {
    const source = "- body: 'It''s late, we will escalate it.'\n- body: \"Caf\\u00e9 \\\"late\\\", we\n    escalate it.\"\n- body: plain text we\n    escalate too\n"
    const {text, document} = await extract(source, 'yaml')
    expect(text).toBe("It's late, we will escalate it.\n\nCafé \"late\", we escalate it.\n\nplain text we escalate too")
    expectFaithfulMap(source, document)
    const found = await placed(source, 'yaml', {channel: 'chat'})
    expect(found.map((message) => `${message.at} ${message.original}`)).toEqual(['1:30-1:38 escalate', '3:5-3:13 escalate', '5:5-5:13 escalate'])
  })

  it('never flags or rewrites template syntax in a block scalar', async () => {
    const source = 'replies:\n  - body: |\n      Our {% if escalate %}team{% endif %} {{ ticket.SLA }} ${escalate}\n      which helps %IN_ORDER_TO% in order to fix it.\n'
    expect(await placed(source, 'yaml', {channel: 'chat'})).toEqual([
      {ruleId: 'brevity', at: '4:33-4:44', original: 'in order to', actual: 'in order to', fixes: 'in order to'}
    ])
  })

  it('refuses invalid YAML with where and why', async () => {
    await expect(lint('body: "open\n', {format: 'yaml', path: 'bad.yaml'})).rejects.toThrow(/^bad\.yaml: not valid YAML at 2:1 \(Missing closing "quote\); fix it, or lint it as text with --parser text$/)
  })
})
