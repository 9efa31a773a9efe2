/**
 * `replylint --init`: a commented starter `.replylintrc.yaml` in the working
 * directory. Its rule list comes from the rules themselves, so it never
 * names a rule that does not exist or misses a new one.
 */
import {access, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {rules} from '../../rules/index.js'
import {ConfigError} from '../errors.js'
import {channels} from '../types.js'
import {configFileNames} from './load.js'

export const starterFileName = '.replylintrc.yaml'

/** The text of the starter config; every line that sets something is valid as it stands. */
export function starterConfig(): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length)) + 2
  const ruleLines = rules.map((rule) => {
    const {id, severity, channels: on, options, description} = rule.meta
    // Naming a rule with a severity turns it on everywhere; rules meant for some channels stay commented out.
    const setting = `${on ? '# ' : ''}${id}: ${severity}`.padEnd(width + 7)
    const optionNames = Object.keys(options ?? {})
    const notes = [description, on ? `On by default for ${on.join(', ')}.` : '', optionNames.length > 0 ? `Options: ${optionNames.join(', ')}.` : '']
    return `  ${setting} # ${notes.filter(Boolean).join(' ')}`
  })
  return `# replylint configuration (see "Configuration" in replylint's README).
# It applies to the replies in this folder and the folders below it; the
# nearest .replylintrc* above a reply wins. Command-line flags win over it.

# Where these replies are sent: ${channels.join(', ')}. Sets the length limits
# and whether a salutation and a closing are required.
channel: email

# Language of the replies: auto (per reply, by the share of Chinese
# characters), en or zh.
lang: auto

# true when these files are saved replies with placeholders ({{first_name}}).
template: false

# Each rule: off, warn, error, or [severity, {options}], for example
#   brevity: [warn, {sentenceWords: 20}]
# replylint --explain <rule> shows a rule's options.
rules:
${ruleLines.join('\n')}

# Your company's terms and how a customer would say them; the jargon rule
# suggests the plain words.
jargon:
  # RMA: return authorisation
  # SLA: the response time we promise

# Phrases no rule should flag, whatever the rule (case does not matter).
allow:
  # - order number

# Collections of saved replies in JSON or YAML: the key paths of the replies
# (in CSV: the names of the reply columns).
# formats:
#   keys:
#     - macros[].body
`
}

/** Write the starter config into `directory`; refuses when any config file is already there. */
export async function writeStarterConfig(directory: string): Promise<string> {
  for (const name of configFileNames) {
    if (name === 'package.json') continue
    const exists = await access(join(directory, name)).then(
      () => true,
      () => false
    )
    if (exists) {
      throw new ConfigError(
        name === starterFileName
          ? `${name} already exists here; replylint --init does not overwrite it.`
          : `${name} already exists here; a folder takes one config file, so edit that one instead.`
      )
    }
  }
  const file = join(directory, starterFileName)
  // "wx": fail rather than overwrite if the file appeared since the check.
  try {
    await writeFile(file, starterConfig(), {flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConfigError(`${starterFileName} already exists here; replylint --init does not overwrite it.`)
    }
    throw new ConfigError(`could not write ${starterFileName}: ${(error as Error).message}`)
  }
  return file
}
