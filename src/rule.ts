/**
 * The contract every replylint rule follows. A rule is an ordinary retext
 * (unified) plugin with metadata beside it, like an ESLint rule: it can be
 * used in any unified pipeline, and replylint's engine reads its `meta` to
 * configure, document and fix.
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {ruleDocUrl} from './docs.js'
import {findMasks, touchesMask} from './mask.js'
import type {Channel, Language, Mask, MaskKind, SharedSettings} from './types.js'

export interface RuleMeta {
  /** Stable id; other tools depend on it. */
  id: string
  /** One line: what the rule asks of a reply. */
  description: string
  /** Whether `--fix` may apply the first suggestion of a message. */
  fixable: boolean
  /** Severity when the configuration does not say. */
  severity: 'warn' | 'error'
  /** A finding makes the reply unsendable (its score drops to 0). */
  critical?: boolean
  /** Masked text the rule still reads (`sensitive-data` reads quotes). */
  reads?: readonly MaskKind[]
  /** Channels the rule is on for by default; all when unset. */
  channels?: readonly Channel[]
  /** The rule's options and their types, for config validation and docs. */
  options?: Readonly<Record<string, OptionType>>
}

/** Types of rule options a config file can set. */
export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'record'

/** One finding, in offsets of the parsed text. */
export interface Report {
  /** What is wrong and what to write instead. */
  reason: string
  start: number
  end: number
  /** The text found (defaults to the text at `start..end`). */
  actual?: string
  /** Replacements, best first; `[]` or `['']` means "delete". */
  expected?: string[]
  /** `expected[0]` keeps the meaning and may be applied by `--fix`. */
  fixable?: boolean
  /** Longer explanation shown by verbose reporters. */
  note?: string
  /**
   * The range marks a stretch of the reply (a long sentence, the part over a
   * length limit), not words found in it: masks do not drop it, the rule
   * chose what to count.
   */
  span?: boolean
}

/** Data the engine puts on a file before rules run (`file.data.replylint`). */
export interface FileSettings extends SharedSettings {
  masks?: Mask[]
  /**
   * The engine's: findings go here instead of becoming messages on the
   * file. It makes one message per finding, in the original file's
   * positions, and a message made here first would only be copied.
   */
  collect?: (finding: Finding) => void
}

/** A report that passed the masks, as `collect` gets it. */
export interface Finding {
  ruleId: string
  reason: string
  /** Offsets in the parsed text; `undefined` where the rule's offset lies outside it (as `toPoint` has no point). */
  start: number | undefined
  end: number | undefined
  actual: string
  expected?: string[]
  note?: string
  url: string
  fixable: boolean
}

declare module 'vfile' {
  interface DataMap {
    replylint: FileSettings
  }
}

/** A message as replylint rules make them. */
export interface ReplyMessage extends VFileMessage {
  /** The first suggestion may be applied by `--fix`. */
  fixable?: boolean
}

export interface RuleContext<Options> {
  tree: Root
  file: VFile
  /** The parsed text. */
  text: string
  /** The rule's options merged with the shared settings. */
  options: Options & SharedSettings
  channel: Channel
  template: boolean
  /** Language of the reply: the engine's choice, or `zh` when the Chinese parser read it. */
  lang: Language
  masks: readonly Mask[]
  /** Whether `[start, end)` touches text the rule must not read. */
  isMasked(start: number, end: number): boolean
  report(report: Report): void
}

export type Rule<Options extends object = object> = Plugin<[(Options & SharedSettings)?], Root> & {
  meta: RuleMeta
  /** The languages the rule has a check for. */
  languages: readonly Language[]
}

/**
 * Make a message without the stack trace an Error captures on construction:
 * a VFileMessage's stack is set to '' anyway, and capturing it cost some 4 %
 * of a lint of the corpus of short replies (two messages per finding).
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** A file's line index, kept on the file, not in a WeakMap (why: `units` in src/text/units.ts). */
const locationKey = Symbol('replylint.location')

function locate(file: VFile): ReturnType<typeof location> {
  const holder = file as VFile & {[locationKey]?: ReturnType<typeof location>}
  let found = holder[locationKey]
  if (!found) {
    found = location(file)
    Object.defineProperty(holder, locationKey, {value: found})
  }
  return found
}

/** Masks of a file: the engine's, or found here when a rule runs in another pipeline. */
function fileMasks(file: VFile, text: string): Mask[] {
  const data = (file.data.replylint ??= {})
  data.masks ??= findMasks(text)
  return data.masks
}

export type Check<Options> = (context: RuleContext<Options>) => void

/**
 * Define a rule: `check` reads the tree and calls `context.report`. Reports
 * that touch masked text (template syntax, quotes, URLs) are dropped here,
 * once for every rule, unless the rule `reads` that kind. A rule for more
 * than English gives one check per language (`{en, zh}`): the same id, the
 * same options, each language's own data; a language without a check is
 * left alone by the rule.
 */
export function defineRule<Options extends object = object>(
  meta: RuleMeta,
  check: Check<Options> | Partial<Record<Language, Check<Options>>>
): Rule<Options> {
  const checks: Partial<Record<Language, Check<Options>>> = typeof check === 'function' ? {en: check} : check
  const reads = new Set<MaskKind>(meta.reads ?? [])
  const url = ruleDocUrl(meta.id)

  const plugin = function (options?: Options & SharedSettings): Transformer<Root> {
    // A rule without options reads the engine's settings as they are, not a copy of them made per rule and reply.
    const hasOptions = typeof options === 'object' && options !== null && Object.keys(options).length > 0
    return function (tree, file) {
      const text = String(file.value ?? '')
      const data = file.data.replylint ?? {}
      const merged = (hasOptions ? {...data, ...options} : data) as Options & SharedSettings
      const lang = merged.lang ?? 'en'
      const run = checks[lang]
      if (!run) return
      const masks = fileMasks(file, text)
      const isMasked = (start: number, end: number) => touchesMask(masks, start, end, reads)

      run({
        tree,
        file,
        text,
        options: merged,
        channel: merged.channel ?? 'email',
        template: merged.template ?? false,
        lang,
        masks,
        isMasked,
        report(report) {
          if (!report.span && isMasked(report.start, report.end)) return
          const actual = report.actual ?? text.slice(report.start, report.end)
          // A rule that reads masked text (quotes, template syntax) may report there, but --fix never rewrites it.
          const fixable = Boolean(meta.fixable && report.fixable && report.expected && report.expected.length > 0 && !touchesMask(masks, report.start, report.end))
          if (data.collect) {
            // A point exists for offsets 0 to the text's length, as vfile-location gives them.
            const inside = (offset: number) => (offset > -1 && offset <= text.length ? offset : undefined)
            const start = inside(report.start)
            data.collect({
              ruleId: meta.id,
              reason: report.reason,
              start,
              end: start === undefined ? undefined : (inside(report.end) ?? start),
              actual,
              // One shape for every finding (no fields spread in or left out).
              expected: report.expected || undefined,
              note: report.note || undefined,
              url,
              fixable
            })
            return
          }
          // The line index is built on a file's first report, not for every rule and reply.
          const place = locate(file)
          const start = place.toPoint(report.start)
          const end = place.toPoint(report.end)
          const message = withoutStack(() =>
            file.message(report.reason, {
              place: start && end ? {start, end} : start,
              ruleId: meta.id,
              source: 'replylint'
            })
          ) as ReplyMessage
          message.actual = actual
          if (report.expected) message.expected = report.expected
          if (report.note) message.note = report.note
          message.url = url
          if (fixable) message.fixable = true
        }
      })
    }
  } as Rule<Options>

  Object.defineProperty(plugin, 'name', {value: camel(meta.id)})
  plugin.meta = meta
  plugin.languages = Object.keys(checks) as Language[]
  return plugin
}

function camel(id: string): string {
  return 'retext' + id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
}
