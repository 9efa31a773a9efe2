/** Plain text: the reply as it is. */
import {findMasks} from '../mask.js'
import type {ProseDocument} from './document.js'

export function textDocument(source: string): ProseDocument {
  return {text: source, toOriginal: (offset) => offset, masks: findMasks(source)}
}
