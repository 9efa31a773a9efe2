/**
 * Apply fixes to a text. Like ESLint, fixes that overlap one applied before
 * are left for a later pass; a fix never touches text outside its range.
 */
import type {Fix} from './types.js'

export interface FixResult {
  output: string
  applied: number
  skipped: number
}

export function applyFixes(source: string, fixes: readonly Fix[]): FixResult {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)
  let output = ''
  let cursor = 0
  let applied = 0
  let skipped = 0
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > source.length || joinsLineBreaks(source, fix, cursor, output)) {
      skipped++
      continue
    }
    output += source.slice(cursor, fix.start) + fix.text
    cursor = fix.end
    applied++
  }
  output += source.slice(cursor)
  return {output, applied, skipped}
}

/**
 * Whether applying `fix` would put a CR and an LF it separates side by side:
 * in a file of mixed line endings, deleting all of a line between an old
 * Mac CR and an LF would make them one CRLF, two lines one.
 */
function joinsLineBreaks(source: string, fix: Fix, cursor: number, output: string): boolean {
  if (fix.text !== '' || source.charCodeAt(fix.end) !== 10) return false
  const before = fix.start > cursor || output === '' ? source.charCodeAt(fix.start - 1) : output.charCodeAt(output.length - 1)
  return before === 13
}
