/**
 * Chinese data for `sincere-apology`, beside the English `sincere-apology.data.ts`:
 * apologies for the customer's feelings, hedged apologies, and blame pushed
 * elsewhere (the 服务忌语 不归我管, 这是规定, 找快递公司, 我也没办法).
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 002 服務補救 誠懇道歉 為客戶經歷的不便或問題表達真誠歉意，不推諉責任 …
 * 說明原因(但不是借口); 002 職業操守 責任 不推諉、不逃避; 003 模式六 有自我服务,没有全面服务.
 */
import type {ZhEntry} from '../src/text/zh-entries.js'


/** Words that make a sentence an apology (or its stock “please understand”). */
const apologyWords = '抱歉|对不起|對不起|不好意思|道歉|歉意|致歉|谅解|諒解|见谅|見諒|包涵|遗憾|遺憾'

/** A clause that only tells the customer something went wrong: 非常抱歉给您带来不便 is an apology, 如有不便 alone is not. */
const noApology = new RegExp(`^(?![\\s\\S]*(?:${apologyWords}))`, 'u')

/** Conditions and doubts around a phrase: 如果不是我们的问题, 即使不是我们的责任, 核实是快递的问题还是…. */
const condition =
  /(?:如果|如果是|若是|若|要是|假如|倘若|万一|萬一|无论|無論|不管|不论|不論|即使|即便|就算|哪怕|确认|確認|核实|核實|查明|查清|判断|判斷|看看|检查|檢查)$/u

/** The agent is the one acting: 我们已经帮您找快递公司, 我这边去问快递. */
const ourAction = /(?:我|咱们|咱們|我方|本店|小店|客服)[^，,。！？；]{0,8}$/u

/** Ends the clause: 这是规定。 这是公司规定的， 这是规定呢 — not 这是规定的流程. */
const endsClause = /^(?!的?[呢啊哦呀嘛啦了吧喔哈]*(?:[^\p{Script=Han}]|$))/u

const feelings = (found: string) =>
  `“${found}”是在为客户的感受道歉，而不是为发生的事道歉：请直接说明出了什么问题，例如“很抱歉您的订单晚到了三天。”`

const stock = (found: string) =>
  `“${found}”是套话，听起来像在怀疑问题是否真的存在：请说出具体的问题，例如“很抱歉让您等了两周才收到退款。”`

const shift = (found: string) =>
  `“${found}”把问题推给了别人：请承担下来，说明您会做什么，例如“我今天就帮您联系快递催件。”`

/** Who the blame is pushed to: simplified, traditional. */
const parties = ['快递', '快递公司', '物流', '物流公司', '银行', '厂家', '商家', '卖家', '供应商', '仓库', '平台']
const partiesHant = ['快遞', '快遞公司', '物流', '物流公司', '銀行', '廠家', '商家', '賣家', '供應商', '倉庫', '平台']

const combine = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((all, part) => all.flatMap((head) => part.map((tail) => head + tail)), [''])

/** The rule is the reason: 这是规定, 这是公司的规定, 这是我们公司的政策. */
const rulesSimplified = combine(['这是', '那是'], ['', '公司', '公司的', '我们的', '我们公司', '我们公司的', '平台', '平台的'], ['规定', '政策', '制度'])
const rulesTraditional = combine(['這是', '那是'], ['', '公司', '公司的', '我們的', '我們公司', '我們公司的', '平台', '平台的'], ['規定', '政策', '制度'])

export const entries: ZhEntry[] = [
  {
    // 如果您觉得不满意，我们很抱歉 / 如果我们的回复让您感到不快，我们深表歉意: sorry if you feel.
    phrases: [],
    patterns: [
      new RegExp(
        String.raw`(?:如果|假如|要是|若是|倘若|若|万一|萬一)[^，,。！？；]{0,12}?(?:让|讓|令|使)?(?:您|你)(?:觉得|覺得|感到|感觉|感覺|认为|認為|以为|以為|不满意|不滿意|不高兴|不高興|不开心|不開心|失望|被冒犯)` +
          // …and the next clause is the apology: not 如果您觉得方便，请回复，抱歉打扰.
          String.raw`(?=[^，,。！？；]{0,30}[，,]\s*(?:那么|那麼|那)?[^，,。！？；请請可欢歡随隨]{0,8}?(?:${apologyWords}))`,
        'u'
      ),
      // 很抱歉，如果您觉得我们太慢了 (the condition ends the sentence).
      new RegExp(
        String.raw`(?<=(?:${apologyWords})[，,]?\s*)(?:如果|假如|要是|若是|若)[^，,。！？；]{0,12}?(?:让|讓|令|使)?(?:您|你)(?:觉得|覺得|感到|感觉|感覺|认为|認為|以为|以為|不满意|不滿意|不高兴|不高興|不开心|不開心|失望|被冒犯)(?=[^，,。！？；]{0,20}[。！？!?…]*$)`,
        'u'
      ),
      // 很抱歉您会这么想 / 抱歉让您有这种感觉: sorry you feel that way.
      new RegExp(
        String.raw`(?<=(?:${apologyWords})[，,]?\s*)(?:让|讓|令)?(?:您|你)(?:会|會)?(?:(?:这么|這麼|这样|這樣|如此)(?:想|觉得|覺得|认为|認為|看)|有(?:这种|這種|这样的|這樣的)(?:感觉|感覺|感受|想法|看法))`,
        'u'
      )
    ],
    reason: feelings
  },
  {
    // 如有不便，敬请谅解 / 对可能给您带来的不便深表歉意 / 对此带来的任何不便: only inside an apology;
    // 可能会带来一些麻烦 (a warning about what is to come) is no hedge.
    phrases: ['任何不便', '一切不便'],
    patterns: [
      /(?:如果|如(?!此)|若|假如|倘若|要是)(?:有|(?:此事|这|這|此)?(?:给|給)(?:您|你)(?:带来|帶來|造成)了?|(?:带来|帶來|造成)了?)(?:任何|一些)?(?:不便|困扰|困擾|麻烦|麻煩|不愉快|打扰|打擾)/u,
      /(?:可能|或许|或許|也许|也許)(?:已经|已經)?(?:给|給)?(?:您|你)?(?:带来|帶來|造成)(?:了|的)(?:任何|一切|一些)?(?:不便|困扰|困擾|麻烦|麻煩|不愉快)/u
    ],
    reason: stock,
    unlessUnit: noApology,
    // 不会有任何不便 says there is none.
    unlessBefore: /(?:没有|沒有|不会有|不會有|无|無)$/u
  },
  {
    phrases: [
      '不归我管',
      '不归我们管',
      '不归我负责',
      '不归我们负责',
      '不是我管的',
      '不是我负责的',
      '不是我们负责的',
      '我管不了',
      '我们管不了',
      '不歸我管',
      '不歸我們管',
      '不歸我負責',
      '不歸我們負責',
      '不是我負責的',
      '不是我們負責的',
      '我們管不了',
      '不是我们的问题',
      '不是我的问题',
      '不是我们这边的问题',
      '不是我们的责任',
      '不是我的责任',
      '不是我们的错',
      '不是我的错',
      '不是我們的問題',
      '不是我的問題',
      '不是我們這邊的問題',
      '不是我們的責任',
      '不是我的責任',
      '不是我們的錯',
      '不是我的錯',
      '不关我们的事',
      '不关我的事',
      '不關我們的事',
      '不關我的事',
      '与我们无关',
      '与我无关',
      '与本店无关',
      '與我們無關',
      '與我無關',
      '與本店無關',
      ...combine(['跟', '和'], ['我们', '我'], ['没关系', '没有关系', '无关']),
      ...combine(['跟', '和'], ['我們', '我'], ['沒關係', '沒有關係', '無關']),
      '我也没办法',
      '我也没有办法',
      '我们也没办法',
      '我们也没有办法',
      '我也没辙',
      '我也无能为力',
      '我们也无能为力',
      '我们无能为力',
      '爱莫能助',
      '我也沒辦法',
      '我也沒有辦法',
      '我們也沒辦法',
      '我們也沒有辦法',
      '我也沒轍',
      '我也無能為力',
      '我們也無能為力',
      '我們無能為力',
      '愛莫能助'
    ],
    reason: shift,
    unlessBefore: condition
  },
  {
    // 这是快递的问题 / 是物流那边的责任: the customer's problem handed to someone else.
    phrases: [
      ...combine(['是', '这是', '那是', '都是'], parties, ['的问题', '的责任', '的错', '那边的问题', '那边的责任']),
      ...combine(['是', '這是', '那是', '都是'], partiesHant, ['的問題', '的責任', '的錯', '那邊的問題', '那邊的責任'])
    ],
    reason: shift,
    unlessBefore: condition,
    // 是快递的问题还是我们的问题，我们会查清楚: a question being looked into.
    unlessAfter: /^(?:还是|還是|吗|嗎|与否|與否)/u
  },
  {
    // 这是规定 / 这是公司规定的: the rule as the whole answer, not 这是规定的流程 or 根据规定….
    phrases: [
      ...rulesSimplified,
      ...rulesTraditional,
      '规定就是规定',
      '規定就是規定',
      '公司就是这么规定的',
      '公司就是這麼規定的',
      '规定就是这样',
      '規定就是這樣'
    ],
    reason: shift,
    unlessBefore: condition,
    unlessAfter: endsClause
  },
  {
    // 您去找快递公司吧 / 你问问快递: the customer sent elsewhere, not 我们会帮您找快递公司核实.
    phrases: [
      ...combine(['找'], ['快递公司', '物流公司', '快递那边', '银行', '厂家', '商家', '卖家', '供应商', '发卡行']),
      ...combine(['找'], ['快遞公司', '物流公司', '快遞那邊', '銀行', '廠家', '商家', '賣家', '供應商', '發卡行']),
      '去找快递',
      '去找快遞',
      '去问快递',
      '去問快遞',
      '问问快递',
      '問問快遞',
      '问快递公司',
      '問快遞公司'
    ],
    reason: shift,
    unlessBefore: ourAction,
    // 找快递员上门取件, 去找快递柜: a courier or a locker to use, not someone to blame.
    unlessAfter: /^(?:员|員|柜|櫃|点|點|站|驿站|驛站|网点|網點|小哥)/u
  },
  {
    // 那是售后部门的事 / 这归售后管 / 这是技术部的问题 — not 这是我们技术部门的问题 (owning it).
    phrases: [],
    patterns: [
      /(?:那|这|這)(?:个|個)?(?:是|归|歸|得归|得歸|属于|屬於)(?:(?!我)\p{Script=Han}){0,8}?(?:部门|部門|部|组|組|中心|售后|售後|财务|財務)(?:的事情|的事儿|的事兒|的事|的问题|的問題|管的|管)/u
    ],
    reason: shift
  }
]
