/**
 * Chinese data for `over-promise`, beside the English `over-promise.data.ts`.
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 003 模式三 口气比力气大,承诺比兑现多; 002 誠信 不欺瞞、不夸大.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

const instead = '请改为说明您会做什么、何时做到，例如“我们今天核实，下午5点前给您回复。”'

/** Negated: "不能保证", "无法保证" are honest. */
const negatedBefore = /(?:不能|无法|無法|不敢|没法|沒法|不|未|难以|難以)$|(?:不|不能|无法|無法)[^，,。！？；]{0,12}(?:任何)$/u

export const entries: PhraseEntry[] = [
  {
    phrases: ['保证', '保證', '担保', '擔保', '打包票'],
    reason: (found) => `“${found}”承诺了您无法控制的事：${instead}`,
    unlessBefore: new RegExp(
      // A policy name or a warranty: 质量保证, 正品保证, 退款保证, 售后保证.
      // 我向您保证 is reported whole, by the last entry.
      `${negatedBefore.source}|(?:质量|質量|品质|品質|正品|退款|售后|售後|服务|服務|价格|價格)$|我向(?:您|你)$`,
      'u'
    ),
    // 保证金 (a deposit) and 保证书 / 保证期 are things, not promises. 保证尽力 promises effort, which the
    // seeds teach (000: 保证尽力), not an outcome.
    unlessAfter: /^(?:金|书|書|期|人|尽力|盡力|尽量|盡量|尽最大|盡最大)/u
  },
  {
    phrases: ['绝对', '絕對', '百分之百', '100%', '一定会', '一定會', '肯定会', '肯定會', '包您满意', '包您滿意', '包你满意'],
    reason: (found) => `“${found}”说得太满，万一做不到会失去客户的信任：${instead}`,
    unlessBefore: negatedBefore,
    // A warning to the customer: 请您绝对不要把验证码告诉别人.
    unlessAfter: /^(?:不要|別|别|不能|不可|禁止)/u
  },
  {
    phrases: ['再也不会', '再也不會', '绝不会再', '絕不會再', '不会再发生', '不會再發生', '永远不会', '永遠不會'],
    reason: (found) =>
      `“${found}”无法承诺：请说明您做了哪些改进来减少再次发生，例如“我们已经增加了出库前的检查”。`
  },
  {
    // Not 请您放心 ("rest assured"): it reassures, and the English rule leaves "rest assured" alone too.
    phrases: ['我向您保证', '我向你保证', '我们承诺', '我們承諾', '我承诺', '我承諾'],
    reason: (found) => `“${found}”是空洞的保证：${instead}`
  }
]
