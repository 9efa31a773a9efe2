/**
 * Every rule keeps the contract of the brief: a doc page with what it flags,
 * why (citing a seed document), incorrect and correct examples and its
 * options, and a RuleTester test file.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'

const root = join(import.meta.dirname, '..')

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const page = join(root, 'rules', `${id}.md`)
  const text = existsSync(page) ? readFileSync(page, 'utf8') : ''

  it('has a doc page that starts with its id', () => {
    expect(text.startsWith(`# ${id}\n`)).toBe(true)
  })

  it('cites the source documents', () => {
    expect(text).toMatch(/## Why/)
    expect(text).toMatch(/seed 00[0-4]/)
  })

  it('shows incorrect and correct examples', () => {
    expect(text).toMatch(/Incorrect:?\s*\n+```/)
    expect(text).toMatch(/\nCorrect:?\s*\n+```/)
  })

  it('documents every option', () => {
    expect(text).toMatch(/## Options/)
    for (const option of Object.keys(rule.meta.options ?? {})) expect(text).toContain(`\`${option}\``)
  })

  it('has RuleTester tests', () => {
    expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`))).toBe(true)
  })

  it('reads Chinese replies too: a Chinese check, Chinese tests and a 中文 section with examples', () => {
    expect(rule.languages).toEqual(['en', 'zh'])
    expect(existsSync(join(root, 'test', 'rules', `${id}.zh.test.ts`))).toBe(true)
    const chinese = text.slice(text.indexOf('\n## 中文'))
    expect(text).toContain('\n## 中文')
    expect(chinese).toMatch(/```text\n[^`]*\p{Script=Han}[^`]*```[\s\S]*```text\n[^`]*\p{Script=Han}[^`]*```/u)
  })

  it('has a one-line description', () => {
    expect(rule.meta.description).toMatch(/^[A-Z].+\.$/)
  })
})
