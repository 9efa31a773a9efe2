/** Finding config files upward, reading JSON, YAML and package.json, and --config. */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
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
