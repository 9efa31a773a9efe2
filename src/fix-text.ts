/**
 * `--fix` on one text: lint, apply the safe fixes, lint again, until nothing
 * changes (like ESLint, at most 10 passes: a fix may make room for another).
 * Pure: reading and writing files is the CLI's job.
 */
import type {VFile} from 'vfile'
import {applyFixes} from './fix.js'
import {lint, type LintMessage, type LintOptions} from './lint.js'

export interface FixedText {
  /** The text after all passes. */
  output: string
  /** Fixes applied over all passes. */
  applied: number
  /** The lint result of `output`: what is left to do by hand. */
  file: VFile
}

export const maxFixPasses = 10

export async function fixText(source: string, options: LintOptions): Promise<FixedText> {
  let text = source
  let applied = 0
  let file = await lint(text, options)
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const fixes = (file.messages as LintMessage[]).flatMap((message) => (message.fix ? [message.fix] : []))
    if (fixes.length === 0) break
    const result = applyFixes(text, fixes)
    if (result.output === text) break
    text = result.output
    applied += result.applied
    file = await lint(text, options)
  }
  return {output: text, applied, file}
}
