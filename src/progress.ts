/**
 * A one-line progress indicator on stderr for long runs (`12/240 files`),
 * so a person at a terminal sees the run is alive. Shown only when a person
 * can see it: more than `minFiles` files, stderr is a terminal, and not in
 * CI (a CI log keeps every `\r` redraw as noise). The report itself goes to
 * stdout after the run; the line is erased before anything else is written.
 */

export interface ProgressStream {
  write: (text: string) => void
  isTTY: boolean
  /** Terminal width in columns, when known. */
  columns?: number
}

export interface ProgressOptions {
  /** Show the indicator only for runs of more files than this. */
  minFiles?: number
  /** The environment, to tell CI runs and dumb terminals apart. */
  env?: NodeJS.ProcessEnv
  /** Milliseconds between redraws; redrawing every file would flood a slow terminal. */
  interval?: number
  /** Clock, for tests. */
  now?: () => number
}

export interface Progress {
  /** One more file done; `path` is the file done. */
  advance: (path?: string) => void
  /** Write `text` (a warning) without it landing on the indicator's line. */
  log: (text: string) => void
  /** Erase the indicator; call before the report is printed. */
  end: () => void
}

export const defaultMinFiles = 20

/**
 * Variables CI services set (the same list as the `ci-info` package's
 * common ones); `CI=false` or `CI=0` is someone saying they are not in CI.
 */
const ciVariables = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'BUILD_NUMBER',
  'RUN_ID',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'CIRCLECI',
  'TRAVIS',
  'JENKINS_URL',
  'TEAMCITY_VERSION',
  'TF_BUILD',
  'BITBUCKET_BUILD_NUMBER',
  'CODEBUILD_BUILD_ID',
  'DRONE'
]

export function isCi(env: NodeJS.ProcessEnv): boolean {
  return ciVariables.some((name) => {
    const value = env[name]
    return value !== undefined && value !== '' && value !== 'false' && value !== '0'
  })
}

/** Whether a run of `total` files gets an indicator on `stream`. */
export function showsProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): boolean {
  const env = options.env ?? process.env
  // A dumb terminal cannot erase a line, so the redraws would pile up.
  return total > (options.minFiles ?? defaultMinFiles) && stream.isTTY && !isCi(env) && env.TERM !== 'dumb'
}

const silent: Progress = {advance() {}, log() {}, end() {}}

export function startProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (!showsProgress(total, stream, options)) return {...silent, log: (text) => stream.write(text)}
  const now = options.now ?? Date.now
  const interval = options.interval ?? 100
  let done = 0
  let shown = false
  let lastDraw = -Infinity
  let ended = false

  const erase = () => {
    // Carriage return, then erase to the end of the line (ECMA-48 EL).
    if (shown) stream.write('\r\u001B[K')
    shown = false
  }
  const draw = (path?: string) => {
    let line = `replylint: ${done}/${total} files`
    if (path) line += ` ${path}`
    // Never wrap: a wrapped line cannot be erased with one carriage return. (A terminal
    // of unknown size reports 0 columns.)
    const width = (stream.columns || 80) - 1
    if (line.length > width) line = line.slice(0, Math.max(0, width - 1)) + '…'
    stream.write(`\r\u001B[K${line}`)
    shown = true
    lastDraw = now()
  }

  draw()
  return {
    advance(path) {
      done++
      if (!ended && now() - lastDraw >= interval) draw(path)
    },
    log(text) {
      const wasShown = shown
      erase()
      stream.write(text)
      if (wasShown && !ended) draw()
    },
    end() {
      ended = true
      erase()
    }
  }
}
