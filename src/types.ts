/** Where a reply is sent; presets per channel set thresholds and which rules apply. */
export type Channel = 'email' | 'chat' | 'social'
export const channels: readonly Channel[] = ['email', 'chat', 'social']

/** How a rule's findings count: like ESLint, `off` disables the rule. */
export type Severity = 'off' | 'warn' | 'error'
export const severities: readonly Severity[] = ['off', 'warn', 'error']

/** Language of a reply. */
export type Language = 'en' | 'zh'
export const languages: readonly Language[] = ['en', 'zh']
/** What `--lang` and the `lang` config key take: a language, or `auto` to pick one per reply. */
export type LanguageSetting = Language | 'auto'
export const languageSettings: readonly LanguageSetting[] = ['auto', ...languages]

/**
 * Settings every rule receives next to its own options, so that a rule used
 * in someone else's unified pipeline behaves the same as inside replylint.
 */
export interface SharedSettings {
  /** Channel preset; defaults to `email`. */
  channel?: Channel
  /** The input is a template: placeholders are expected, not errors. */
  template?: boolean
  /** Language of the reply; `en` unless the engine or the Chinese parser says `zh`. */
  lang?: Language
}

/** Kinds of text a rule does not see unless it asks to. */
export type MaskKind = 'template' | 'quote' | 'code' | 'url' | 'signature'

/** A range of the parsed text that is not the agent's own prose. */
export interface Mask {
  start: number
  end: number
  kind: MaskKind
}

/**
 * A fix in the coordinates of the original file: replace
 * `[start, end)` with `text`.
 */
export interface Fix {
  start: number
  end: number
  text: string
}
