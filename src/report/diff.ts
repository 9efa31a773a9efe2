/** `--fix-dry-run`: what `--fix` would change, as a unified diff. */
import {createTwoFilesPatch} from 'diff'

export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {context: 2})
}
