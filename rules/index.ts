/**
 * Every rule replylint ships, in the order they are documented. Add a rule
 * here and it is configurable, documented by `--explain` and tested for docs.
 */
import type {Rule} from '../src/rule.js'
import brevity from './brevity.js'
import casualRegister from './casual-register.js'
import condescension from './condescension.js'
import empathy from './empathy.js'
import jargon from './jargon.js'
import nextStep from './next-step.js'
import noBlame from './no-blame.js'
import overPromise from './over-promise.js'
import placeholder from './placeholder.js'
import politeForms from './polite-forms.js'
import positiveFraming from './positive-framing.js'
import sensitiveData from './sensitive-data.js'
import shouting from './shouting.js'
import sincereApology from './sincere-apology.js'
import vagueTime from './vague-time.js'

export const rules: readonly Rule<any>[] = [
  politeForms,
  positiveFraming,
  jargon,
  brevity,
  empathy,
  sincereApology,
  noBlame,
  condescension,
  overPromise,
  vagueTime,
  nextStep,
  shouting,
  casualRegister,
  placeholder,
  sensitiveData
]

export {
  brevity,
  casualRegister,
  condescension,
  empathy,
  jargon,
  nextStep,
  noBlame,
  overPromise,
  placeholder,
  politeForms,
  positiveFraming,
  sensitiveData,
  shouting,
  sincereApology,
  vagueTime
}
