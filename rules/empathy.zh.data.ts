/**
 * Chinese data for `empathy`, beside the English `empathy.data.ts`: what
 * shows a Chinese reply answers a problem, and what acknowledges how the
 * customer feels. Simplified and traditional spellings both, since the seeds
 * use both.
 * Seeds: 002 同理共情 “我理解這種情況會讓您感到失望”; 000 敌意客户 积极聆听, 承认客户有此情绪的原因.
 */

/**
 * Words of a problem the customer has had. Only specific ones, as in
 * English: 问题 / 异常 / 错误 also fill triage questions and scope notes.
 * Matched on word-segment boundaries.
 */
export const problems = [
  // Not received, lost, late.
  '没收到', '沒收到', '没有收到', '沒有收到', '未收到', '还没到', '還沒到', '还没有到', '還沒有到', '一直没到', '一直沒到',
  '丢失', '丟失', '丢件', '丟件', '弄丢', '弄丟', '寄丢', '寄丟', '延误', '延誤', '延迟发货', '延遲發貨', '发货延迟', '發貨延遲',
  '物流延迟', '物流延遲', '配送延迟', '配送延遲', '迟迟', '遲遲', '等了很久', '等了好久', '等太久',
  // Broken, wrong, missing.
  '损坏', '損壞', '破损', '破損', '摔坏', '摔壞', '坏了', '壞了', '故障', '漏发', '漏發', '少发', '少發', '错发', '錯發', '发错',
  '發錯', '缺件', '少件', '漏水', '发霉', '發霉', '质量问题', '質量問題', '品質問題', '瑕疵', '送错', '送錯', '漏装', '漏裝',
  '异响', '異響', '迟到', '遲到', '被退回', '没有得到回复', '沒有得到回覆', '没人回复', '沒人回覆',
  // Not working.
  '无法使用', '無法使用', '不能用', '用不了', '打不开', '打不開', '无法登录', '無法登錄', '无法登入', '無法登入', '登录不了',
  '登錄不了', '登不上', '失灵', '失靈', '死机', '死機', '闪退', '閃退', '黑屏', '没反应', '沒反應', '充不进电', '充不進電',
  // Money.
  '扣款两次', '扣款兩次', '扣了两次', '扣了兩次', '重复扣款', '重複扣款', '多扣了', '多扣款', '扣错', '扣錯', '退款还没到', '退款還沒到', '被盗', '被盜', '盗刷', '盜刷',
  // Unhappy.
  '投诉', '投訴', '不满意', '不滿意', '不满', '不滿', '失望', '生气', '生氣'
]

/** Phrases that hold a problem word but name no problem: 投诉电话, 延误险, 故障排除, 急坏了 (that one is empathy). */
export const notProblems = [
  '投诉电话', '投訴電話', '投诉热线', '投訴熱線', '投诉渠道', '投訴渠道', '投诉方式', '投訴方式', '投诉入口', '投訴入口',
  '投诉建议', '投訴建議', '投诉与建议', '投訴與建議',
  '延误险', '延誤險', '破损险', '破損險', '运费险', '運費險', '故障排除', '故障排查', '常见故障', '常見故障', '故障率',
  '不满意包退', '不滿意包退', '不满意可退', '不滿意可退', '急坏了', '急壞了', '气坏了', '氣壞了', '人为损坏', '人為損壞'
]

/**
 * Acknowledgement of the customer's feelings or trouble. Only phrases that
 * cannot be about something else: not 感谢您的理解 (thanks, not empathy),
 * not a bare 不便 (不便透露 is "cannot say").
 */
export const acknowledgements = [
  '抱歉', '对不起', '對不起', '不好意思', '歉意', '致歉', '道歉', '理解您', '我理解', '我们理解', '我們理解', '非常理解', '完全理解',
  '十分理解', '能理解', '可以理解', '体谅您', '體諒您', '让您久等', '讓您久等', '久等了', '带来不便', '帶來不便', '带来的不便',
  '帶來的不便', '造成不便', '造成的不便', '添麻烦', '添麻煩', '很遗憾', '很遺憾', '遗憾', '遺憾', '辛苦您', '辛苦了', '感谢您的耐心',
  '感謝您的耐心', '感谢您耐心', '感謝您耐心', '谢谢您的耐心', '謝謝您的耐心', '着急', '著急', '急坏了', '急壞了', '吓坏了', '嚇壞了', '担心', '擔心',
  '受委屈', '委屈您', '让您失望', '讓您失望', '闹心', '鬧心', '糟心', '难受', '難受'
]

/**
 * A problem word in a condition or a question is no problem the customer
 * has: 如果没收到, 若有破损, 万一丢失, 是否收到. Tested on the sentence
 * before the problem word.
 */
export const conditionBefore =
  /如果|如若|如(?=果|若|有|需|遇|您|你|发现|發現|出现|出現)|若|假如|要是|万一|萬一|一旦|倘若|假使|假设|假設|即使|即便|就算|哪怕|以免|以防|免得|避免|防止|预防|預防|是否|有没有|有沒有|是不是|会不会|會不會|能否/u

/** The problem's clause goes on into a condition: 没收到的话, 丢失时. */
export const conditionAfter = /^[^，,。；;！!？?]*?(?:的话|的話|时候|時候|时(?=[，,]|$)|時(?=[，,]|$))/u

/** Negated: 不会丢失, 没有损坏, 未发现破损, 不存在质量问题, 不用投诉, 请不要生气. */
export const negationBefore =
  /(?:不会|不會|不会再|不會再|没有|沒有|没|沒|未|不|无|無|并未|並未|并非|並非|不是|不存在|不用|不必|不再|不要|别|別|杜绝|杜絕|减少|減少|降低|免于|免於)(?:再|被|会|會|有|出现|出現|发生|發生|发现|發現|造成|导致|導致|任何|的)?$/u

/** A question: 是没收到吗？ — a triage question names no problem the customer has. */
export const question = /(?:[？?]|[吗嗎呢][。.！!…]*)$/u
