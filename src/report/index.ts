/** Output formats for lint results. */
import type {VFile} from 'vfile'
import {formatJson} from './json.js'

export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'unix'
export const reportFormats: readonly ReportFormat[] = ['stylish', 'json', 'sarif', 'github', 'unix']

export interface ReportOptions {
  color?: boolean
}

export async function formatResults(files: readonly VFile[], format: ReportFormat, options: ReportOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'sarif': {
      // Loaded only for CI runs that ask for it.
      const [{formatSarif}, {packageVersion}] = await Promise.all([import('./sarif.js'), import('../docs.js')])
      return formatSarif(files, packageVersion())
    }
    case 'github': {
      const {formatGithub} = await import('./github.js')
      return formatGithub(files)
    }
    case 'unix': {
      const {formatUnix} = await import('./unix.js')
      return formatUnix(files)
    }
    case 'stylish': {
      const {reporter} = await import('vfile-reporter')
      const text = reporter([...files], {color: options.color ?? false})
      const scores = files
        .filter((file) => file.data.score !== undefined)
        .map((file) => `${file.path || '<stdin>'}: score ${file.data.score}/100\n`)
        .join('')
      return (text === '' ? '' : text + '\n') + scores
    }
  }
}
