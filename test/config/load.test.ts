/** Finding config files upward, reading JSON, YAML and package.json, and --config. */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ConfigFinder, loadConfigFile} from '../../src/config/load.js'
import {ConfigError} from '../../src/errors.js'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'replylint-config-'))
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function put(path: string, text: string) {
  await mkdir(join(root, path, '..'), {recursive: true})
  await writeFile(join(root, path), text)
}

async function failure(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('ConfigFinder', () => {
  it('finds the nearest config file above a reply, and only that one', async () => {
    await put('.replylintrc.yaml', 'channel: chat\ntemplate: true\n')
    await put('team/.replylintrc.json', '{"channel": "social"}')
    const finder = new ConfigFinder()
    expect(await finder.forFile(join(root, 'reply.txt'))).toEqual({file: join(root, '.replylintrc.yaml'), config: {channel: 'chat', template: true}})
    // No merging: the team's file says nothing about template, so template is not set for its replies.
    expect(await finder.forFile(join(root, 'team', 'deep', 'reply.txt'))).toEqual({
      file: join(root, 'team', '.replylintrc.json'),
      config: {channel: 'social'}
    })
  })

  it('reads .replylintrc.yml, .replylintrc (YAML or JSON) and package.json’s "replylint" key', async () => {
    await put('a/.replylintrc.yml', 'channel: chat')
    await put('b/.replylintrc', '{"channel": "social"}')
    await put('c/.replylintrc', 'template: true')
    await put('d/package.json', JSON.stringify({name: 'd', replylint: {allow: ['SLA']}}))
    const finder = new ConfigFinder()
    expect((await finder.forFile(join(root, 'a/x.txt')))?.config).toEqual({channel: 'chat'})
    expect((await finder.forFile(join(root, 'b/x.txt')))?.config).toEqual({channel: 'social'})
    expect((await finder.forFile(join(root, 'c/x.txt')))?.config).toEqual({template: true})
    expect((await finder.forFile(join(root, 'd/x.txt')))?.config).toEqual({allow: ['SLA']})
  })

  it('passes over a package.json without a "replylint" key', async () => {
    await put('.replylintrc.json', '{"channel": "chat"}')
    await put('app/package.json', JSON.stringify({name: 'app'}))
    expect((await new ConfigFinder().forFile(join(root, 'app/x.txt')))?.file).toBe(join(root, '.replylintrc.json'))
  })

  it('prefers .replylintrc.json, then .yaml, .yml, .replylintrc, package.json in one folder', async () => {
    await put('.replylintrc.yaml', 'channel: chat')
    await put('.replylintrc.json', '{"channel": "social"}')
    expect((await new ConfigFinder().forFile(join(root, 'x.txt')))?.file).toBe(join(root, '.replylintrc.json'))
  })

  it('counts an empty config file (or comments only) as the defaults', async () => {
    await put('.replylintrc.yaml', 'channel: chat')
    await put('quiet/.replylintrc.yaml', '# nothing yet\n')
    await put('empty/.replylintrc.json', '')
    const finder = new ConfigFinder()
    expect(await finder.forFile(join(root, 'quiet/x.txt'))).toEqual({file: join(root, 'quiet/.replylintrc.yaml'), config: {}})
    expect(await finder.forFile(join(root, 'empty/x.txt'))).toEqual({file: join(root, 'empty/.replylintrc.json'), config: {}})
  })

  it('reads JSON with comments and trailing commas', async () => {
    await put('.replylintrc.json', '{\n  // for the chat team\n  "channel": "chat",\n}\n')
    expect((await new ConfigFinder().forFile(join(root, 'x.txt')))?.config).toEqual({channel: 'chat'})
  })

  it('reads each folder once, and again after clear()', async () => {
    await put('.replylintrc.yaml', 'channel: chat')
    const finder = new ConfigFinder()
    const first = await finder.forFile(join(root, 'a.txt'))
    await put('.replylintrc.yaml', 'channel: social')
    expect(await finder.forFile(join(root, 'b.txt'))).toBe(first)
    finder.clear()
    expect((await finder.forFile(join(root, 'b.txt')))?.config).toEqual({channel: 'social'})
  })

  it('names the file, line and column of a syntax error', async () => {
    await put('j/.replylintrc.json', '{"channel": "chat"')
    await put('y/.replylintrc.yaml', 'rules:\n  jargon: [warn\n')
    const finder = new ConfigFinder()
    const json = await failure(finder.forFile(join(root, 'j/x.txt')))
    expect(json.message).toBe(`${join(root, 'j/.replylintrc.json')}:1:19: not valid JSON (CloseBraceExpected).`)
    expect(json.file).toBe(join(root, 'j/.replylintrc.json'))
    const yaml = await failure(finder.forFile(join(root, 'y/x.txt')))
    expect(yaml.message).toMatch(new RegExp(`^${join(root, 'y/.replylintrc.yaml').replaceAll('.', '\\.')}:3:1: not valid YAML \\(.+\\)\\.$`))
  })

  it('names a YAML alias without its anchor (found by the property test below)', async () => {
    await put('a/.replylintrc.yaml', 'rules:\n  <<: *shared\n')
    const error = await failure(new ConfigFinder().forFile(join(root, 'a/x.txt')))
    expect(error.message).toBe(
      `${join(root, 'a/.replylintrc.yaml')}: not valid YAML (Unresolved alias (the anchor must be set before the alias): shared).`
    )
  })

  it('refuses a YAML tag with no type and a document of aliases of aliases, each in one line', async () => {
    await put('t/.replylintrc.yaml', 'channel: !!js/function chat\n')
    const tag = await failure(new ConfigFinder().forFile(join(root, 't/x.txt')))
    expect(tag.message).toBe(`${join(root, 't/.replylintrc.yaml')}:1:10: not valid YAML (Unresolved tag: tag:yaml.org,2002:js/function).`)
    // Each level lists the one before ten times: a hundred million strings if it were expanded.
    const levels = Array.from({length: 8}, (_, level) => `l${level + 1}: &l${level + 1} [${Array(10).fill(`*l${level}`).join(', ')}]`)
    await put('b/.replylintrc.yaml', ['l0: &l0 x', ...levels].join('\n'))
    const bomb = await failure(new ConfigFinder().forFile(join(root, 'b/x.txt')))
    expect(bomb.message).toBe(`${join(root, 'b/.replylintrc.yaml')}: not valid YAML (Excessive alias count indicates a resource exhaustion attack).`)
  })

  it('names a config file that cannot be read instead of crashing', async () => {
    await mkdir(join(root, '.replylintrc'))
    const error = await failure(new ConfigFinder().forFile(join(root, 'x.txt')))
    expect(error.message).toBe(`${join(root, '.replylintrc')}: cannot be read as a config file (not a file).`)
    expect(error.file).toBe(join(root, '.replylintrc'))
  })

  it('names the "replylint" key of package.json in errors', async () => {
    await put('package.json', JSON.stringify({replylint: {chanel: 'chat'}}))
    expect((await failure(new ConfigFinder().forFile(join(root, 'x.txt')))).message).toBe(
      `${join(root, 'package.json')} ("replylint" key): unknown key "chanel". Did you mean "channel"? Valid keys: rules, channel, lang, template, jargon, allow, formats.`
    )
  })
})

describe('loadConfigFile (--config)', () => {
  it('reads any JSON or YAML file by its name', async () => {
    await put('configs/chat.yaml', 'channel: chat')
    await put('configs/social.json', '{"channel": "social"}')
    expect(await loadConfigFile(join(root, 'configs/chat.yaml'))).toEqual({file: join(root, 'configs/chat.yaml'), config: {channel: 'chat'}})
    expect((await loadConfigFile(join(root, 'configs/social.json'))).config).toEqual({channel: 'social'})
  })

  it('says so when the file is missing, of another kind, or a package.json without the key', async () => {
    expect((await failure(loadConfigFile(join(root, 'none.yaml')))).message).toBe(`--config ${join(root, 'none.yaml')}: no such file.`)
    await mkdir(join(root, 'folder.json'))
    expect((await failure(loadConfigFile(join(root, 'folder.json')))).message).toBe(`--config ${join(root, 'folder.json')}: not a file.`)
    await put('config.toml', 'channel = "chat"')
    expect((await failure(loadConfigFile(join(root, 'config.toml')))).message).toBe(
      `--config ${join(root, 'config.toml')}: replylint reads JSON or YAML config files (.json, .yaml, .yml, no extension), not ".toml".`
    )
    await put('package.json', '{"name": "x"}')
    expect((await failure(loadConfigFile(join(root, 'package.json')))).message).toBe(
      `--config ${join(root, 'package.json')}: package.json has no "replylint" key.`
    )
  })

  it('validates like a found config file', async () => {
    await put('c.json', '{"rules": {"brevity": ["warn", {"sentenceWords": -1}]}}')
    expect((await failure(loadConfigFile(join(root, 'c.json')))).message).toBe(
      `${join(root, 'c.json')}: option "rules.brevity.sentenceWords" must be a number of 0 or more, not -1.`
    )
  })
})

describe('a config file of any text', () => {
  /** YAML and JSON as a person half-writes it: keys, indents, flow collections, anchors, tags, comments, stray bytes. */
  const piece = fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom('rules:', 'channel: chat', '  jargon: error', '  - ', '{', '}', '[', ']', '"', "'", ': ', ',', '#', '\n', '\n  ', '\t', '&a', '*a', '!!str', '!!js/function', '<<: *a', '---', '...', '%YAML 1.2', '|', '>-', '\\u0000', '\uFEFF', 'null', '~', '1e999', '"brevity": ["warn", {"maxWords": 3}]')},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 8})}
  )
  const text = fc.array(piece, {maxLength: 16}).map((pieces) => pieces.join(''))

  it('is read, or refused with one ConfigError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('c.yaml', 'c.json', '.replylintrc'), async (content, name) => {
        await put(name, content)
        const result: Awaited<ReturnType<typeof loadConfigFile>> | Error = await loadConfigFile(join(root, name)).then(
          (loaded) => loaded,
          (error: unknown) => (error instanceof Error ? error : new Error(`not an Error: ${String(error)}`))
        )
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(ConfigError)
          expect(result.message).toContain(join(root, name))
          expect(result.message).not.toContain('\n    at ')
        } else expect(result.file).toBe(join(root, name))
      }),
      {numRuns: 600}
    )
  })
})
