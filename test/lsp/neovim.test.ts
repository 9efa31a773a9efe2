/**
 * End to end in a real editor: Neovim (headless) opens a draft, attaches
 * `replylint --lsp`, waits for diagnostics and applies the preferred quick
 * fix (test/lsp/neovim-check.lua). Neovim must be installed (.ci/run does);
 * without it this test fails rather than skips.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from './client.js'

const exec = promisify(execFile)

// Our own words; the emoji is 4 bytes in UTF-8 and 2 UTF-16 units, so Neovim's byte columns differ from LSP's.
const draft = [
  'Hi customer,',
  '',
  'Thanks for writing in. Your parcel 🚚 left our warehouse today and the SLA is two days.',
  '',
  'We will call you in order to confirm the address.',
  '',
  'Best regards,',
  'Sam',
  ''
].join('\n')

interface NvimDiagnostic {
  lnum: number
  col: number
  end_lnum: number
  end_col: number
  code: string
  severity: number
  source: string
  message: string
}

describe('Neovim', () => {
  let folder: string | undefined
  afterAll(async () => {
    if (folder) await rm(folder, {recursive: true, force: true})
  })

  it('shows replylint’s diagnostics at the right places and applies the preferred quick fix', async () => {
    folder = await mkdtemp(join(tmpdir(), 'replylint-nvim-'))
    await writeFile(join(folder, 'draft.txt'), draft)
    const out = join(folder, 'out')
    await exec('nvim', ['--headless', '--clean', '-n', 'draft.txt', '-c', `luafile ${join(root, 'test', 'lsp', 'neovim-check.lua')}`], {
      cwd: folder,
      timeout: 60_000,
      env: {...process.env, REPLYLINT_OUT: out, REPLYLINT_NODE: process.execPath, REPLYLINT_BIN: join(root, 'bin', 'replylint.js')}
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Error('nvim not found: install Neovim (apt-get install -y neovim), as .ci/run does')
      throw error
    })
    const lines = (await readFile(`${out}.diagnostics`, 'utf8')).trim().split('\n')
    expect(lines[0]).not.toMatch(/^TIMEOUT/)
    const diagnostics = lines.map((line) => JSON.parse(line) as NvimDiagnostic)

    // Byte columns: "SLA" is at UTF-16 column 71, byte column 73.
    expect(diagnostics).toContainEqual({
      lnum: 2,
      col: 73,
      end_lnum: 2,
      end_col: 76,
      code: 'jargon',
      severity: 2,
      source: 'replylint',
      message: '“SLA” is our word, not the customer’s: write “the response time we promise” (or explain the term).'
    })
    expect(diagnostics).toContainEqual(
      expect.objectContaining({lnum: 4, col: 17, end_lnum: 4, end_col: 28, code: 'brevity', message: '“in order to” is wordy: write “to”.'})
    )
    expect(diagnostics).toContainEqual(expect.objectContaining({lnum: 0, col: 0, end_col: 11, code: 'polite-forms'}))

    const fixed = (await readFile(`${out}.fixed`, 'utf8')).split('\n')
    expect(fixed[0]).toBe('Replace “in order to” with “to”')
    expect(fixed[5]).toBe('We will call you to confirm the address.')
    expect(fixed.slice(1, 4)).toEqual(draft.split('\n').slice(0, 3))
  }, 90_000)
})
