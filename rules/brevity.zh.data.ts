/**
 * Chinese data for `brevity`, beside the English `brevity.data.ts`: wordy
 * phrases of Chinese replies and their short forms. Simplified and
 * traditional spellings both, since the seeds use both.
 * Seed: 002 書面溝通規范 — 語言簡潔 表達簡明扼要,避免冗余詞匯.
 *
 * `fix: true` marks a short form that keeps the meaning in any sentence, so
 * `--fix` may apply it (the rule still leaves 对……进行核实 alone: 对订单核实
 * is not Chinese, 核实订单 is, and the object has to move).
 */

export interface ZhWordy {
  phrase: string
  short: string
  fix: boolean
  /** The phrase in a sentence, for the message. */
  example: string
  /** 进行 / 予以 / 加以 before a verb: in 对……进行核实 the fix would leave 对订单核实. */
  dummyVerb?: boolean
}

/** Verbs that 进行 / 予以 / 加以 pad: [simplified, traditional]. */
const verbs: ReadonlyArray<readonly [string, string]> = [
  ['处理', '處理'], ['核实', '核實'], ['查询', '查詢'], ['退款', '退款'], ['修改', '修改'], ['确认', '確認'], ['审核', '審核'],
  ['补发', '補發'], ['更换', '更換'], ['反馈', '反饋'], ['登记', '登記'], ['跟进', '跟進'], ['排查', '排查'], ['检测', '檢測'],
  ['调查', '調查'], ['回复', '回覆'], ['回复', '回復'], ['沟通', '溝通'], ['核查', '核查'], ['安排', '安排'], ['赔偿', '賠償'],
  ['退货', '退貨'], ['换货', '換貨'], ['取消', '取消'], ['操作', '操作'], ['维修', '維修'], ['检查', '檢查'], ['解决', '解決'],
  ['受理', '受理'], ['补偿', '補償'], ['答复', '答覆'], ['跟踪', '跟蹤'], ['说明', '說明'], ['解释', '解釋'], ['调整', '調整'],
  ['核对', '核對'], ['协商', '協商'], ['评估', '評估'], ['记录', '記錄'], ['改进', '改進']
]

const padded: ZhWordy[] = []
const seen = new Set<string>()
for (const pad of [['进行', '進行'], ['予以', '予以'], ['加以', '加以']] as const) {
  for (const [simplified, traditional] of verbs) {
    for (const [padding, verb, frame] of [[pad[0], simplified, '我们会尽快'], [pad[1], traditional, '我們會盡快']] as const) {
      const phrase = padding + verb
      if (seen.has(phrase)) continue
      seen.add(phrase)
      padded.push({phrase, short: verb, fix: true, example: `例如把“${frame}${phrase}”写成“${frame}${verb}”`, dummyVerb: true})
    }
  }
}

export const wordy: ZhWordy[] = [
  ...padded,
  {phrase: '目前现在', short: '目前', fix: true, example: '例如“目前库存充足”'},
  {phrase: '目前現在', short: '目前', fix: true, example: '例如“目前庫存充足”'},
  {phrase: '现在目前', short: '目前', fix: true, example: '例如“目前库存充足”'},
  {phrase: '現在目前', short: '目前', fix: true, example: '例如“目前庫存充足”'},
  {phrase: '目前暂时', short: '暂时', fix: true, example: '例如“暂时缺货”'},
  {phrase: '目前暫時', short: '暫時', fix: true, example: '例如“暫時缺貨”'},
  {phrase: '现在暂时', short: '暂时', fix: true, example: '例如“暂时缺货”'},
  {phrase: '現在暫時', short: '暫時', fix: true, example: '例如“暫時缺貨”'},
  {phrase: '再次重新', short: '重新', fix: true, example: '例如“请重新提交”'},
  {phrase: '重新再次', short: '重新', fix: true, example: '例如“请重新提交”'},
  {phrase: '再重新', short: '重新', fix: true, example: '例如“请您重新登录”'},
  {phrase: '首先第一', short: '首先', fix: true, example: '例如“首先，请检查网络”'},
  {phrase: '马上立即', short: '马上', fix: true, example: '例如“马上为您处理”'},
  {phrase: '立即马上', short: '马上', fix: true, example: '例如“马上为您处理”'},
  {phrase: '马上立刻', short: '马上', fix: true, example: '例如“马上为您处理”'},
  {phrase: '立刻马上', short: '马上', fix: true, example: '例如“马上为您处理”'},
  {phrase: '馬上立即', short: '馬上', fix: true, example: '例如“馬上為您處理”'},
  {phrase: '立即馬上', short: '馬上', fix: true, example: '例如“馬上為您處理”'},
  {phrase: '馬上立刻', short: '馬上', fix: true, example: '例如“馬上為您處理”'},
  {phrase: '立刻馬上', short: '馬上', fix: true, example: '例如“馬上為您處理”'},
  {phrase: '大概可能', short: '可能', fix: true, example: '例如“可能需要三天”'},
  {phrase: '可能大概', short: '可能', fix: true, example: '例如“可能需要三天”'},
  {phrase: '预计大约', short: '预计', fix: true, example: '例如“预计三天送达”'},
  {phrase: '預計大約', short: '預計', fix: true, example: '例如“預計三天送達”'},
  {phrase: '预计大概', short: '预计', fix: true, example: '例如“预计三天送达”'},
  {phrase: '預計大概', short: '預計', fix: true, example: '例如“預計三天送達”'},
  {phrase: '然后接着', short: '然后', fix: true, example: '例如“然后点击提交”'},
  {phrase: '然後接著', short: '然後', fix: true, example: '例如“然後點擊提交”'}
]

/**
 * A preposition before the padded verb in the same clause (对订单进行核实,
 * 針對此事予以處理): the short form needs the object moved, so no fix.
 * 对不起 is an apology, not the preposition.
 */
export const objectBefore = /(?:对|對)(?!不起)[^，,；;：:。！!？?]*$/u

/**
 * 大约…左右: both words say "about"; keep one (大约三天左右 → 大约三天).
 * A short stretch between them, no punctuation.
 */
export const aboutAround = /(大约|大約|大概|约莫|約莫)([^，,。；;！!？?\s]{1,10}?)左右/gu

/** What a channel is called in the messages. */
export const channelNames = {email: '邮件', chat: '在线聊天', social: '社交媒体'} as const
