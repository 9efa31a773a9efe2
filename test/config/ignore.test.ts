/** .replylintignore: gitignore syntax, relative to the working directory. */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ignoreFilter, loadIgnoreFile} from '../../src/config/ignore.js'

describe('ignoreFilter', () => {
  const project = '/project'
  const isIgnored = ignoreFilter('# old drafts\ndrafts/old/\n*.bak.txt\n!keep.bak.txt\n/top.txt\n', project)

  it('ignores folders, globs and anchored paths, and takes negations', () => {
    expect(isIgnored('drafts/old/a.txt')).toBe(true)
    expect(isIgnored('drafts/new/a.txt')).toBe(false)
    expect(isIgnored('macros/reply.bak.txt')).toBe(true)
    expect(isIgnored('macros/keep.bak.txt')).toBe(false)
    expect(isIgnored('top.txt')).toBe(true)
    expect(isIgnored('macros/top.txt')).toBe(false)
  })

  it('takes absolute paths and ./ paths, and leaves paths outside the folder alone', () => {
    expect(isIgnored('/project/drafts/old/a.txt')).toBe(true)
    expect(isIgnored('./drafts/old/a.txt')).toBe(true)
    expect(isIgnored('/elsewhere/drafts/old/a.txt')).toBe(false)
    expect(isIgnored('../drafts/old/a.txt')).toBe(false)
  })
})

describe('loadIgnoreFile', () => {
  it('reads .replylintignore from the folder, and is undefined without one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'replylint-ignore-'))
    try {
      expect(await loadIgnoreFile(folder)).toBeUndefined()
      await writeFile(join(folder, '.replylintignore'), 'archive/\n')
      const isIgnored = await loadIgnoreFile(folder)
      expect(isIgnored?.(join(folder, 'archive', 'a.txt'))).toBe(true)
      expect(isIgnored?.(join(folder, 'a.txt'))).toBe(false)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
