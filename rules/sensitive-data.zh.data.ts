/**
 * Chinese data for `sensitive-data`, beside the English `sensitive-data.data.ts`:
 * 密码 / 验证码 / 安全码 with their values, PRC resident ID numbers, and the
 * numbers that are no secret (订单号, 快递单号, 手机号). Simplified and
 * traditional spellings both.
 * Seed: 002 保密 嚴格保護客戶信息和公司商業機密,遵守數據安全規範.
 */

/** Words that announce a password; what follows 是 / 为 / ： is the password (密码是Abc12345, 新密码：k9x2). */
export const passwordWords = [
  '密码', '密碼', '登录密码', '登錄密碼', '登陆密码', '登陸密碼', '支付密码', '支付密碼', '交易密码', '交易密碼',
  '临时密码', '臨時密碼', '初始密码', '初始密碼', '新密码', '新密碼', '口令', 'PIN码', 'PIN碼'
]

/** Words that announce a one-time code; only digits count as its value (验证码：362514, 动态码 8807). */
export const codeWords = [
  '验证码', '驗證碼', '动态码', '動態碼', '校验码', '校驗碼', '短信码', '短信碼', '动态密码', '動態密碼',
  '一次性密码', '一次性密碼', '授权码', '授權碼', 'OTP'
]

/** The card security code: 安全码 / CVV with 3 or 4 digits. */
export const cvvWords = ['安全码', '安全碼', '卡验证码', '卡驗證碼', 'CVV2', 'CVV', 'CVC2', 'CVC', 'CVN2', 'CVN']

/** Between a keyword and its value: 是, 为, a colon, an equals sign. */
export const link = String.raw`\s*(?:是|为|為|：|:|=)\s*["'“「]?`

/**
 * What follows a number that is a length or a rule, not a value:
 * 密码为8-16位, 验证码5分钟内有效, 验证码2026年起改为短信发送.
 */
export const notAValue = /^(?:位|個|个|字|字符|以上|以下|之间|之間|分钟|分鐘|秒|次|天|小时|小時|年|月|日|号|號|%)/u

/**
 * A number the customer and we both use openly: an order, a tracking, a
 * ticket or an invoice number, a phone. A card or ID check skips a run of
 * digits right after one of these (订单号：6222…, 快递单号 4312…).
 */
export const openNumber =
  /(?:订单|訂單|运单|運單|快递|快遞|物流|工单|工單|服务单|服務單|售后单|售後單|退货单|退貨單|交易|流水|发票|發票|账单|賬單|单|單)(?:号码?|號碼?|编号|編號)?\s*(?:是|为|為|：|:|#|＃)?\s*$|(?:手机|手機|电话|電話|联系电话|聯繫電話|座机|座機|编号|編號)(?:号码?|號碼?)?\s*(?:是|为|為|：|:|#|＃)?\s*$/u

/** First two digits of a PRC resident ID: the province (GB/T 2260), and 71 / 81 / 82 / 83 / 91. */
export const idProvinces = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83', '91'
])

/** ISO 7064 MOD 11-2 weights of the first 17 digits, and the check character for each remainder. */
export const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
export const idCheckCharacters = '10X98765432'
