/**
 * Chinese data for `positive-framing`, beside the English
 * `positive-framing.data.ts`: how an agent says what cannot be done, whose
 * refusal it is, and what counts as an alternative. Simplified and
 * traditional spellings both, since the seeds use both.
 * Seed: 002 肯定性表達 — 強調可以做什么而非不能做什么。例如,用“我們可以在周三為您安排”代替“周一周二我們不能安排”.
 */

/** Negative ability or permission; matched on word-segment boundaries (能不能, 可不可以, 行不行 are one word each). */
export const negatives = [
  '不能',
  '不能够',
  '不能夠',
  '无法',
  '無法',
  '没办法',
  '沒辦法',
  '没辦法',
  '沒办法',
  '没法',
  '沒法',
  '做不到',
  '办不到',
  '辦不到',
  '不可以',
  '不行'
]

/** The agent or the company as the subject. */
const agents = ['我们', '我們', '咱们', '咱們', '我', '本店', '小店', '本公司', '我司', '我方', '敝公司', '公司', '本平台', '客服']

/**
 * Words that may stand between the subject and the refusal, or make up the
 * whole clause before it when the subject is left out: adverbs, times, an
 * apology, a connective, a topic pointing back (这个 / 这种情况).
 */
const fillers = [
  // Adverbs.
  '暂时', '暫時', '暂', '暫', '目前', '现在', '現在', '当前', '當前', '还', '還', '也', '都', '均', '一律', '真的', '实在', '實在',
  '确实', '確實', '的确', '的確', '恐怕', '可能', '仍然', '仍', '依然', '依旧', '依舊', '就', '又', '已经', '已經', '一直', '始终',
  '始終', '根本', '完全', '再', '同样', '同樣', '短时间内', '短時間內', '短期内', '短期內', '这边', '這邊', '这里', '這裡', '這裏',
  '那边', '那邊', '此时', '此時', '是',
  // Times.
  '今天', '明天', '后天', '後天', '今日', '明日', '今晚', '当天', '當天', '本周', '本週', '这周', '這周', '這週', '下周', '下週',
  '周末', '週末', '节假日', '節假日', '假期', '上午', '下午', '晚上', '中午', '早上', '[周週][一二三四五六日天]',
  '星期[一二三四五六日天]', '礼拜[一二三四五六日天]', '禮拜[一二三四五六日天]', '和', '与', '與', '及', '、',
  // Openings.
  '抱歉', '很抱歉', '非常抱歉', '十分抱歉', '实在抱歉', '實在抱歉', '对不起', '對不起', '不好意思', '很遗憾', '很遺憾', '遗憾的是',
  '遺憾的是', '可惜', '所以', '因此', '因而', '那么', '那麼', '但是', '但', '不过', '不過', '可是', '然而',
  '按(?:照)?(?:公司)?(?:的)?(?:规定|規定|政策)', '根据(?:公司)?(?:的)?规定', '根據(?:公司)?(?:的)?規定',
  // A topic pointing back.
  '这个', '這個', '那个', '那個', '这', '這', '此', '该', '該', '这样', '這樣', '那样', '那樣', '这种情况下?', '這種情況下?',
  '这件事', '這件事', '这一点', '這一點',
  String.raw`\s`
]

const fillerSource = `(?:${fillers.join('|')})*`

/** The clause before the refusal ends with the agent as its subject. */
export const agentSubject = new RegExp(`(?:${agents.join('|')})${fillerSource}$`, 'u')

/** The clause before the refusal has no subject at all (周一周二不能安排, 抱歉，目前无法退款). */
export const omittedSubject = new RegExp(`^${fillerSource}$`, 'u')

/** Where a clause starts: the refusal's subject is looked for after the last of these. */
export const clauseStart = /[，,；;：:（(“”"「」『』—]/gu

/**
 * A condition or a question in the sentence before the refusal: 如果无法…,
 * 若不能…, 否则无法…, 以免无法…, 是否可以…, 为什么不能….
 */
export const conditionBefore =
  /如果|如若|如(?=果|若|有|需|遇|您|你|发现|發現|出现|出現)|若|假如|要是|万一|萬一|一旦|倘若|假使|假设|假設|即使|即便|就算|哪怕|除非|只要|否则|否則|不然|以免|以防|免得|避免|防止|是否|是不是|能否|可否|为什么|為什麼|为何|為何|怎么|怎麼|难道|難道/u

/** The refusal's clause goes on into a condition or a time: 不能登录的话 / 无法登录时. */
export const conditionAfter = /^[^，,。；;！!？?]*?(?:的话|的話|时候|時候|时(?=[，,]|$)|時(?=[，,]|$))/u

/**
 * The refusal modifies a noun that names a problem or a case: 无法登录的问题,
 * 做不到的事, 无法配送的地区 describe something, they refuse nothing. Other
 * nouns after 的 stay findings (我们不可以透露其他客户的信息).
 */
export const attributiveAfter =
  /^[^，,。；;！!？?]{0,12}?的(?:问题|問題|情况|情況|情形|原因|时候|時候|地方|地区|地區|区域|區域|事|事情|部分|商品|订单|訂單|现象|現象|故障|状态|狀態|困扰|困擾|损失|損失|用户|用戶|客户|客戶|人)/u

/** A question: 可以吗？, 不行呢 (一 A-not-A question like 能不能 is one word, never matched). */
export const question = /(?:[？?]|[吗嗎呢][。.！!…]*)$/u

/** Words after the refusal that make it warmth, not refusal. */
export const friendlyAfter: Readonly<Record<string, RegExp>> = {
  // 好得不能再好, 不能让您白跑一趟, 不能辜负您的信任, 不能不说.
  不能: /^(?:再(?:好|棒|满意|滿意|合适|合適|开心|開心|高兴|高興)|让您|讓您|叫您|辜负|辜負|怠慢|忽视|忽視|不)/u,
  不能够: /^(?:让您|讓您)/u,
  不能夠: /^(?:让您|讓您)/u,
  // 无法形容 / 无法表达我们的感谢 / 无法想象您有多着急.
  无法: /^(?:形容|表达|言喻|言表|想象|想像|用言语|用语言|衡量|估量|弥补)/u,
  無法: /^(?:形容|表達|言喻|言表|想象|想像|用言語|用語言|衡量|估量|彌補)/u
}

/** Words before 不行 that make it "very" (好得不行, 急得不行) or a condition (实在不行的话 = if all else fails). */
export const friendlyBefore: Readonly<Record<string, RegExp>> = {
  不行: /(?:得|实在|實在)$/u
}

/**
 * What follows the refusal when the customer, not the agent, is the one who
 * cannot: with no subject, “密码错误，无法登录” is the customer's symptom.
 * Read only when the subject is left out.
 */
export const symptomAfter =
  /^(?:正常|顺利|順利)?(?:登录|登錄|登陆|登陸|使用|打开|打開|访问|訪問|显示|顯示|识别|識別|连接|連接|上网|上網|开机|開機|关机|關機|充电|充電|启动|啟動|播放|加载|加載|载入|載入|注册|註冊|收到|接收|看到|查看|下载|下載|安装|安裝|更新|运行|運行|读取|讀取|发送|發送|支付|付款|提现|提現|验证|驗證|绑定|綁定|扫码|掃碼|进入|進入|工作|通话|通話|用(?!户|戶)|把|将|將)/u

/** A report of something we tried, not a refusal: 我们无法联系到您, 电话无法接通. */
export const reportAfter = /^(?:联系到|联系上|联系您|聯繫到|聯繫上|聯繫您|联络到|聯絡到|接通|打通|找到您)/u

/**
 * An alternative anywhere after the refusal (same sentence or the next):
 * a contrast, another option, a suggestion, what we or the customer can do.
 */
export const alternative = new RegExp(
  [
    '(?<!不)但',
    '不过',
    '不過',
    '可是',
    '然而',
    '而是',
    '改为',
    '改為',
    '改成',
    '换成',
    '換成',
    '或者',
    '或是',
    '另外',
    '此外',
    '建议',
    '建議',
    '推荐',
    '推薦',
    // 可以 / 能够 not negated: 您可以…, 我们可以…, 可为您….
    '(?<![不没沒无無否])(?:可以|能够|能夠|可为|可為|可帮|可幫|可替)',
    // We will do something: 我们会…, 我这边马上…, 我来….
    '(?:我们|我們|我|本店|我司)(?:这边|這邊)?(?:会|會|将|將|可|来|來|马上|馬上|立即|稍后|稍後|随后|隨後|先|再|正在)(?![不无無没沒法])'
  ].join('|'),
  'u'
)

/**
 * An offer that counts only once the refusal's clause is over: 无法为您退款
 * refuses, “…，为您安排周三” offers.
 */
export const laterOffer = /为您|為您|帮您|幫您|替您/u

/** An alternative before the refusal in the same sentence: 我们可以为您换货，但无法退款. */
export const alternativeBefore = /(?<![不没沒无無否])(?:可以|能够|能夠)/u
