/**
 * Chinese data for `shouting`: what reads as raised voice in a Chinese reply.
 * Full-width and ASCII marks both, since Chinese replies mix them.
 * Seeds: 002 沖突溝通管理 保持冷靜; 004 the bank story “你为什么对我喊呀,我要投诉你”.
 */

/**
 * A word in capitals. In Chinese a Latin word stands right beside Han
 * characters ("请注意FREE"): only Latin letters, digits and the marks of
 * codes around it make it part of something longer.
 */
export const capitals = /(?<![\p{Script=Latin}\p{N}_\-/.@#])\p{Lu}{2,}(?:['’]\p{Lu}+)?(?![\p{Script=Latin}\p{N}_\-/]|\.\p{L})/gu

/** Two or more of ！？!? in a row: ！！, ？！, ！？, ??, ？？, ！!. */
export const marks = /[!?！？]{2,}/g

/** Brackets around a field to fill in (【PROJECT NAME】): the `placeholder` rule's. */
export const fieldBefore = /[<[【［]$/u
export const fieldAfter = /^[>\]】］]/u
