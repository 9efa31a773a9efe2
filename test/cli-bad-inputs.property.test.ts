/**
 * A run over a project with every kind of bad input at once: each bad file
 * and each unusable config file is one line on stderr, every other reply is
 * linted and in the report, and the exit code is 2 exactly when something
 * could not be linted (README, "Exit codes").
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli.js'

type Kind = 'reply' | 'empty' | 'binary' | 'latin1' | 'badJson'
type Config = 'none' | 'good' | 'broken'

const contents: Record<Kind, Uint8Array | string> = {
  reply: 'Your parcel ships today. Could you check the tracking link tomorrow?\n',
  empty: ' \n',
  binary: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
  latin1: Uint8Array.from(Buffer.from('Caf\xe9 au lait, we ship today.\n', 'latin1')),
  badJson: '{"body": "We ship today.'
}

const folder = fc.record({
  config: fc.constantFrom<Config>('none', 'good', 'broken'),
  files: fc.array(fc.constantFrom<Kind>('reply', 'empty', 'binary', 'latin1', 'badJson'), {minLength: 1, maxLength: 4})
})

describe('a run with every kind of bad input', () => {
  it('reports each bad input in one line, lints every other reply, and exits 2 when something was not linted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(folder, {minLength: 1, maxLength: 3}), fc.boolean(), async (folders, missing) => {
        const project = await mkdtemp(join(tmpdir(), 'replylint-bad-'))
        try {
          const paths: string[] = []
          const linted: string[] = []
          let lines = 0
          for (const [index, {config, files}] of folders.entries()) {
            const dir = join(project, `team-${index}`)
            await mkdir(dir)
            if (config === 'good') await writeFile(join(dir, '.replylintrc.json'), '{"channel": "chat"}')
            if (config === 'broken') await writeFile(join(dir, '.replylintrc.yaml'), 'rules: [\n')
            let configSaid = false
            for (const [number, kind] of files.entries()) {
              const path = join(dir, `${number}-${kind}${kind === 'badJson' ? '.json' : '.txt'}`)
              await writeFile(path, contents[kind])
              paths.push(path)
              // Read first (binary, encoding, empty), then configured, then parsed in its format.
              if (kind === 'binary' || kind === 'latin1' || kind === 'empty') lines++
              else if (config === 'broken') {
                if (!configSaid) lines++
                configSaid = true
              } else if (kind === 'badJson') lines++
              else linted.push(path)
            }
          }
          if (missing) paths.push(join(project, 'missing.txt'))
          let stdout = ''
          let stderr = ''
          const code = await run([...paths, '--format', 'json', '--no-progress', '--channel', 'chat'], {
            stdout: (text) => (stdout += text),
            stderr: (text) => (stderr += text),
            readStdin: async () => new Uint8Array(),
            isTTY: false
          })
          const said = stderr.split('\n').filter(Boolean)
          expect(said).toHaveLength(lines + (missing ? 1 : 0))
          for (const line of said) expect(line).toMatch(/^replylint: \S/)
          const reported = (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)
          expect(reported.sort()).toEqual(linted.sort())
          const notLinted = said.some((line) => !line.endsWith('empty, nothing to lint (skipped)'))
          expect(code).toBe(notLinted ? 2 : 0)
        } finally {
          await rm(project, {recursive: true, force: true})
        }
      }),
      {numRuns: 40}
    )
  }, 120_000)
})
