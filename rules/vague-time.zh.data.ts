/**
 * Chinese data for `vague-time`, beside the English `vague-time.data.ts`:
 * our commitments with no time (尽快, 稍后, 过几天 …). Simplified and
 * traditional spellings both.
 * Seeds: 002 專業解決 設定清晰的時間表和期望; 003 流失定律 企业需要及时对服务失误进行说明,对后续信息汇报,
 * 因为,顾客需要对自己的行动有一个控制权.
 */
import type {PhraseEntry} from '../src/text/phrase-rule.js'

const instead = '请给出具体的日期或时间，例如“周五前”或“2小时内”。'

/** Punctuation that ends a clause: the Chinese checks read the clause around a phrase. */
export const clauseEnd = /[，。,；;！!？?：:、…]/u

/** Us: the agent, the shop, the company, a colleague. */
const us = '我|本店|本公司|本平台|我司|敝司|敝公司|小店|客服|专员|專員|售后|售後|团队|團隊|工作人员|工作人員|同事'

/**
 * The customer's action, not our commitment: 请您尽快提供照片, 您尽快确认一下,
 * 麻烦尽快回复, 如需尽快收到…; not 请放心我们会尽快处理 (we act after the
 * request) nor 我们会为您尽快处理 (您 is who we act for).
 */
export const askingTheCustomer = new RegExp(
  String.raw`(?:请|請|麻烦|麻煩|烦请|煩請|劳烦|勞煩|恳请|懇請|务必|務必|记得|記得|如需|若需|如要|(?<![为為给給帮幫替向与與和跟陪])(?:您|你)(?![的们們好]))(?:(?!${us})[^，。,；;！!？?])*$`,
  'u'
)

/** Things the customer does: 稍后再试, 过几天再查看物流, 尽快提供照片 (when no one of us is the subject). */
export const customerVerb =
  /^(?:再试|再試|重试|重試|再来|再來|再拨|再撥|再打|重新|刷新|登录|登錄|登陆|登陸|查收|查看|留意|提供|上传|上傳|补充|補充|填写|填寫|回复我|回覆我|联系我|聯繫我|聯絡我|告知我|告诉我|告訴我|付款|支付|下单|下單|签收|簽收|取件|确认收货|確認收貨)/u

/** Words that tell a story about the past (很快满足了, 不久前, 随后联系了): no commitment when a 了 follows in the clause. */
const pastAfter = /^[^，。,；;！!？?]*了/u

const vague: PhraseEntry[] = [
  {
    phrases: ['很快'],
    reason: (found) => `“${found}”让客户无从预期：${instead}`,
    // 速度很快, 发货很快。, 很快的: a description, not a time (a time comes before a verb: 很快就会, 很快为您).
    unlessAfter: new RegExp(String.raw`^(?:[的得地了啦呀哦喔]|\s*[，。,；;！!？?…]|\s*$)|${pastAfter.source}`, 'u'),
    unlessBefore: askingTheCustomer
  },
  {
    phrases: ['稍后', '稍後', '稍晚', '晚些时候', '晚些時候', '晚点', '晚點', '一会儿', '一會兒', '待会儿', '待會兒', '等会儿', '等會兒', '回头', '回頭'],
    reason: (found) => `“${found}”让客户无从预期：${instead}`,
    unlessAfter: new RegExp(
      // 回头客, 回头率, 回头看 (look back); 回头见 (a goodbye); 晚点的航班, 晚点到, 晚点原因 (a delay).
      String.raw`^(?:客|率|路|看|望|是岸|见|見|聊|的|了|啦|原因|情况|情況|问题|問題|到|送达|送達|送到|到达|到達|抵达|抵達|起飞|起飛|出发|出發)`,
      'u'
    ),
    unlessBefore: new RegExp(
      // 航班晚点, 快递晚点: a delay; 等一会儿, 请稍等一会儿: a wait; 过了一会儿: the past.
      String.raw`(?:航班|班机|班機|飞机|飛機|火车|火車|列车|列車|高铁|高鐵|动车|動車|车次|車次|班次|快递|快遞|物流|发货|發貨|送货|送貨|配送|等|待|了)$|${askingTheCustomer.source}`,
      'u'
    )
  },
  {
    phrases: ['尽快', '盡快', '儘快', '尽早', '盡早', '儘早', '尽速', '盡速', '儘速', '越快越好', '第一时间', '第一時間'],
    reason: (found) => `“${found}”不是具体时间：${instead}`,
    unlessBefore: askingTheCustomer
  },
  {
    phrases: [
      '过几天', '過幾天', '过些天', '過些天', '过些日子', '過些日子', '过段时间', '過段時間', '过一段时间', '過一段時間',
      '过阵子', '過陣子', '过一阵子', '過一陣子', '改天', '改日', '择日', '擇日', '择期', '擇期', '随后', '隨後'
    ],
    reason: (found) => `“${found}”算不上承诺：${instead}`,
    // 随后的, 随后附上 (attached below): no time; 改天见, 改天再聊: a goodbye.
    unlessAfter: new RegExp(String.raw`^(?:的|附|见|見|再见|再見|聊|再聊)|${pastAfter.source}`, 'u'),
    unlessBefore: askingTheCustomer
  },
  {
    // 近期 / 近日 / 不久 / 后续 tell of the past as often (近期订单较多, 刚买不久): only with a future after them.
    phrases: ['近期', '近日', '不久', '后续', '後續'],
    reason: (found) => `“${found}”算不上承诺：${instead}`,
    unlessAfter: new RegExp(
      String.raw`^(?!(?:内|內|之内|之內|后|後|之后|之後|以后|以後|的将来|的將來|的未来|的未來|即|就会|就會|就能|就将|就將|将|將|会|會|我们?(?:会|會|将|將|就|也)|我們(?:会|會|将|將|就|也)|为您|為您|给您|給您|安排|发出|發出|发货|發貨|寄出|联系|聯繫|聯絡|回复|回覆|回电|回電|处理|處理|上线|上線|推出|更新|补货|補貨|到货|到貨|恢复|恢復|通知|跟进|跟進))|${pastAfter.source}`,
      'u'
    ),
    unlessBefore: askingTheCustomer
  }
]

/** Every vague word above: a 我们会联系您 with one of them in the clause gets its message there, not a second one. */
const vagueBefore = String.raw`(?:${vague.flatMap((entry) => entry.phrases).join('|')})[^，。,；;！!？?]*$`
const getBack = (found: string) => `请说明时间：“${found}”要有期限，例如“我们会在明天下午5点前给您回复。”`

/** “We'll get back to you / be in touch”. */
export const getBackPhrases = [
  '给您回复', '給您回覆', '給您回復', '给您答复', '給您答覆', '回复您', '回覆您', '答复您', '答覆您',
  '与您联系', '與您聯繫', '與您聯絡', '和您联系', '和您聯繫', '跟您联系', '跟您聯繫', '联系您', '聯繫您', '聯絡您',
  '给您回电', '給您回電', '回电给您', '回電給您'
]

/** “We'll follow up”. */
export const followUpPhrases = ['跟进', '跟進']

export const entries: PhraseEntry[] = [
  ...vague,
  {
    phrases: getBackPhrases,
    reason: getBack,
    // Only our future (我们会联系您, 将与您联系, 再给您回复), and once: 我们会尽快联系您 is reported on 尽快.
    unlessBefore: new RegExp(String.raw`${vagueBefore}|^(?![\s\S]*(?:会|會|将|將|再)[^，。,；;！!？?]{0,10}$)`, 'u')
  },
  {
    // 会跟进 / 将跟进 right after the will, not 继续跟进 (work that goes on).
    phrases: followUpPhrases,
    reason: getBack,
    unlessBefore: new RegExp(String.raw`${vagueBefore}|^(?![\s\S]*(?:会|會|将|將)(?:为您|為您|帮您|幫您)?$)`, 'u')
  }
]

/** Our commitment: one of us acts (我们, 本店, 客服 …), anywhere in the sentence. */
export const commitment = new RegExp(us, 'u')

/** For the customer: 为您, 给您, 通知您 after the phrase in its clause (会尽快为您处理) — we are the ones acting. */
export const forTheCustomer = /^[^，。,；;！!？?您你]+(?:您|你)/u

/**
 * A clause with no subject before the phrase, only a will (会尽快处理的, 一定会很快): in a reply that is us.
 * With nothing at all before it, only the ASAP words (尽快安排发货); 稍后再试, 近期会有活动 are not ours.
 */
export const noSubject = /^(?:也|都|就|还|還|再|一定|定|必定|争取|爭取|尽量|盡量)*(?:会|會|将|將)(?:也|都|就|还|還|再|尽量|盡量)*$/u
export const noSubjectAtAll = new Set(['尽快', '盡快', '儘快', '尽早', '盡早', '儘早', '尽速', '盡速', '儘速', '第一时间', '第一時間'])

/** The subject comes after the phrase: 稍后您将收到短信 is what the customer gets, not what we do. */
export const subjectAfter = /^(?:您|你)/u

/** A condition: 如有问题，我们会联系您 is no promise of a reply. */
export const condition = /^(?:如|如果|若|若是|假如|万一|萬一|要是)/u

/** A hope or a wish is no commitment: 希望很快能再为您服务, 期待不久再见. */
export const hope = /希望|但愿|但願|盼望|期待|期盼|祝|愿您|願您/u

/** Already done: 我们已第一时间联系快递, 刚刚尽快处理了. */
export const past = /已|已经|已經|刚刚|剛剛|刚才|剛才|曾/u

/**
 * An event the customer knows (包裹到达后我们会第一时间通知您, 一旦有货…):
 * 第一时间 and 随后 then mean "right after it", a time. Not 今后, 稍后, 然后,
 * 之后 alone, nor 后续, 后台.
 */
export const afterEvent =
  /[\p{sc=Han}\d](?<![今稍日然随隨最前落背而此其午之以售先身])(?:之|以)?[后後](?![续續台面果方期悔天来來])|一旦|一有|的时候|的時候|有(?:了)?(?:进展|進展|结果|結果|消息|更新|货|貨|答复|答覆)/u

/**
 * Fine after an event: what means "right after it" (第一时间, 随后) and the
 * promise of a reply (收到退货后，我们会联系您).
 */
export const rightAfter = new Set(['第一时间', '第一時間', '随后', '隨後', ...getBackPhrases, ...followUpPhrases])

/** A reply promised on a condition (如有问题，我们会联系您) is no promise of a time. */
export const onCondition = new Set([...getBackPhrases, ...followUpPhrases])

const cnNumber = '[一二两兩三四五六七八九十]{1,3}'

/**
 * A concrete time: today or tomorrow, a weekday, a clock time, a date, a
 * number of hours or days (两天内, 3个工作日, 24小时内). One in the same
 * sentence or the next makes a vague word fine (稍后，下午3点前).
 * 几天 is no time (过几天); 几分钟内 / 几个小时内 is, as “within a few hours” is.
 */
export const concreteTime = new RegExp(
  [
    '今天|今日|今晚|今早|今夜|明天|明日|明早|明晚|后天|後天|当天|當天|当日|當日|次日|隔天|翌日|今明两天|今明兩天',
    '(?:本|这|這|下|下个|下個)(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]?|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]',
    '(?:本|这个|這個|下个|下個|下)月|月底|月初|月中|年底|周末|週末',
    `(?:上午|下午|中午|晚上|早上|凌晨|傍晚)\\s*(?:\\d{1,2}|${cnNumber})\\s*(?:点|點|时|時)`,
    '\\d{1,2}\\s*(?:点|點)',
    `${cnNumber}(?:点|點)(?:钟|鐘|半|前|之前|以前)`,
    '\\d{1,2}\\s*[:：]\\s*\\d{2}',
    `(?:\\d+|${cnNumber}|半)\\s*(?:个|個)?\\s*(?:工作日|小时|小時|钟头|鐘頭|分钟|分鐘|天|日|周|週|星期|礼拜|禮拜|月)\\s*(?:内|內|之内|之內|以内|以內|后|後|之后|之後)`,
    `(?:\\d+|${cnNumber}|半)\\s*(?:个|個)?\\s*(?:工作日|小时|小時|钟头|鐘頭|分钟|分鐘)`,
    '[几幾]\\s*(?:个|個)?\\s*(?:分钟|分鐘|小时|小時|钟头|鐘頭)\\s*(?:内|內|之内|之內|以内|以內)',
    `\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号號]|${cnNumber}月${cnNumber}[日号號]|\\d{1,2}\\s*[日号號]|\\d{4}\\s*[-/.年]\\s*\\d{1,2}|\\d{1,2}\\/\\d{1,2}`,
    '下班前|营业结束前|營業結束前|中午前|中午之前'
  ].join('|'),
  'u'
)
