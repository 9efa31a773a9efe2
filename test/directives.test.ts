/** Inline control comments: every comment syntax, every directive, unknown rule ids. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {directiveRuleId, findDirectives} from '../src/directives.js'
import {segmentMap} from '../src/formats/document.js'
import {lint, lintDocument} from '../src/lint.js'
import {findMasks} from '../src/mask.js'

/** `line:column ruleId` of each message, for chat (no salutation or closing asked). */
async function found(text: string): Promise<string[]> {
  const file = await lint(text, {channel: 'chat'})
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

const wordy = 'In order to help, we can’t ship it.'

describe('findDirectives', () => {
  it('reads the four directives in every comment syntax, with rule lists and reasons', () => {
    const source = [
      '<!-- replylint-disable jargon, brevity -->',
      '{# replylint-enable jargon #}',
      '{{! replylint-disable-line }}',
      '{{!-- replylint-disable-next-line brevity -- our standard wording --}}',
      'text: hello  # replylint-disable-line positive-framing',
      '{#- replylint-enable -#}'
    ].join('\n')
    expect(findDirectives(source).directives.map(({kind, rules}) => [kind, rules])).toEqual([
      ['disable', ['jargon', 'brevity']],
      ['enable', ['jargon']],
      ['disable-line', []],
      ['disable-next-line', ['brevity']],
      ['disable-line', ['positive-framing']],
      ['enable', []]
    ])
  })

  it('does not take a hashtag, {# or &#39; in prose for a comment, nor a directive inside another comment twice', () => {
    expect(findDirectives('Order #replylint-disable and C# replylint-disable &#39; replylint-disable').directives).toEqual([])
    expect(findDirectives('<!-- # replylint-disable -->').directives).toHaveLength(1)
  })

  it('reports a misspelt directive', () => {
    expect(findDirectives('<!-- replylint-disable-nextline jargon -->').problems).toEqual([
      {
        reason: 'Unknown directive “replylint-disable-nextline”: write replylint-disable, replylint-enable, replylint-disable-line, replylint-disable-next-line.',
        start: 0,
        end: 42
      }
    ])
  })
})

describe('directives in lint results', () => {
  it('leaves every message without directives', async () => {
    expect(await found(wordy)).toEqual(['1:1 brevity', '1:19 positive-framing'])
  })

  it('disables named rules from the comment on, until enabled again', async () => {
    const text = `${wordy}\n<!-- replylint-disable brevity, positive-framing -->\n${wordy}\n<!-- replylint-enable brevity -->\n${wordy}`
    expect(await found(text)).toEqual(['1:1 brevity', '1:19 positive-framing', '5:1 brevity'])
  })

  it('disables every rule without a list, and enables one while the rest stay off', async () => {
    const text = `{# replylint-disable #}\n${wordy}\n{# replylint-enable positive-framing #}\n${wordy}\n{# replylint-enable #}\n${wordy}`
    expect(await found(text)).toEqual(['4:19 positive-framing', '6:1 brevity', '6:19 positive-framing'])
  })

  it('disables a line, and the next line, in Handlebars comments', async () => {
    const text = `${wordy} {{! replylint-disable-line brevity }}\n{{!-- replylint-disable-next-line -- agreed wording --}}\n${wordy}\n${wordy}`
    expect(await found(text)).toEqual(['1:19 positive-framing', '4:1 brevity', '4:19 positive-framing'])
  })

  it('reads YAML # comments', async () => {
    const text = `# replylint-disable-next-line positive-framing\n${wordy}`
    expect(await found(text)).toEqual(['2:1 brevity'])
  })

  it('covers every line of a multi-line disable-line comment, and the line after its end for next-line', async () => {
    const text = `${wordy} <!-- replylint-disable-line brevity\n-- the wording legal asked for -->\n<!--\nreplylint-disable-next-line\n-->\n${wordy}`
    expect(await found(text)).toEqual(['1:19 positive-framing'])
  })

  it('warns about an unknown rule id and still applies the known ones', async () => {
    const file = await lint(`<!-- replylint-disable jargn, brevity -->\n${wordy}`, {channel: 'chat'})
    expect(file.messages.map((message) => [`${message.line}:${message.column}`, message.ruleId, message.reason, message.fatal])).toEqual([
      [
        '1:1',
        directiveRuleId,
        'Unknown rule “jargn” in replylint-disable: it turns nothing off. Check the id with replylint --list-rules.',
        false
      ],
      ['2:19', 'positive-framing', expect.any(String), false]
    ])
    // The warning is about the file, not the reply: it costs no score.
    expect(file.data.score).toBe(95)
  })

  it('turns nothing off when every rule named is unknown', async () => {
    expect(await found(`<!-- replylint-disable jargn -->\n${wordy}`)).toEqual([
      `1:1 ${directiveRuleId}`,
      '2:1 brevity',
      '2:19 positive-framing'
    ])
  })

  it('filters by positions in the original file, whatever the format took out', async () => {
    // A format that drops an HTML comment line from the prose, as Markdown and HTML formats do.
    const source = `<!-- replylint-disable-next-line positive-framing -->\n${wordy}\n${wordy}`
    const from = source.indexOf('\n') + 1
    const text = source.slice(from)
    const document = {text, toOriginal: segmentMap([{from: 0, to: from, length: text.length}]), masks: findMasks(text)}
    const file = await lintDocument(source, document, {channel: 'chat'})
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      '2:1 brevity',
      '3:1 brevity',
      '3:19 positive-framing'
    ])
  })
})

describe('directives, against a model of them', () => {
  /** Sentences that draw messages of known rules, each alone on a line. */
  const sentences = ['In order to help, we can’t ship it.', 'Obviously, just click the link ASAP!!', 'Thx, the SLA is 5 days.', 'We will ship it today.']
  const ruleNames = ['brevity', 'positive-framing', 'condescension', 'casual-register', 'jargon', 'shouting', 'jargn']
  const syntaxes: Array<(body: string) => string> = [(body) => `<!-- ${body} -->`, (body) => `{# ${body} #}`, (body) => `{{! ${body} }}`, (body) => `{{!-- ${body} --}}`]
  const directive = fc.record({
    kind: fc.constantFrom('disable', 'enable', 'disable-next-line'),
    rules: fc.subarray(ruleNames, {maxLength: 3}),
    syntax: fc.nat({max: syntaxes.length - 1}),
    reason: fc.boolean()
  })
  type Line = {sentence: number; trailing?: {rules: string[]; syntax: number}} | {directive: {kind: string; rules: string[]; syntax: number; reason: boolean}}
  const line: fc.Arbitrary<Line> = fc.oneof(
    fc.record({sentence: fc.nat({max: sentences.length - 1})}),
    fc.record({sentence: fc.nat({max: sentences.length - 1}), trailing: fc.record({rules: fc.subarray(ruleNames, {maxLength: 2}), syntax: fc.nat({max: syntaxes.length - 1})})}),
    fc.record({directive})
  )
  const comment = (kind: string, rules: string[], syntax: number, reason = false) =>
    syntaxes[syntax]!(`replylint-${kind}${rules.length ? ` ${rules.join(', ')}` : ''}${reason ? ' -- the customer asked for it' : ''}`)

  it('each message is kept unless a directive before it, on its line or the line above turns its rule off', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, {minLength: 1, maxLength: 7}), async (lines) => {
        const build = (body: (text: string) => string) =>
          lines
            .map((each) =>
              'directive' in each
                ? body(comment(each.directive.kind, each.directive.rules, each.directive.syntax, each.directive.reason))
                : sentences[each.sentence] + (each.trailing ? ` ${body(comment('disable-line', each.trailing.rules, each.trailing.syntax))}` : '')
            )
            .join('\n')
        const text = build((directive) => directive)
        // The same lines with each directive made one that turns nothing off (it names an unknown rule only):
        // the rules read the same sentences and neighbours, and directive comments are not prose to them.
        const baseline = await lint(
          build((directive) => directive.replace(/replylint-[^}>]*?(?=\s*(?:-->|--}}|}}|#}))/, 'replylint-disable-line jargn')),
          {channel: 'chat'}
        )
        // The model: which rules are off from each line on ('*' for all, minus those enabled again).
        const known = (rules: string[]) => rules.filter((rule) => rule !== 'jargn')
        let off = new Set<string>()
        let allOff = false
        let nextLine: string[] | undefined
        const expected: string[] = []
        const unknownLines: number[] = []
        lines.forEach((each, index) => {
          const lineNumber = index + 1
          const named = 'directive' in each ? each.directive.rules : (each.trailing?.rules ?? [])
          if (named.includes('jargn')) unknownLines.push(lineNumber)
          const thisLine = nextLine
          nextLine = undefined
          if ('directive' in each) {
            const {kind} = each.directive
            const rules = known(each.directive.rules)
            // A list of unknown ids only turns nothing off (and is warned about).
            if (each.directive.rules.length > 0 && rules.length === 0) return
            if (kind === 'disable-next-line') nextLine = rules.length ? rules : ['*']
            // While all are off, `off` lists the rules enabled again instead.
            else if (rules.length === 0) [allOff, off] = [kind === 'disable', new Set()]
            else {
              for (const rule of rules) {
                if ((kind === 'disable') === allOff) off.delete(rule)
                else off.add(rule)
              }
            }
            return
          }
          const trailing = each.trailing && (each.trailing.rules.length === 0 ? ['*'] : known(each.trailing.rules))
          for (const message of baseline.messages.filter((message) => message.line === lineNumber && message.ruleId !== directiveRuleId)) {
            const rule = String(message.ruleId)
            const isOff = allOff ? !off.has(rule) : off.has(rule)
            const byLine = [thisLine, trailing].some((list) => list && (list.includes('*') || list.includes(rule)))
            if (!isOff && !byLine) expected.push(`${lineNumber}:${message.column} ${rule}`)
          }
        })
        const file = await lint(text, {channel: 'chat'})
        const got = file.messages.filter((message) => message.ruleId !== directiveRuleId).map((message) => `${message.line}:${message.column} ${message.ruleId}`)
        expect(got).toEqual(expected)
        // A warning for each line that names an unknown rule, and none elsewhere.
        const warned = [...new Set(file.messages.filter((message) => message.ruleId === directiveRuleId).map((message) => message.line))]
        expect(warned).toEqual(unknownLines)
      }),
      {numRuns: 400}
    )
  })
})
