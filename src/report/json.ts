/** JSON output: one object per file, plain data (no syntax trees), stable keys. */
import type {VFile} from 'vfile'
import type {LintMessage} from '../lint.js'

export interface JsonMessage {
  ruleId: string | null
  severity: 'error' | 'warning'
  message: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  actual: string | null
  expected: string[]
  fix: {start: number; end: number; text: string} | null
  url: string | null
}

export interface JsonFile {
  path: string
  /** 0–100; see src/score.ts. */
  score: number | null
  errorCount: number
  warningCount: number
  messages: JsonMessage[]
}

export function toJson(file: VFile): JsonFile {
  const messages = (file.messages as LintMessage[]).map(
    (message): JsonMessage => ({
      ruleId: message.ruleId ?? null,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
      line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
      column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? null),
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      actual: message.actual ?? null,
      expected: message.expected ?? [],
      fix: message.fix ?? null,
      url: message.url ?? null
    })
  )
  return {
    path: file.path || '<stdin>',
    score: file.data.score ?? null,
    errorCount: messages.filter((message) => message.severity === 'error').length,
    warningCount: messages.filter((message) => message.severity === 'warning').length,
    messages
  }
}

export function formatJson(files: readonly VFile[]): string {
  return JSON.stringify(files.map(toJson), null, 2) + '\n'
}
