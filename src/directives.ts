/**
 * Inline control comments, as in ESLint: turn rules off for a stretch of a
 * reply, a line, or the next line.
 *
 *   <!-- replylint-disable jargon, brevity -->   from here on (all rules when none named)
 *   <!-- replylint-enable jargon -->             from here on again (all when none named)
 *   <!-- replylint-disable-line -->              on the comment's own line(s)
 *   <!-- replylint-disable-next-line jargon -->  on the line after the comment
 *
 * The same words work in every comment syntax a reply may carry: HTML and
 * Markdown `<!-- -->`, Jinja/Liquid `{# #}`, Handlebars `{{! }}` and
 * `{{!-- --}}`, and `#` comments (YAML). Anything after ` -- ` is a reason
 * for people. Directives are read from the original file, whatever its
 * format, and filter the messages after they are mapped back to it, so they
 * work the same in every format.
 *
 * A directive naming a rule that does not exist (or a misspelt directive)
 * is reported as a warning of its own (`replylint/directive`) rather than
 * silently doing nothing.
 */
import type {VFileMessage} from 'vfile-message'

/** The rule id of problems with directives themselves. */
export const directiveRuleId = 'replylint/directive'

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'
const kinds: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line']

export interface Directive {
  kind: DirectiveKind
  /** Rules named; empty means all rules. */
  rules: string[]
  /** Offsets of the whole comment in the source. */
  start: number
  end: number
}

/** A directive that could not be used, with what to write instead. */
export interface DirectiveProblem {
  reason: string
  start: number
  end: number
}

/**
 * Comment syntaxes. Each captures the comment's content as `body`. A `#`
 * comment starts a line or follows a space, and a space follows it, so
 * `{#`, `&#39;`, `C#` and hashtags are not comments.
 */
const commentPatterns: readonly RegExp[] = [
  /<!--(?<body>[\s\S]*?)-->/g,
  /\{#-?(?<body>[\s\S]*?)-?#\}/g,
  /\{\{~?!(?:--)?(?<body>[\s\S]*?)(?:--)?~?\}\}/g,
  /(?<=^|[ \t])#(?=[ \t])(?<body>[^\n]*)/gm
]

/** `replylint-<word>` at the start of a comment, then the rest. */
const directivePattern = /^\s*replylint-([a-z-]+)(?=\s|$)([\s\S]*)$/

/** Find the directives in `source`, and the problems with malformed ones. */
export function findDirectives(source: string): {directives: Directive[]; problems: DirectiveProblem[]} {
  const directives: Directive[] = []
  const problems: DirectiveProblem[] = []
  // Cheap test first: most replies have no directive at all.
  if (!source.includes('replylint-')) return {directives, problems}
  const taken: Array<[number, number]> = []

  for (const pattern of commentPatterns) {
    for (const match of source.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      // A `#` inside an HTML comment or a Jinja comment is part of that comment.
      if (taken.some(([from, to]) => start < to && end > from)) continue
      const parsed = directivePattern.exec(match.groups!.body!)
      if (!parsed) continue
      taken.push([start, end])
      const word = parsed[1]!
      if (!kinds.includes(word as DirectiveKind)) {
        problems.push({
          reason: `Unknown directive “replylint-${word}”: write ${kinds.map((kind) => `replylint-${kind}`).join(', ')}.`,
          start,
          end
        })
        continue
      }
      // The reason after " -- " is for people.
      const list = parsed[2]!.split(/\s--\s|\s--$/)[0]!
      const rules = list.split(/[\s,]+/).filter(Boolean)
      directives.push({kind: word as DirectiveKind, rules, start, end})
    }
  }
  directives.sort((a, b) => a.start - b.start)
  problems.sort((a, b) => a.start - b.start)
  return {directives, problems}
}

interface Point {
  line: number
  column: number
}

type ToPoint = (offset: number) => Point | undefined

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column)
}

/** Which rules are off at a point, from the block directives before it. */
class BlockState {
  private all = false
  private readonly off = new Set<string>()
  /** Rules enabled again while all are off. */
  private readonly on = new Set<string>()

  apply(directive: Directive): void {
    const {kind, rules} = directive
    if (kind === 'disable') {
      if (rules.length === 0) {
        this.all = true
        this.on.clear()
      } else for (const rule of rules) (this.all ? this.on.delete(rule) : this.off.add(rule))
    } else if (kind === 'enable') {
      if (rules.length === 0) {
        this.all = false
        this.off.clear()
        this.on.clear()
      } else for (const rule of rules) (this.all ? this.on.add(rule) : this.off.delete(rule))
    }
  }

  isOff(rule: string): boolean {
    return this.all ? !this.on.has(rule) : this.off.has(rule)
  }
}

/**
 * Drop the messages directives turn off (by their start in the original
 * file) and return the problems with directives as messages' reasons.
 * `isRule` tells known rule ids; `toPoint` converts source offsets.
 */
export function suppressedBy<Message extends VFileMessage>(
  source: string,
  messages: readonly Message[],
  isRule: (id: string) => boolean,
  toPoint: ToPoint
): {kept: Message[]; problems: Array<DirectiveProblem & {startPoint: Point; endPoint: Point}>} {
  const {directives, problems: malformed} = findDirectives(source)
  const problems: DirectiveProblem[] = [...malformed]
  if (directives.length === 0 && problems.length === 0) return {kept: [...messages], problems: []}

  const placed = directives.map((directive) => {
    const unknown = directive.rules.filter((rule) => !isRule(rule))
    for (const rule of unknown) {
      problems.push({
        reason: `Unknown rule “${rule}” in replylint-${directive.kind}: it turns nothing off. Check the id with replylint --list-rules.`,
        start: directive.start,
        end: directive.end
      })
    }
    return {
      ...directive,
      rules: directive.rules.filter(isRule),
      // A directive that named only unknown rules turns nothing off (not everything).
      inert: directive.rules.length > 0 && unknown.length === directive.rules.length,
      startPoint: toPoint(directive.start)!,
      endPoint: toPoint(Math.max(directive.start, directive.end - 1))!
    }
  })
  const blocks = placed.filter((directive) => !directive.inert && (directive.kind === 'disable' || directive.kind === 'enable'))
  const lines = placed.filter((directive) => !directive.inert && (directive.kind === 'disable-line' || directive.kind === 'disable-next-line'))

  const covers = (rules: string[], rule: string) => rules.length === 0 || rules.includes(rule)
  const kept = messages.filter((message) => {
    const rule = message.ruleId ?? ''
    const at: Point = {line: message.line ?? 1, column: message.column ?? 1}
    for (const directive of lines) {
      const first = directive.kind === 'disable-line' ? directive.startPoint.line : directive.endPoint.line + 1
      const last = directive.kind === 'disable-line' ? directive.endPoint.line : first
      if (at.line >= first && at.line <= last && covers(directive.rules, rule)) return false
    }
    const state = new BlockState()
    for (const directive of blocks) {
      if (!before(directive.startPoint, at)) break
      state.apply(directive)
    }
    return !state.isOff(rule)
  })

  return {
    kept,
    problems: problems.map((problem) => ({...problem, startPoint: toPoint(problem.start)!, endPoint: toPoint(problem.end)!}))
  }
}
