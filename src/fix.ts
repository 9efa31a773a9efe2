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
    if (fix.start < cursor || fix.end < fix.start || fix.end > source.length) {
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
