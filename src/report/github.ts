/**
 * GitHub Actions workflow commands: one `::warning` or `::error` line per
 * message, which GitHub shows as an annotation on the pull request.
 */
import type {VFile} from 'vfile'

/** Escaping of the message part (GitHub's toolkit: %, CR, LF). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping of a property value: the message part's, plus `:` and `,`. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatGithub(files: readonly VFile[]): string {
  let output = ''
  for (const file of files) {
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const properties = [
        `file=${escapeProperty(file.path || '<stdin>')}`,
        `line=${place?.start.line ?? message.line ?? 1}`,
        `col=${place?.start.column ?? message.column ?? 1}`,
        ...(place ? [`endLine=${place.end.line}`, `endColumn=${place.end.column}`] : []),
        `title=${escapeProperty(`replylint(${message.ruleId ?? 'replylint'})`)}`
      ]
      output += `::${message.fatal ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.reason)}\n`
    }
  }
  return output
}
