/**
 * A score per reply, 0–100, so a team can set a bar ("--min-score 80") and
 * see drafts improve. Each warning costs 5 points and each error 15; a
 * finding of a critical rule (an unfilled placeholder, a leaked card number)
 * makes the reply unsendable, so its score is 0 whatever else it does well.
 */
import type {VFileMessage} from 'vfile-message'
import {findRule} from './resolve-rules.js'

export const scoreWeights = {warning: 5, error: 15} as const

const registryCritical = (ruleId: string) => findRule(ruleId)?.meta.critical === true

/** `isCritical` defaults to the rules' own metadata. */
export function scoreOf(messages: readonly VFileMessage[], isCritical: (ruleId: string) => boolean = registryCritical): number {
  let score = 100
  for (const message of messages) {
    if (message.ruleId && isCritical(message.ruleId)) return 0
    score -= message.fatal ? scoreWeights.error : scoreWeights.warning
  }
  return Math.max(0, score)
}
