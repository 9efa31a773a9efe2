/**
 * Quick fixes for the messages under the cursor: apply the rule's first
 * suggestion (preferred when the rule marks it safe, as `--fix` would apply
 * it), or silence the rule for that line with a control comment. And one
 * source action that applies every safe fix, as `--fix` does (editors run
 * it on save when asked, e.g. VS Code's `editor.codeActionsOnSave`).
 *
 * In a collection of replies (JSON, YAML, CSV) an edit lands inside a
 * quoted string, a YAML scalar or a CSV field, so only edits that keep the
 * syntax whatever the quoting are offered (src/formats/collection-syntax.ts),
 * and no control comment: JSON and CSV have none, and a `#` line inside a
 * YAML block scalar would be part of the reply.
 */
import {CodeActionKind, type CodeAction, type Range} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {directiveRuleId} from '../directives.js'
import {keepsCollectionSyntax} from '../formats/collection-syntax.js'
import type {LintMessage} from '../lint.js'
import {messageOffsets, toDiagnostic} from './diagnostics.js'
import type {ReplyDocument} from './languages.js'

/** Applies every safe fix of a document. */
export const fixAllKind = 'source.fixAll.replylint'

/** Whether an action of `kind` is asked for: kinds are hierarchical (`source` asks for `source.fixAll.replylint`). */
export function wanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only) return true
  return only.some((asked) => asked === '' || kind === asked || kind.startsWith(asked + '.'))
}

/** The control comment that turns a rule off for the next line (src/directives.ts reads it). */
export function disableComment(ruleId: string): string {
  return `<!-- replylint-disable-next-line ${ruleId} -->`
}

/** Whether the messages's range and `[from, to]` touch (a cursor at either end counts). */
function touches(message: LintMessage, from: number, to: number): boolean {
  const {start, end} = messageOffsets(message)
  return start <= to && from <= end
}

export function codeActions(document: TextDocument, messages: readonly LintMessage[], range: Range, reply: Pick<ReplyDocument, 'collection'>): CodeAction[] {
  const from = document.offsetAt(range.start)
  const to = document.offsetAt(range.end)
  const found = messages.filter((message) => touches(message, from, to))
  const fixes: CodeAction[] = []
  const disables: CodeAction[] = []
  const disabled = new Set<string>()

  for (const message of found) {
    const diagnostic = toDiagnostic(message, document)
    const replacement = message.expected?.[0] ?? (message.expected ? '' : undefined)
    if (replacement !== undefined) {
      // The fix's range is the one `--fix` trusts; otherwise the message's own.
      const {start, end} = message.fix ?? messageOffsets(message)
      const actual = document.getText().slice(start, end)
      // lint() offers a fix in a collection only where it keeps the syntax; a suggestion has to pass the same test.
      if (reply.collection && !message.fix && !keepsCollectionSyntax(document.getText(), start, end, replacement)) continue
      fixes.push({
        title: replacement === '' ? `Delete “${actual}”` : `Replace “${actual}” with “${replacement}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: message.fix !== undefined,
        edit: {
          changes: {
            [document.uri]: [
              {range: {start: document.positionAt(start), end: document.positionAt(end)}, newText: message.fix?.text ?? replacement}
            ]
          }
        }
      })
    }

    const ruleId = message.ruleId
    const line = diagnostic.range.start.line
    // A broken directive is fixed by editing it, not silenced by another one.
    if (!reply.collection && ruleId && ruleId !== directiveRuleId && !disabled.has(`${ruleId}:${line}`)) {
      disabled.add(`${ruleId}:${line}`)
      disables.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [disableEdit(document, line, ruleId)]}}
      })
    }
  }
  return [...fixes, ...disables]
}

/** A line holding only a disable-next-line comment that names rules (and gives no reason). */
const disableLinePattern = /^([ \t]*<!--\s*replylint-disable-next-line\s+)([a-z0-9/-]+(?:\s*,\s*[a-z0-9/-]+)*)(\s*-->[ \t]*)\r?$/

/**
 * Insert the control comment above `line`, indented like it, with the
 * document's own line ending; or, when the line above already silences other
 * rules for this line, add the rule to it.
 */
function disableEdit(document: TextDocument, line: number, ruleId: string) {
  const text = document.getText()
  if (line > 0) {
    const start = document.offsetAt({line: line - 1, character: 0})
    const end = document.offsetAt({line, character: 0})
    const above = disableLinePattern.exec(text.slice(start, end).replace(/\n$/, ''))
    if (above) {
      const at = {line: line - 1, character: above[1]!.length + above[2]!.length}
      return {range: {start: at, end: at}, newText: `, ${ruleId}`}
    }
  }
  const lineStart = document.offsetAt({line, character: 0})
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? ''
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const position = {line, character: 0}
  return {range: {start: position, end: position}, newText: `${indent}${disableComment(ruleId)}${eol}`}
}

/** All safe fixes at once. As with `--fix`, a fix that overlaps one before it waits for the next run. */
export function fixAllAction(document: TextDocument, messages: readonly LintMessage[]): CodeAction | undefined {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.start - b.start || a.end - b.end)
  const edits = []
  let cursor = 0
  for (const fix of fixes) {
    if (fix.start < cursor) continue
    edits.push({range: {start: document.positionAt(fix.start), end: document.positionAt(fix.end)}, newText: fix.text})
    cursor = fix.end
  }
  if (edits.length === 0) return undefined
  return {
    title: edits.length === 1 ? 'Fix the safe replylint problem' : `Fix all ${edits.length} safe replylint problems`,
    kind: fixAllKind,
    edit: {changes: {[document.uri]: edits}}
  }
}
