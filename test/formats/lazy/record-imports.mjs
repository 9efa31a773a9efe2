// Registers a module hook that writes every module URL Node loads to stderr, one a line.
import {register} from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function load(url, context, next) {
  process.stderr.write('loaded ' + url + '\\n')
  return next(url, context)
}`)
)
