/**
 * replylint as a library: `lint(text, options)` and every rule as a retext
 * plugin for your own unified pipeline.
 */
export {lint, lintDocument, type LintMessage, type LintOptions} from './lint.js'
export {applyFixes, type FixResult} from './fix.js'
export {resolveRules, ruleIds, findRule, type RulesConfig, type RuleSetting} from './resolve-rules.js'
export {defineRule, type Rule, type RuleMeta, type RuleContext, type Report} from './rule.js'
export {presets, type Preset} from './presets.js'
export {ConfigError, UsageError} from './errors.js'
export type {Channel, Severity, Fix, Mask, MaskKind, SharedSettings} from './types.js'
export {rules} from '../rules/index.js'
export {default as retextPoliteForms} from '../rules/polite-forms.js'
export {default as retextPositiveFraming} from '../rules/positive-framing.js'
export {default as retextJargon} from '../rules/jargon.js'
export {default as retextBrevity} from '../rules/brevity.js'
