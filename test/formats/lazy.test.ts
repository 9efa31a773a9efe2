/**
 * Plain-text linting must stay fast: the parsers of the other formats load
 * only when a file of theirs is linted.
 */
import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const root = join(import.meta.dirname, '..', '..')
const hook = join(import.meta.dirname, 'lazy', 'record-imports.mjs')

async function loadedWhileLinting(format: string, text: string): Promise<string[]> {
  const script = `const {lint} = await import(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))}); await lint(${JSON.stringify(text)}, {format: ${JSON.stringify(format)}})`
  const {stderr} = await exec('node', ['--import', hook, '--input-type=module', '-e', script], {cwd: root})
  return stderr.split('\n').filter((line) => line.startsWith('loaded ')).map((line) => line.slice('loaded '.length))
}

const parsers = /mdast-util-from-markdown|micromark|hast-util-from-html|parse5|postal-mime|jsonc-parser|\/yaml\//

describe('format loading', () => {
  it('loads no parser to lint plain text', async () => {
    const loaded = await loadedWhileLinting('text', 'Hi Anna,\n\nWe refunded it today.\n')
    expect(loaded.some((url) => url.includes('/dist/src/lint.js'))).toBe(true)
    expect(loaded.filter((url) => parsers.test(url))).toEqual([])
  })

  it('loads the Markdown parser for Markdown only', async () => {
    const loaded = await loadedWhileLinting('markdown', '# Hi\n\nWe refunded it.\n')
    expect(loaded.some((url) => url.includes('mdast-util-from-markdown'))).toBe(true)
    expect(loaded.filter((url) => /hast-util-from-html|postal-mime|jsonc-parser|\/yaml\//.test(url))).toEqual([])
  })
})
