/** Configuration end to end: the built CLI in temporary project folders. */
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ruleIds} from '../../src/resolve-rules.js'

const exec = promisify(execFile)
const bin = join(import.meta.dirname, '..', '..', 'bin', 'replylint.js')

let project: string

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'replylint-project-'))
})
afterEach(async () => {
  await rm(project, {recursive: true, force: true})
})

async function put(path: string, text: string) {
  await mkdir(join(project, path, '..'), {recursive: true})
  await writeFile(join(project, path), text)
}

async function replylint(args: string[], input?: string) {
  const child = exec('node', [bin, ...args], {cwd: project})
  if (input !== undefined) child.child.stdin!.end(input)
  try {
    const {stdout, stderr} = await child
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

/** Rule ids reported per file, from --format json. */
async function ruleIdsOf(args: string[], input?: string): Promise<Record<string, string[]>> {
  const result = await replylint(['--format', 'json', ...args], input)
  expect(result.stderr).toBe('')
  const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; severity: string}>}>
  return Object.fromEntries(files.map((file) => [file.path, file.messages.map((message) => `${message.ruleId}:${message.severity}`)]))
}

// Fine for chat; for e-mail it lacks a salutation and a closing.
const chatReply = 'Your parcel ships today. Could you check the tracking link tomorrow?\n'

describe('config files from the command line', () => {
  it('applies the nearest config file to each reply', async () => {
    await put('chat/.replylintrc.yaml', 'channel: chat\n')
    await put('chat/reply.txt', chatReply)
    await put('email/reply.txt', chatReply)
    expect(await ruleIdsOf(['chat/reply.txt', 'email/reply.txt'])).toEqual({
      'chat/reply.txt': [],
      'email/reply.txt': ['polite-forms:warning', 'polite-forms:warning']
    })
  })

  it('lets --channel and --rule win over the config file', async () => {
    await put('.replylintrc.json', '{"channel": "chat", "rules": {"positive-framing": "error"}}')
    await put('reply.txt', "We can't ship to Norway.\n")
    expect(await ruleIdsOf(['reply.txt'])).toEqual({'reply.txt': ['positive-framing:error']})
    expect(await ruleIdsOf(['--rule', 'positive-framing:warn', 'reply.txt'])).toEqual({'reply.txt': ['positive-framing:warning']})
    expect(await ruleIdsOf(['--rule', 'positive-framing:off', 'reply.txt'])).toEqual({'reply.txt': []})
    expect((await ruleIdsOf(['--channel', 'email', 'reply.txt']))['reply.txt']).toContain('polite-forms:warning')
  })

  it('prints the config file and the options a reply gets with --print-config', async () => {
    await put('team/.replylintrc.yaml', 'channel: chat\njargon:\n  dispatch queue: the list of parcels we send next\n')
    const result = await replylint(['--print-config', 'team/reply.txt', '--rule', 'jargon:error', '--template'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      configFile: join('team', '.replylintrc.yaml'),
      channel: 'chat',
      template: true,
      rules: {jargon: ['error', {terms: {'dispatch queue': 'the list of parcels we send next'}}]}
    })
    expect(JSON.parse((await replylint(['--print-config', 'other.txt'])).stdout)).toEqual({configFile: null, channel: 'email', template: false})
  })

  it('exits 1 on an error-level rule a config file sets', async () => {
    await put('.replylintrc.yaml', 'channel: chat\nrules:\n  positive-framing: error\n')
    await put('reply.txt', "We can't ship to Norway.\n")
    expect((await replylint(['reply.txt'])).code).toBe(1)
  })

  it('lets --no-template win over template: true', async () => {
    await put('.replylintrc.yaml', 'channel: chat\ntemplate: true\n')
    await put('reply.txt', chatReply)
    const configured = await replylint(['--format', 'json', 'reply.txt'])
    const flagged = await replylint(['--format', 'json', '--no-template', 'reply.txt'])
    expect([configured.code, flagged.code]).toEqual([0, 0])
  })

  it('uses --config for every reply, wherever it is', async () => {
    await put('chat.yaml', 'channel: chat\n')
    await put('a/.replylintrc.yaml', 'channel: email\n')
    await put('a/reply.txt', chatReply)
    await put('b/reply.txt', chatReply)
    expect(await ruleIdsOf(['--config', 'chat.yaml', 'a/reply.txt', 'b/reply.txt'])).toEqual({'a/reply.txt': [], 'b/reply.txt': []})
  })

  it('configures --stdin from the folder of --stdin-filename', async () => {
    await put('chat/.replylintrc.yaml', 'channel: chat\n')
    expect(await ruleIdsOf(['--stdin', '--stdin-filename', 'chat/draft.txt'], chatReply)).toEqual({'chat/draft.txt': []})
    expect(await ruleIdsOf(['--stdin', '--stdin-filename', 'draft.txt'], chatReply)).toEqual({
      'draft.txt': ['polite-forms:warning', 'polite-forms:warning']
    })
  })

  it('exits 2 with one line naming the file, the key and the choices', async () => {
    await put('.replylintrc.yaml', 'rules:\n  jargn: error\n')
    await put('reply.txt', chatReply)
    expect(await replylint(['reply.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `replylint: .replylintrc.yaml: unknown rule "jargn" in "rules". Valid rules: ${ruleIds.join(', ')}. The replies it applies to are skipped.\n`
    })
  })

  it('skips the replies of a config file it cannot use, says so once, and lints the others', async () => {
    await put('broken/.replylintrc.yaml', 'rules: [\n')
    await put('broken/one.txt', chatReply)
    await put('broken/two.txt', chatReply)
    await put('fine/.replylintrc.json', '{"channel": "chat"}')
    await put('fine/reply.txt', chatReply)
    const result = await replylint(['--format', 'json', 'broken/one.txt', 'fine/reply.txt', 'broken/two.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^replylint: broken\/\.replylintrc\.yaml:2:1: not valid YAML \(.+\)\. The replies it applies to are skipped\.\n$/)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['fine/reply.txt'])
  })

  it('exits 2 on a bad --rule or a missing --config', async () => {
    await put('reply.txt', chatReply)
    expect(await replylint(['--rule', 'jargon=error', 'reply.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'replylint: --rule "jargon=error": write id:severity, e.g. --rule jargon:error (severity: off, warn, error).\n'
    })
    expect(await replylint(['--config', 'none.json', 'reply.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'replylint: --config none.json: no such file.\n'
    })
  })
})

describe('inline directives from the command line', () => {
  it('turns rules off where a template says, and warns about an unknown rule id', async () => {
    await put(
      'macro.txt',
      "{# replylint-disable-next-line positive-framing -- legal's wording #}\nWe can't ship to Norway.\nWe can't ship to Peru. {{! replylint-disable-line positve-framing }}\n"
    )
    const result = await replylint(['--channel', 'chat', 'macro.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^3:1-3:9 +warning +Say what you can do instead of “We can't”.* positive-framing +replylint$/m)
    expect(result.stdout).toMatch(/^3:24-3:69 +warning +Unknown rule “positve-framing” in replylint-disable-line: .* replylint\/directive +replylint$/m)
    expect(result.stdout).not.toMatch(/^2:/m)
    expect(result.stdout).toContain('macro.txt: score 95/100')
  })
})

describe('format settings and directives in collections', () => {
  it('finds the replies of a JSON or YAML collection at the config’s key paths, and reads # directives in YAML', async () => {
    await put('.replylintrc.yaml', 'channel: chat\nformats:\n  keys:\n    - macros[].answer\n')
    await put('macros.json', JSON.stringify({macros: [{title: 'Norway', answer: "We can't ship to Norway."}]}, null, 2))
    await put(
      'macros.yaml',
      "macros:\n  # replylint-disable-next-line positive-framing -- legal's wording\n  - answer: We can't ship to Norway.\n  - answer: We can't ship to Peru.\n"
    )
    const result = await replylint(['--format', 'json', 'macros.json', 'macros.yaml'])
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
      ['macros.json', ['5:18 positive-framing']],
      ['macros.yaml', ['4:13 positive-framing']]
    ])
    // Without the key path neither file has a reply replylint knows to read.
    await put('.replylintrc.yaml', 'channel: chat\n')
    expect(await ruleIdsOf(['macros.json', 'macros.yaml'])).toEqual({'macros.json': [], 'macros.yaml': []})
  })
})

describe('.replylintignore', () => {
  it('leaves listed files out of folders and globs, and skips a named one with a warning', async () => {
    await put('.replylintignore', '# drafts nobody sends\nreplies/old/\n')
    await put('replies/new.txt', chatReply)
    await put('replies/old/legacy.txt', chatReply)
    expect(Object.keys(await ruleIdsOf(['replies']))).toEqual(['replies/new.txt'])
    expect(Object.keys(await ruleIdsOf(['replies/**/*.txt']))).toEqual(['replies/new.txt'])
    expect(await replylint(['replies/old/legacy.txt'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'replylint: replies/old/legacy.txt: skipped, .replylintignore lists it (use --no-ignore to lint it)\n'
    })
    expect(Object.keys(await ruleIdsOf(['--no-ignore', 'replies']))).toEqual(['replies/new.txt', 'replies/old/legacy.txt'])
  })
})

describe('replylint --init', () => {
  it('writes a commented starter that works as it stands', async () => {
    const result = await replylint(['--init'])
    expect(result).toEqual({
      code: 0,
      stdout: 'Wrote .replylintrc.yaml: edit it to fit your team\'s replies (see "Configuration" in the README).\n',
      stderr: ''
    })
    const text = await readFile(join(project, '.replylintrc.yaml'), 'utf8')
    for (const id of ruleIds) expect(text).toMatch(new RegExp(`^  (# )?${id}: (warn|error)`, 'm'))
    await put('reply.txt', chatReply)
    expect(await ruleIdsOf(['reply.txt'])).toEqual({'reply.txt': ['polite-forms:warning', 'polite-forms:warning']})
  })

  it('gives examples that are valid when uncommented', async () => {
    await replylint(['--init'])
    const text = await readFile(join(project, '.replylintrc.yaml'), 'utf8')
    // The example in the header replaces its rule's line; entries commented out under a key are uncommented.
    const example = /^# {3}((\S+): \[.*\])$/m.exec(text)
    expect(example).not.toBeNull()
    const uncommented = text
      .replace(new RegExp(`^  ${example![2]}: .*$`, 'm'), `  ${example![1]}`)
      .replace(/^ {2}# (\S.*)$/gm, '  $1')
    expect(uncommented).not.toBe(text)
    await writeFile(join(project, '.replylintrc.yaml'), uncommented)
    await put('reply.txt', chatReply)
    expect(await replylint(['reply.txt'])).toMatchObject({code: 0, stderr: ''})
  })

  it('refuses to overwrite a config file, with exit 2 and one line', async () => {
    await put('.replylintrc.yaml', 'channel: chat\n')
    expect(await replylint(['--init'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'replylint: .replylintrc.yaml already exists here; replylint --init does not overwrite it.\n'
    })
    expect(await readFile(join(project, '.replylintrc.yaml'), 'utf8')).toBe('channel: chat\n')
    await rm(join(project, '.replylintrc.yaml'))
    await put('.replylintrc.json', '{}')
    expect(await replylint(['--init'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'replylint: .replylintrc.json already exists here; a folder takes one config file, so edit that one instead.\n'
    })
  })
})

describe('the example config', () => {
  it('lints examples/support-team with its glossary, allow list, key paths and directives', async () => {
    const repo = join(import.meta.dirname, '..', '..')
    const {stdout} = await exec('node', [bin, '--format', 'json', 'examples/support-team'], {cwd: repo})
    const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; actual: string; expected: string[]}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.actual, message.expected])])).toEqual([
      ['examples/support-team/late-parcel.txt', [['jargon', 'dispatch queue', ['the list of parcels we are about to send']]]],
      ['examples/support-team/macros.yaml', []]
    ])
  })
})
