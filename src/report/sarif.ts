/**
 * SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning,
 * Azure DevOps, VS Code's SARIF viewer): one run, the rules from their
 * metadata, a result per message with its region and its fix.
 */
import {relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {LintMessage} from '../lint.js'
import {rules} from '../../rules/index.js'
import {ruleDocUrl} from '../docs.js'

const schema = 'https://json.schemastore.org/sarif-2.1.0.json'

function uriOf(path: string): string {
  const local = relative(process.cwd(), path)
  // Relative to the working folder (the repository in CI) where possible, like other linters.
  return local.startsWith('..') || local === '' ? pathToFileURL(path).href : local.split('\\').join('/')
}

export function toSarif(files: readonly VFile[], version: string) {
  const results = files.flatMap((file) =>
    (file.messages as LintMessage[]).map((message) => {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const region = {
        startLine: place?.start.line ?? message.line ?? 1,
        startColumn: place?.start.column ?? message.column ?? 1,
        ...(place && {endLine: place.end.line, endColumn: place.end.column})
      }
      const artifactLocation = {uri: uriOf(file.path || 'stdin')}
      return {
        ruleId: message.ruleId ?? 'replylint',
        ...(message.ruleId && rules.some((rule) => rule.meta.id === message.ruleId) && {ruleIndex: rules.findIndex((rule) => rule.meta.id === message.ruleId)}),
        level: message.fatal ? 'error' : 'warning',
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, region}}],
        ...(file.data.score !== undefined && {properties: {score: file.data.score}}),
        ...(message.fix && message.expected?.[0] !== undefined && {
          fixes: [
            {
              description: {text: `Replace with “${message.fix.text}”`},
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [{deletedRegion: {charOffset: message.fix.start, charLength: message.fix.end - message.fix.start}, insertedContent: {text: message.fix.text}}]
                }
              ]
            }
          ]
        })
      }
    })
  )
  return {
    $schema: schema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version,
            informationUri: 'https://www.npmjs.com/package/replylint',
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: {text: rule.meta.description},
              helpUri: ruleDocUrl(rule.meta.id),
              defaultConfiguration: {level: rule.meta.severity === 'error' ? 'error' : 'warning'},
              properties: {fixable: rule.meta.fixable, critical: rule.meta.critical === true}
            }))
          }
        },
        results
      }
    ]
  }
}

export function formatSarif(files: readonly VFile[], version: string): string {
  return JSON.stringify(toSarif(files, version), null, 2) + '\n'
}
