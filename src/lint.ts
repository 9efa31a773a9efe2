/**
 * The lint core: format -> parse -> rules -> messages in the original file's
 * positions. No I/O here; the CLI and the language server read files and call
 * this (textlint's split between a pure core and the CLI).
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {allowList} from './allow-list.js'
import {directiveRuleId, suppressedBy} from './directives.js'
import {keepsCollectionSyntax} from './formats/collection-syntax.js'
import {FormatError, type ProseDocument} from './formats/document.js'
import {formatOf, loadFormat, type FormatName, type FormatOptions} from './formats/index.js'
import {InputError} from './read-input.js'
import {findRule, resolveRules, type ActiveRule, type RulesConfig} from './resolve-rules.js'
import {withoutStack, type Finding, type ReplyMessage} from './rule.js'
import {scoreOf} from './score.js'
import retextEnglishFast, {englishParser} from './text/english-parser.js'
import {parseInChunks} from './text/parse-in-chunks.js'
import {forgetTexts} from './text/phrases.js'
import type {Channel, Fix, Language, LanguageSetting} from './types.js'
import {detectLanguage} from './zh/detect.js'
import retextChinese from './zh/parser.js'

export interface LintOptions {
  /** Path of the file, for messages and to pick the format. */
  path?: string
  /** Format of the input (default: by extension, else plain text). */
  format?: FormatName
  /** Settings of the formats (key paths of replies in JSON/YAML collections). */
  formats?: FormatOptions
  /** Channel preset (default `email`). */
  channel?: Channel
  /** Language of the replies (default `auto`: by the share of Han characters, per reply). */
  lang?: LanguageSetting
  /** The input is a template: placeholders are expected. */
  template?: boolean
  /**
   * Rule settings: `{id: "off" | "warn" | "error" | [severity, options]}`.
   * Read once per object (the rules are built from it once): to change the
   * settings, pass a new object rather than changing this one.
   */
  rules?: RulesConfig
  /** Phrases no rule should flag: a message whose flagged text is one of them (ignoring case) is dropped. */
  allow?: string[]
}

/** A message in the original file, as replylint reports it. */
export interface LintMessage extends ReplyMessage {
  /** The fix `--fix` applies, in offsets of the original file. */
  fix?: Fix
}

declare module 'vfile' {
  interface DataMap {
    /** The reply's score, 0–100 (see src/score.ts). */
    score: number
  }
}

type AnyProcessor = Processor<any, any, any, any, any>

/** Processors are frozen and kept per configuration: building one compiles every rule's matchers. */
const processors = new Map<
  string,
  {
    processor: AnyProcessor
    parse: ReturnType<typeof englishParser>
    transformers: Array<(tree: Root, file: VFile) => unknown>
    severities: Map<string, ActiveRule['severity']>
  }
>()
const maxProcessors = 32

/**
 * The rule settings as a key, kept per settings object: a configuration's
 * object is the same for every reply it covers (a JSON of it per reply was
 * a twentieth of a lint of short replies). Held weakly: a configuration is
 * long-lived, so this is no young key kept alive (see src/text/units.ts).
 */
const rulesKeys = new WeakMap<RulesConfig, string>()

function rulesKey(rules: RulesConfig): string {
  let key = rulesKeys.get(rules)
  if (key === undefined) {
    key = JSON.stringify(rules)
    rulesKeys.set(rules, key)
  }
  return key
}

function processorFor(options: LintOptions, lang: Language) {
  const channel = options.channel ?? 'email'
  // Asked twice per reply: no JSON of the rule settings when there are none.
  const key = `${lang} ${channel} ${options.template ?? false} ${options.rules === undefined ? '' : rulesKey(options.rules)}`
  let entry = processors.get(key)
  if (!entry) {
    const active = resolveRules(options.rules, channel)
    const processor: AnyProcessor = unified()
      .use(lang === 'zh' ? retextChinese : retextEnglishFast)
      .freeze()
    // The rules' transformers, called in order as unified's `run` would call them, without its
    // asynchronous pipeline per reply (a few per cent of linting short replies): every rule is synchronous.
    type Attacher = (this: AnyProcessor, options: unknown) => ((tree: Root, file: VFile) => unknown) | undefined
    const transformers = active.flatMap(({rule, options: ruleOptions}) => (rule as unknown as Attacher).call(processor, ruleOptions) ?? [])
    entry = {processor, parse: englishParser(processor), transformers, severities: new Map(active.map((each) => [each.rule.meta.id, each.severity]))}
    if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value!)
    processors.set(key, entry)
  }
  return entry
}

/**
 * Lint one reply. Resolves to a VFile of the original text whose messages
 * carry `ruleId`, place, `actual`, `expected`, `url` and, where safe, `fix`.
 */
export async function lint(source: string, options: LintOptions = {}): Promise<VFile> {
  const name = options.format ?? formatOf(options.path)
  const format = await loadFormat(name)
  let document: ProseDocument
  try {
    document = await format(source, options.formats)
  } catch (error) {
    // Invalid JSON or YAML: one clear line about this file; the CLI goes on with the others.
    if (error instanceof FormatError) throw new InputError(options.path ?? '<stdin>', error.message)
    // The parsers and the walks over their trees are recursive: thousands of nested arrays, elements or
    // quotes overflow the stack, and no reply is built like that.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError(options.path ?? '<stdin>', `${formatLabels[name]} nested too deeply to read (thousands of levels); lint it as text with --parser text`)
    }
    throw error
  }
  return lintDocument(source, document, options)
}

const formatLabels: Record<FormatName, string> = {text: 'Text', markdown: 'Markdown', html: 'HTML', eml: 'E-mail', json: 'JSON', yaml: 'YAML', csv: 'CSV'}

/** Lint a document a format has already extracted (used by tests and the language server). */
export async function lintDocument(source: string, document: ProseDocument, options: LintOptions = {}): Promise<VFile> {
  return lintNow(source, document, options)
}

/**
 * `lintDocument`, synchronous (every rule is), in three small functions.
 * As one async function with its loops it was the largest function V8
 * optimized in a pass over the corpus, 44 ms of TurboFan's time (of 490,
 * `--single-threaded --trace-opt`), on a core the lint shares on a
 * two-core machine.
 */
function lintNow(source: string, document: ProseDocument, options: LintOptions): VFile {
  // Which rules run and how severe they are does not depend on the language.
  const severityOf = processorFor(options, 'en').severities
  const result = new VFile({path: options.path, value: source})
  // The line index is built only for a reply with something to report (most replies of a clean run have nothing).
  let index: ReturnType<typeof location> | undefined
  const toPoint = (offset: number) => (index ??= location(result)).toPoint(offset)
  const isAllowed = allowList(options.allow)
  // A collection of templates (JSON, YAML) is linted reply by reply: salutation, closing and length count per reply.
  const pieces = document.parts ?? [document]
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at]!
    const findings = findingsOf(piece, options)
    for (let each = 0; each < findings.length; each++) {
      const found = findings[each]!
      if (isAllowed?.(found.actual)) continue
      addMessage(result, found, {source, inCollection: document.parts !== undefined, piece, toPoint, fatal: severityOf.get(found.ruleId) === 'error'})
    }
  }
  applyDirectives(result, source, toPoint)
  result.messages.sort(
    // Rule ids by code unit, not localeCompare: the same order for ids of lower-case letters and hyphens, without a collator.
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || byCodeUnit(String(a.ruleId), String(b.ruleId))
  )
  // Last, from the messages as reported: whatever drops messages must run before this.
  result.data.score = scoreOf(result.messages.filter((message) => message.ruleId !== directiveRuleId))
  return result
}

/** What the rules find in one reply of a document, in offsets of its prose. */
function findingsOf(piece: ProseDocument, options: LintOptions): Finding[] {
  // Per reply: one export may hold English and Chinese macros.
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(piece.text) : options.lang
  const {processor, parse, transformers} = processorFor(options, lang)
  const prose = new VFile({path: options.path, value: piece.text})
  const findings: Finding[] = []
  prose.data.replylint = {
    channel: options.channel ?? 'email',
    template: options.template ?? false,
    lang,
    masks: piece.masks,
    collect: (finding) => findings.push(finding)
  }
  // Our Chinese parser is linear; retext-english on one long text is not, so it reads long replies block by block.
  const tree = lang === 'zh' ? (processor.parse(prose) as Root) : parseInChunks(piece.text, parse)
  for (let at = 0; at < transformers.length; at++) {
    if (transformers[at]!(tree, prose) !== undefined) throw new Error('replylint rules change no tree and return nothing')
  }
  forgetTexts()
  return findings
}

interface Placing {
  /** The original file. */
  source: string
  /** The reply is one of a collection's (JSON, YAML, CSV). */
  inCollection: boolean
  piece: ProseDocument
  toPoint: (offset: number) => ReturnType<ReturnType<typeof location>['toPoint']>
  fatal: boolean
}

/** A finding as a message on `result`, in the original file's positions, with its fix where one is safe. */
function addMessage(result: VFile, found: Finding, {source, inCollection, piece, toPoint, fatal}: Placing): void {
  const startOffset = found.start
  const endOffset = found.end
  const start = piece.toOriginal(startOffset ?? 0) ?? 0
  const end = piece.toOriginal(endOffset ?? startOffset ?? 0, 'end') ?? start
  const startPoint = toPoint(start)
  const endPoint = toPoint(end)
  const message = withoutStack(() =>
    result.message(found.reason, {
      place: startPoint && endPoint ? {start: startPoint, end: endPoint} : startPoint,
      ruleId: found.ruleId,
      source: 'replylint'
    })
  ) as LintMessage
  message.fatal = fatal
  message.actual = found.actual
  message.expected = found.expected
  message.url = found.url
  message.note = found.note
  const replacement = found.expected?.[0]
  // A fix applies only where the prose was copied verbatim from the file, so the range means the same there
  // (never across a decoded entity or escape, or markup the format left out).
  // In a collection, only where the new text needs no quoting (src/formats/collection-syntax.ts).
  if (
    found.fixable &&
    replacement !== undefined &&
    source.slice(start, end) === piece.text.slice(startOffset ?? 0, endOffset ?? 0) &&
    (!inCollection || keepsCollectionSyntax(source, start, end, replacement))
  ) {
    message.fix = {start, end, text: replacement}
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Inline `replylint-disable` comments in the original file drop the messages
 * they cover; a directive that cannot be used becomes a warning of its own
 * (it says something about the file, not the reply, so it costs no score).
 */
function applyDirectives(result: VFile, source: string, toPoint: ReturnType<typeof location>['toPoint']) {
  const {kept, problems} = suppressedBy(source, result.messages, (id) => findRule(id) !== undefined, toPoint)
  result.messages = kept
  for (const problem of problems) {
    const message = result.message(problem.reason, {
      place: {start: problem.startPoint, end: problem.endPoint},
      ruleId: directiveRuleId,
      source: 'replylint'
    })
    message.fatal = false
  }
}
