/**
 * Chinese data for `next-step`, beside the English `next-step.data.ts`: what
 * tells the customer what happens next. Simplified and traditional spellings.
 * Seeds: 002 專業解決 — 提供明確、具體的解決方案,設定清晰的時間表和期望;
 * 002 電話溝通 主動解決 — 提供明確的解決方案和后續步驟; 002 跟進反饋 —
 * 解決后主動跟進; 003 case — 叫我把他们的电话记在手机上,说有什么事可以随时来电话询问.
 * Phrases match on word-segment boundaries.
 */

/** Someone will do something, or the customer is told what to do (我们会…, 将在…, 您可以…, 点击…). */
export const nextSteps = [
  // Anything that will happen: 我们会在…, 退款将于…, 您会收到.
  '会', '會', '将', '將', '将会', '將會', '会在', '會在', '将在', '將在', '将于', '將於', '即将', '即將', '届时', '屆時',
  '预计', '預計', '下一步', '接下来', '接下來', '后续', '後續', '跟进', '跟進', '一旦',
  // What the customer can do.
  '您可以', '您可', '你可以', '您也可以', '您需要', '您只需', '您只要', '建议您', '建議您', '我们建议', '我們建議',
  '推荐您', '推薦您', '点击', '點擊', '前往', '访问', '訪問', '打开', '打開', '登录', '登錄', '进入', '進入', '按照',
  '参照', '參照', '步骤', '步驟', '附件', '附上', '链接', '鏈接', '連結', '网址', '網址', '尝试', '嘗試',
  '试试', '試試', '重启', '重啟', '留意', '查收', '期待您的回复', '期待您的回覆', '等待您的回复',
  '等待您的回覆', '静候您的回复', '靜候您的回覆', '盼复', '盼覆'
]

/** A time, even a loose one: the customer knows something happens (尽快, 稍后 are vague-time's business). */
export const times = [
  '今天', '明天', '后天', '後天', '本周', '本週', '下周', '下週', '这周', '這週', '本月', '下个月', '下個月', '工作日',
  '小时', '小時', '分钟', '分鐘', '尽快', '盡快', '儘快', '稍后', '稍後', '马上', '馬上', '立即', '立刻', '随后', '隨後',
  '第一时间', '第一時間', '近期', '过几天', '過幾天'
]

/** An offer of further help or an open door (如有疑问, 随时联系, 还有什么可以帮您). */
export const offers = [
  '随时', '隨時', '欢迎随时', '歡迎隨時', '欢迎联系', '歡迎聯繫', '欢迎咨询', '歡迎諮詢', '欢迎来电', '歡迎來電',
  '联系我们', '聯繫我們', '聯絡我們', '与我们联系', '與我們聯繫', '和我们联系', '和我們聯繫', '联系我', '聯繫我', '联系客服',
  '聯繫客服', '致电', '致電', '来电', '來電', '拨打', '撥打', '回复此邮件', '回覆此郵件', '回复本邮件', '回覆本郵件',
  '直接回复', '直接回覆', '告诉我们', '告訴我們', '告知我们', '告知我們', '还有什么', '還有什麼', '还有其他', '還有其他',
  '有任何问题', '有任何問題', '有任何疑问', '有任何疑問', '进一步', '進一步', '乐意', '樂意', '为您服务', '為您服務',
  '为您效劳', '為您效勞', '在线客服', '線上客服', '人工客服', '客服热线', '客服熱線'
]

/**
 * 如有疑问, 若还有问题, 如果您遇到任何困难, 如需帮助, 如问题仍未解决: an offer
 * on a condition. Not 如有不便 (an apology).
 */
export const conditionalOffer =
  /(?:如|若|如果|假如|要是|倘若)(?:您|你)?(?:还|還|仍|再|另外)?(?:有|需要|需|遇到)(?:任何|其他|其它|别的|別的|什么|什麼)?(?:疑问|疑問|问题|問題|需要|需求|疑惑|困难|困難|帮助|幫助|协助|協助|不明白|不清楚|意见|意見)|(?:如|若|如果)(?:该|該|这个|這個|此)?(?:问题|問題|情况|情況)(?:仍|还|還|依然|依旧|依舊|再次|持续|持續)/u

/** Words that open a request: 请…, 麻烦您…, 烦请… (on a segment boundary, so not 申请). */
export const requestWords = ['请', '請', '麻烦', '麻煩', '烦请', '煩請', '劳烦', '勞煩', '敬请', '敬請', '请您', '請您']

/** After 请: what only informs or asks for patience (请放心, 请谅解, 请注意…), as “please be advised / bear with us” does. */
export const notRequest =
  /^(?:您|你)?(?:放心|理解|谅解|諒解|见谅|見諒|原谅|原諒|知悉|注意(?!查收)|接受|相信|包涵|多包涵|多多包涵|海涵|耐心|稍等|稍候|期待)/u

/** A question to the customer: its answer is the next step (还需要帮您办理吗。 without a question mark too). */
export const question = /(?:[？?]|[吗嗎])[\s)）"”’」』。.]*$/u

/**
 * Lines that close an e-mail: 祝您生活愉快, 此致 / 敬礼, 谢谢, 顺颂商祺 (a
 * thank-you line of one clause: 感谢您的理解与支持！).
 */
export const closings = /^(?:祝|顺祝|順祝|敬祝|谨祝|謹祝|顺颂|順頌|此致|敬礼|敬禮|致礼|致禮|敬上|谨上|謹上|商祺|best\b|regards\b|kind regards\b|thanks\b|thank you\b|sincerely\b)/iu
export const thanks = /^(?:谢谢|謝謝|多谢|多謝|感谢|感謝|再次感谢|再次感謝|非常感谢|非常感謝)[^，,；;]*$/u

/** A signature: a name, a team, a company, a phone, an address, the date of the letter. */
export const signatureMarkers =
  /公司|客服|团队|團隊|部门|部門|服务部|服務部|中心|专员|專員|经理|經理|主管|店|电话|電話|手机|手機|邮箱|郵箱|传真|傳真|地址|热线|熱線|微信|tel\b|email\b|@|\d{3,}[-\s]?\d{3,}|^\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号號]?$/iu
