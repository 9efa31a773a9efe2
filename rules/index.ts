/**
 * Every rule replylint ships, in the order they are documented. Add a rule
 * here and it is configurable, documented by `--explain` and tested for docs.
 */
import type {Rule} from '../src/rule.js'
import brevity from './brevity.js'
import jargon from './jargon.js'
import politeForms from './polite-forms.js'
import positiveFraming from './positive-framing.js'

export const rules: readonly Rule<any>[] = [politeForms, positiveFraming, jargon, brevity]

export {brevity, jargon, politeForms, positiveFraming}
