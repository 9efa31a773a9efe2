/** Shared by the property tests: a message's place (and fix) lies inside the text it was reported on. */
import {expect} from 'vitest'
import type {LintMessage} from '../src/lint.js'

export function expectInside(text: string, message: LintMessage): void {
  const lines = text.split(/\r\n|\r|\n/)
  const place = message.place && 'start' in message.place ? message.place : undefined
  const points = place ? [place.start, place.end] : [{line: message.line!, column: message.column!}]
  for (const point of points) {
    expect(point.line).toBeGreaterThanOrEqual(1)
    expect(point.line).toBeLessThanOrEqual(lines.length)
    expect(point.column).toBeGreaterThanOrEqual(1)
    expect(point.column).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1)
  }
  if (message.fix) {
    expect(message.fix.start).toBeGreaterThanOrEqual(0)
    expect(message.fix.end).toBeLessThanOrEqual(text.length)
    expect(message.fix.start).toBeLessThanOrEqual(message.fix.end)
  }
}
