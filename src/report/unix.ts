/**
 * One line per message, `path:line:column: message [Severity/rule-id]`, as
 * ESLint's and compilers' "unix" format: what Vim's quickfix list (with its
 * default `errorformat`), Emacs' compilation mode and a CI log scanner
 * read. A last line counts the problems.
 */
import type {VFile} from 'vfile'

export function formatUnix(files: readonly VFile[]): string {
  let output = ''
  let total = 0
  for (const file of files) {
    for (const message of file.messages) {
      total++
      // One message, one line: a reason never breaks it.
      const reason = message.reason.replace(/\s*[\r\n]+\s*/g, ' ')
      output += `${file.path || '<stdin>'}:${message.line ?? 1}:${message.column ?? 1}: ${reason} [${message.fatal ? 'Error' : 'Warning'}/${message.ruleId ?? 'replylint'}]\n`
    }
  }
  return total === 0 ? '' : `${output}\n${total} problem${total === 1 ? '' : 's'}\n`
}
