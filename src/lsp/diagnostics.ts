/**
 * replylint messages as LSP diagnostics. Ranges come from the messages'
 * offsets through the editor's own TextDocument, so they are 0-based and in
 * UTF-16 code units as LSP wants, whatever the line endings (vfile columns
 * are 1-based UTF-16 units too, but offsets leave no room for an off-by-one).
 */
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {LintMessage} from '../lint.js'

export const source = 'replylint'

/** Offsets of a message in the linted text; `[0, 0]` when it has no place. */
export function messageOffsets(message: LintMessage): {start: number; end: number} {
  const place = message.place
  if (!place) return {start: 0, end: 0}
  if ('start' in place) {
    const start = place.start.offset ?? 0
    return {start, end: place.end.offset ?? start}
  }
  const start = place.offset ?? 0
  return {start, end: start}
}

export function messageRange(message: LintMessage, document: TextDocument): Range {
  const {start, end} = messageOffsets(message)
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

/** `fatal: true` is an error, `false` a warning, unset an info (vfile's convention). */
function severityOf(message: LintMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

export function toDiagnostic(message: LintMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message, document),
    severity: severityOf(message),
    source,
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** A diagnostic about replylint itself (config, size limit, crash) at the top of a document or at `range`. */
export function noticeDiagnostic(
  text: string,
  code: string,
  severity: DiagnosticSeverity,
  range: Range = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
): Diagnostic {
  return {range, severity, source, code, message: text}
}
