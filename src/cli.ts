/**
 * The command line: read files or stdin, lint, report, exit 0 (clean),
 * 1 (errors, or more warnings than --max-warnings) or 2 (usage error,
 * unreadable input, crash). Never 0 on a failure.
 */
import {statSync, type Stats} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {Command, InvalidArgumentError, Option} from 'commander'
import type {VFile} from 'vfile'
import {configure, displayPath, ignoreFileName, loadIgnoreFile, printConfig, writeStarterConfig, type IsIgnored} from './config/index.js'
import {ruleDocPath} from './docs.js'
import {ConfigError, UsageError} from './errors.js'
import {formatExtensions, formatNames, type FormatName} from './formats/index.js'
import {lint} from './lint.js'
import {fixText} from './fix-text.js'
import {startProgress, type ProgressStream} from './progress.js'
import {decode, encode, InputError, readInput, type Input} from './read-input.js'
import {writeFileAtomic} from './write-file.js'
import {formatResults, reportFormats, type ReportFormat} from './report/index.js'
import {findRule, ruleIds} from './resolve-rules.js'
import {channels, languageSettings, type Channel, type LanguageSetting} from './types.js'

export const exitCodes = {ok: 0, problems: 1, failure: 2} as const

export interface CliIo {
  /** Text, or the bytes of a `--fix --stdin` input it could not read, passed through as they came. */
  stdout: (text: string | Uint8Array) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Uint8Array>
  isTTY: boolean
  /** Where a long run shows its progress (stderr); without it, no indicator. */
  progress?: ProgressStream
}

interface CliOptions {
  stdin?: boolean
  stdinFilename?: string
  format: ReportFormat
  parser?: FormatName
  channel?: Channel
  lang?: LanguageSetting
  template?: boolean
  config?: string
  rule?: string[]
  init?: boolean
  ignore: boolean
  printConfig?: string
  maxWarnings?: number
  minScore?: number
  quiet?: boolean
  fix?: boolean
  fixDryRun?: boolean
  output?: string
  color?: boolean
  progress: boolean
  explain?: string
  listRules?: boolean
  lsp?: boolean
}

function wholeNumber(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number of 0 or more.')
  return number
}

function score(value: string): number {
  const number = wholeNumber(value)
  if (number > 100) throw new InvalidArgumentError('expected a score from 0 to 100.')
  return number
}

/** Repeated flags add up (no default, so --help does not show an empty list). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

function program(): Command {
  return new Command('replylint')
    .description('Lint customer-service replies: polite forms, positive framing, no jargon, brevity.')
    .argument('[files...]', 'reply files, folders or globs')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name to report (and pick the format) for --stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(reportFormats).default('stylish'))
    .addOption(new Option('--parser <format>', 'read every input as this format (default: by file extension)').choices(formatNames))
    // No defaults here: an unset flag leaves the choice to the config file (then email, not a template).
    .addOption(new Option('-c, --channel <channel>', 'channel preset (default: email)').choices(channels))
    .addOption(new Option('--lang <lang>', 'language of the replies (default: auto, by the share of Chinese characters)').choices(languageSettings))
    .option('--template', 'the input is a template: placeholders are expected')
    .option('--no-template', 'the input is a reply, not a template (over the config file)')
    .option('--config <path>', 'use this config file for every reply instead of the nearest .replylintrc*')
    .option('--rule <id:severity>', 'set a rule\'s severity (off, warn, error) over the config; repeatable', collect)
    .option('--init', 'write a commented starter .replylintrc.yaml here')
    .option('--no-ignore', 'lint files .replylintignore lists too')
    .option('--print-config <path>', 'print the config file and options a reply at this path gets, then exit')
    .option('--max-warnings <n>', 'fail (exit 1) on more warnings than this', wholeNumber)
    .option('--min-score <n>', 'fail (exit 1) when a reply scores below this (0-100)', score)
    .option('--fix', 'apply the safe fixes to the files (with --stdin: print the fixed text)')
    .option('--fix-dry-run', 'print what --fix would change, as a diff, and change nothing')
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colours in stylish output')
    .option('--no-progress', 'no progress line on stderr (shown for runs of over 20 files at a terminal, never in CI)')
    .option('--explain <rule>', 'print the documentation of a rule')
    .option('--list-rules', 'list the rules and what they ask')
    .option('--lsp', 'run the language server on stdin/stdout (for editors)')
    // Editor clients add --stdio to a server's command line; stdio is the only transport.
    .addOption(new Option('--stdio').hideHelp())
    .exitOverride()
    .configureOutput({writeOut: () => {}, writeErr: () => {}})
    .showSuggestionAfterError(true)
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  },
  isTTY: Boolean(process.stdout.isTTY),
  progress: {
    write: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    get columns() {
      return process.stderr.columns
    }
  }
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const command = program()
  let help = ''
  command.configureOutput({writeOut: (text) => (help += text), writeErr: () => {}})
  try {
    command.parse(argv, {from: 'user'})
  } catch (error) {
    const code = (error as {code?: string}).code
    if (code === 'commander.helpDisplayed' || code === 'commander.version') {
      io.stdout(help)
      return exitCodes.ok
    }
    io.stderr(`replylint: ${(error as Error).message.replace(/^error: /, '')}\n`)
    return exitCodes.failure
  }
  const options = command.opts<CliOptions>()
  const patterns = command.args

  try {
    if (options.explain) return await explain(options.explain, io)
    if (options.listRules) return listRules(io)
    if (options.init) return await init(patterns, io)
    if (options.printConfig !== undefined) {
      io.stdout(await printConfig(options, options.printConfig))
      return exitCodes.ok
    }
    if (options.lsp) {
      if (patterns.length > 0 || options.stdin) throw new UsageError('--lsp reads requests from stdin: give no files and no --stdin')
      // Loaded only here: plain linting does not pay for the language server's start-up.
      const {startStdioServer} = await import('./lsp/server.js')
      return await startStdioServer()
    }
    if (options.stdin && patterns.length > 0) throw new UsageError('give files or --stdin, not both')
    if (!options.stdin && patterns.length === 0) {
      throw new UsageError('no input: give reply files (replylint reply.txt) or --stdin. See replylint --help.')
    }

    if (options.fix && options.fixDryRun) throw new UsageError('give --fix or --fix-dry-run, not both')
    const optionsFor = await configure(options)
    const files: VFile[] = []
    let failed = false
    let diffs = ''
    let fixedStdin: string | Uint8Array | undefined

    if (options.stdin) {
      const bytes = await io.readStdin()
      let input: Input
      try {
        input = decode(options.stdinFilename ?? '<stdin>', bytes)
      } catch (error) {
        // --fix --stdin is a filter (an editor replaces the buffer with what it prints): input it cannot read goes through byte for byte, so nothing is lost; the reason and exit 2 tell it apart.
        if (options.fix && error instanceof InputError) io.stdout(bytes)
        throw error
      }
      const lintOptions = {...(await optionsFor(options.stdinFilename)), path: options.stdinFilename, ...(options.parser && {format: options.parser})}
      if (isEmpty(input.text)) {
        // As for an empty file; --fix still passes the text through.
        io.stderr(skippedAsEmpty(options.stdinFilename ?? '<stdin>'))
        if (options.fix) fixedStdin = encode(input.text, input)
      } else if (options.fix || options.fixDryRun) {
        const fixed = await fixText(input.text, lintOptions)
        if (options.fix) fixedStdin = encode(fixed.output, input)
        else diffs += (await import('./report/diff.js')).unifiedDiff(options.stdinFilename ?? 'stdin', input.text, fixed.output)
        files.push(fixed.file)
      } else files.push(await lint(input.text, lintOptions))
    } else {
      const isIgnored = options.ignore ? await loadIgnoreFile() : undefined
      const {paths, unusable, ignored} = await expand(patterns, isIgnored)
      for (const path of ignored) {
        io.stderr(`replylint: ${path}: skipped, ${ignoreFileName} lists it (use --no-ignore to lint it)\n`)
      }
      for (const {pattern, reason} of unusable) {
        io.stderr(`replylint: ${pattern}: ${reason}\n`)
        failed = true
      }
      const progress = startProgress(paths.length, (options.progress && io.progress) || {write: io.stderr, isTTY: false})
      // A config file that cannot be used is said once; the replies it covers are not linted, the others are.
      const unusableConfigs = new Set<string>()
      for (const path of paths) {
        try {
          const input = await readInput(path)
          if (isEmpty(input.text)) {
            progress.log(skippedAsEmpty(path))
            continue
          }
          const lintOptions = {...(await optionsFor(path)), path, ...(options.parser && {format: options.parser})}
          if (options.fix || options.fixDryRun) {
            const fixed = await fixText(input.text, lintOptions)
            if (fixed.output !== input.text) {
              // The diff library loads only for a dry run.
              if (options.fixDryRun) diffs += (await import('./report/diff.js')).unifiedDiff(path, input.text, fixed.output)
              // In the file's encoding, with the BOM read off it; line endings were never touched (fixes stay inside a line).
              else await writeFixed(path, encode(fixed.output, input))
            }
            files.push(fixed.file)
          } else files.push(await lint(input.text, lintOptions))
        } catch (error) {
          if (error instanceof ConfigError) {
            if (!unusableConfigs.has(error.message)) progress.log(`replylint: ${error.message} The replies it applies to are skipped.\n`)
            unusableConfigs.add(error.message)
            failed = true
            continue
          }
          if (!(error instanceof InputError)) {
            // The crash report must not land on the progress line.
            progress.end()
            throw error
          }
          progress.log(`replylint: ${error.message}\n`)
          failed = true
        } finally {
          progress.advance(path)
        }
      }
      progress.end()
    }

    // Scores come from every message, before --quiet hides the warnings.
    const lowScores = files.filter((file) => options.minScore !== undefined && (file.data.score ?? 100) < options.minScore)
    if (options.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.fatal)
    const output = await formatResults(files, options.format, {color: options.color !== false && io.isTTY && !options.output})
    if (fixedStdin !== undefined) {
      // The fixed text is the output; the report of what is left goes to stderr (or --output).
      io.stdout(fixedStdin)
      if (options.output) await writeReport(options.output, output)
      else io.stderr(output)
    } else {
      io.stdout(diffs)
      if (options.output) await writeReport(options.output, output)
      else io.stdout(output)
    }

    if (failed) return exitCodes.failure
    const errors = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal).length, 0)
    const warnings = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0)
    for (const file of lowScores) {
      io.stderr(`replylint: ${file.path || '<stdin>'} scores ${file.data.score}, below --min-score ${options.minScore}\n`)
    }
    if (errors > 0 || lowScores.length > 0) return exitCodes.problems
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr(`replylint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
      return exitCodes.problems
    }
    return exitCodes.ok
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`replylint: ${error.message}\n`)
      return exitCodes.failure
    }
    io.stderr(`replylint: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return exitCodes.failure
  }
}

/**
 * Write a file for `--fix` or `--output`; one it cannot write (no such
 * folder, a folder, a read-only disk) becomes the error `failure` makes of
 * the reason, one line instead of a crash.
 */
async function writeOrFail(path: string, text: string | Uint8Array, failure: (reason: string) => Error): Promise<void> {
  try {
    await writeFileAtomic(path, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reasons: Record<string, string> = {ENOENT: 'no such folder', EISDIR: 'is a folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system'}
    throw failure((code && reasons[code]) ?? code ?? (error as Error).message)
  }
}

/** `--fix`'s write: like a file it cannot read, a file it cannot write is one line, and is left as it was. */
const writeFixed = (path: string, text: string | Uint8Array) =>
  writeOrFail(path, text, (reason) => new InputError(path, `cannot write the fixed text (${reason}); the file is unchanged`))

/** `--output`: a report it cannot write stops the run (exit 2). */
const writeReport = (path: string, report: string) =>
  writeOrFail(path, report, (reason) => new UsageError(`--output ${path}: cannot write the report (${reason})`))

/** Nothing a rule could read (only white space): said so, rather than called a clean reply. */
function isEmpty(text: string): boolean {
  return text.trim() === ''
}

function skippedAsEmpty(name: string): string {
  return `replylint: ${name}: empty, nothing to lint (skipped)\n`
}

/** Files of a project that are JSON or YAML but never replies; a folder's expansion leaves them out. */
const projectFiles = ['**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/jsconfig.json', '**/composer.json', '**/pnpm-lock.yaml', '**/docker-compose*.yml']

/** A path's stats, or undefined where there is nothing to stat. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, {throwIfNoEntry: false})
  } catch {
    return undefined
  }
}

interface Expanded {
  paths: string[]
  /** What could not be linted, with the line to say about it. */
  unusable: Array<{pattern: string; reason: string}>
  ignored: string[]
}

/** Files for the arguments: a file as given, a folder's replies, a glob's matches. */
async function expand(patterns: string[], isIgnored?: IsIgnored): Promise<Expanded> {
  const ignored: string[] = []
  const paths: string[] = []
  const unusable: Expanded['unusable'] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path)
      paths.push(path)
    }
  }
  for (const pattern of patterns) {
    // Synchronously: a run over thousands of named files sat idle on one thread-pool round trip per stat.
    const info = statOrUndefined(pattern)
    if (info?.isFile()) {
      // Named on purpose but ignored: say so (ESLint does the same).
      if (isIgnored?.(pattern)) ignored.push(pattern)
      else add(pattern)
      continue
    }
    // A socket, a pipe or a device: reading it could block or never end.
    if (info && !info.isDirectory()) {
      unusable.push({pattern, reason: 'not a regular file (a socket, pipe or device)'})
      continue
    }
    const {glob, escapePath} = await import('tinyglobby')
    const found = info?.isDirectory()
      ? // A folder holds replies, not the project's own manifests (JSON and YAML are reply formats too).
        await glob(`${escapePath(pattern)}/**/*.{${formatExtensions.join(',')}}`, {ignore: ['**/node_modules/**', '**/.git/**', ...projectFiles]})
      : await glob(pattern, {ignore: ['**/node_modules/**', '**/.git/**']})
    if (found.length === 0) {
      unusable.push({
        pattern,
        reason: info
          ? `a folder with no replies in it (files ending .${formatExtensions.join(', .')})`
          : 'no such file, and no file matches it as a pattern'
      })
    }
    for (const path of found.sort()) if (!isIgnored?.(path)) add(path)
  }
  return {paths, unusable, ignored}
}

async function init(patterns: string[], io: CliIo): Promise<number> {
  if (patterns.length > 0) throw new UsageError('--init writes .replylintrc.yaml in the current folder: give no files')
  const file = await writeStarterConfig(process.cwd())
  io.stdout(`Wrote ${displayPath(file)}: edit it to fit your team's replies (see "Configuration" in the README).\n`)
  return exitCodes.ok
}

async function explain(id: string, io: CliIo): Promise<number> {
  if (!findRule(id)) throw new UsageError(`unknown rule "${id}". Valid rules: ${ruleIds.join(', ')}.`)
  io.stdout(await readFile(ruleDocPath(id), 'utf8'))
  return exitCodes.ok
}

function listRules(io: CliIo): number {
  const width = Math.max(...ruleIds.map((id) => id.length))
  for (const id of ruleIds) {
    const {meta, languages} = findRule(id)!
    io.stdout(`${id.padEnd(width)}  ${meta.severity.padEnd(5)}  ${meta.fixable ? 'fixable' : '       '}  ${languages.join(' ').padEnd(5)}  ${meta.description}\n`)
  }
  return exitCodes.ok
}
