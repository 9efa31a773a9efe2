/**
 * Chinese data for `no-blame`, beside the English `no-blame.data.ts`: the
 * 服务忌语 that blame, lecture, argue with or brush off the customer (你自己看,
 * 你怎么不早说, 我已经说过了, 别激动, 不知道).
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 000 记住绝对不要急著辩护、争论或以负面方式回应; 004 客户永远不会成为服务人员的出气筒;
 * 002 職業語言 即使在處理投訴或面對不理性客戶時，也要保持語言的禮貌和克制.
 */
import type {ZhEntry} from '../src/text/zh-entries.js'


const combine = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((all, part) => all.flatMap((head) => part.map((tail) => head + tail)), [''])

/** A condition or a question blames no one: 如果您填错了地址，…; 您是不是填错了？ */
const condition =
  /(?:如果|如果是|若是|若|要是|万一|萬一|假如|倘若|是否|是不是|有没有|有沒有|可能|也许|也許|或许|或許|以免|避免|防止|担心|擔心|怕)[^，,。！？；]{0,4}$/u

/** What the customer should have received or seen is information, not blame: 您早该收到了，我帮您查一下. */
const received =
  /^[^，,。！？；]{0,10}?(?:收到|收货|收貨|到货|到貨|拿到|送达|送達|送到|到账|到賬|到帳|看到|接到|寄到|到达|到達|到了)/u

const blame = (found: string) =>
  `“${found}”是在责怪客户：请直接说明怎么解决，例如“表单需要填写订单号，订单号在确认短信里。”`

const lecture = (found: string) =>
  `“${found}”是在就过去的事说教：请说明现在怎么做，例如“下次在物流页面就能看到进度，这次我已经帮您加急了。”`

const accuse = (found: string) =>
  `“${found}”听起来像在质问：请直接询问需要的信息，例如“请问您是哪天下的单？”`

const impatience = (found: string) =>
  `“${found}”显得不耐烦：请平和地把要点再说一遍，例如“简单回顾一下：退款会在3个工作日内到账。”`

const argue = (found: string) =>
  `“${found}”是在和客户争辩：请先表示理解，再说明能做什么，例如“我理解这让您很着急，我现在就为您处理。”`

const command = (found: string) =>
  `“${found}”是命令的口气：请说明需要什么、为什么，例如“申请退款需要先登录账户，登录入口在页面右上角。”`

const brushOff = (found: string) =>
  `“${found}”是在打发客户：请直接给出答案或带客户一步步操作，例如“我帮您查了，包裹明天上午送到。”`

const dontKnow = (found: string) =>
  `“${found}”是在打发客户：请说明您会去查清楚、何时答复，例如“这个问题我马上帮您核实，今天下午5点前答复您。”`

/**
 * The customer named with what they got wrong (你搞错了, 您自己没看清楚) —
 * not 如果您填错了, 您填错的地址我们已改好.
 */
function mistakesOf(subjects: string[]): ZhEntry {
  return {
    phrases: [
      ...combine(subjects, ['搞错', '弄错', '看错', '记错', '填错', '输错', '输入错', '选错', '买错', '下错', '操作错', '操作失误', '没看清楚', '没有看清楚', '没仔细看', '没有仔细看']),
      ...combine(subjects, ['搞錯', '弄錯', '看錯', '記錯', '填錯', '輸錯', '輸入錯', '選錯', '買錯', '下錯', '操作錯', '操作失誤', '沒看清楚', '沒有看清楚', '沒仔細看', '沒有仔細看'])
    ],
    reason: blame,
    unlessBefore: condition,
    unlessAfter: /^的/u
  }
}

export const entries: ZhEntry[] = [
  // 你搞错了 / 您填错地址了 / 您没看清楚.
  mistakesOf(['你', '您']),
  {
    // 是您自己操作失误 / 这是你自己的问题 / 是您的错 — not 这不是您的错, 是您自己收货吗.
    phrases: combine(['你', '您'], ['自己的问题', '自己的原因', '自己的责任', '自己的错', '自己的失误', '自己的問題', '自己的責任', '自己的錯', '自己的失誤']),
    patterns: [
      /(?:这|這|那)?是(?:你|您)自己(?:操作|弄|搞|填|输|輸|选错|選錯|点错|點錯|删|刪|没|沒|忘|不小心|造成|导致|導致|误|誤)/u,
      /(?:这|這|那|都|全)?是(?:你|您)的(?:错|錯)/u,
      // 是您没有更新App导致的: the customer named as the cause.
      /是(?:你|您)(?:没有|沒有|没|沒|未)[^，,。！？；]{1,12}(?:导致|導致|造成)的?/u
    ],
    reason: blame,
    // Not a denial (不是您的错), a condition (如果是您没有…导致的) or a hedged diagnosis (可能是您没有开启权限导致的).
    unlessBefore: new RegExp(String.raw`(?:不|不是|并不是|並不是|并非|並非|绝不是|絕不是|怎么会|怎麼會|会|會|哪里|哪裡|哪)$|${condition.source}`, 'u')
  },
  // 您自己没有仔细看 / 你自己搞错了; after 是 the entry before names it first (是您自己操作失误).
  mistakesOf(['你自己', '您自己']),
  {
    // 你早该联系我们 / 您当初应该… — not 您早该收到了 (what the customer can expect).
    phrases: [
      ...combine(['你', '您'], ['早该', '早就该', '早就应该', '本该', '本应该', '本来应该', '当初应该', '当时应该', '当初就应该']),
      ...combine(['你', '您'], ['早該', '早就該', '早就應該', '本該', '本應該', '本來應該', '當初應該', '當時應該', '當初就應該'])
    ],
    reason: lecture,
    unlessAfter: received
  },
  {
    // 你应该早点告诉我们 — not 明天您应该早点出发 (advice for what is to come).
    phrases: combine(['你', '您'], ['应该早点', '应该早些', '應該早點', '應該早些']),
    reason: lecture,
    unlessAfter: /^(?!(?:告诉|告訴|说|說|讲|講|联系|聯繫|聯絡|联络|反馈|反饋|申请|申請|处理|處理|问|問|找|提|通知|来|來|下单|下單|确认|確認))/u
  },
  {
    // 你怎么不早说 / 您为什么没… — not 您怎么没收到 (about to be looked into), 您为什么不满意.
    phrases: [
      '怎么不早说',
      '怎么不早点说',
      '为什么不早说',
      '为什么不早点说',
      '早说嘛',
      '怎麼不早說',
      '怎麼不早點說',
      '為什麼不早說',
      '為什麼不早點說',
      '早說嘛',
      ...combine(['你', '您'], ['怎么不', '怎么没', '怎么没有', '为什么不', '为什么没', '为什么没有', '干嘛不', '怎麼不', '怎麼沒', '怎麼沒有', '為什麼不', '為什麼沒', '為什麼沒有', '幹嘛不'])
    ],
    reason: accuse,
    unlessAfter: new RegExp(`${received.source}|^(?:满|滿|方便|舒服|开心|開心|高兴|高興|放心|愉快|喜欢|喜歡)`, 'u')
  },
  {
    // 我已经说过了 / 跟您说过 / 说了多少遍 — not 我之前说过会在周五回复您, 跟您说过的优惠券.
    phrases: [
      ...combine(['我', '我们'], ['已经说过', '说过', '都说了', '都说过', '刚才说了', '刚才说过', '刚才已经说了', '刚刚说了', '刚刚说过', '之前说过', '之前已经说过', '前面说过', '前面已经说过', '不是说了', '不是说过', '不是已经说了']),
      ...combine(['我', '我們'], ['已經說過', '說過', '都說了', '都說過', '剛才說了', '剛才說過', '剛才已經說了', '剛剛說了', '剛剛說過', '之前說過', '之前已經說過', '前面說過', '前面已經說過', '不是說了', '不是說過', '不是已經說了']),
      ...combine(['跟', '和'], ['你', '您'], ['说过', '說過', '说了很多遍', '說了很多遍']),
      ...combine(['告诉过', '告訴過'], ['你', '您']),
      '说了多少遍',
      '说过多少遍',
      '说了多少次',
      '说过多少次',
      '说了很多遍',
      '说过很多次',
      '說了多少遍',
      '說過多少遍',
      '說了多少次',
      '說過多少次',
      '說了很多遍',
      '說過很多次',
      '我再说一遍',
      '我再说最后一遍',
      '我再說一遍',
      '我再說最後一遍',
      '正如我所说',
      '正如我之前所说',
      '就像我说的',
      '像我说的',
      '如我所说',
      '正如我所說',
      '正如我之前所說',
      '就像我說的',
      '像我說的',
      '如我所說'
    ],
    reason: impatience,
    // A relative clause or a promise recalled: 跟您说过的优惠券, 我说过会帮您跟进.
    unlessAfter: /^(?:的|会|會|要|将|將|可以|能)/u
  },
  {
    // 冷静一点 / 别激动 / 你听不懂吗 / 您误会了 — not 让您误会了 (the agent owning it).
    phrases: [
      ...combine(['', '你', '您', '请', '请您'], ['冷静一点', '冷静一下']),
      ...combine(['', '你', '您', '請', '請您'], ['冷靜一點', '冷靜一下']),
      '请冷静',
      '请您冷静',
      '请保持冷静',
      '請冷靜',
      '請您冷靜',
      '請保持冷靜',
      '别激动',
      '不要激动',
      '没必要这么激动',
      '不用这么激动',
      '別激動',
      '不要激動',
      '沒必要這麼激動',
      '不用這麼激動',
      '听不懂吗',
      '听不懂人话',
      '聽不懂嗎',
      '聽不懂人話',
      ...combine(['你', '您'], ['听不懂', '聽不懂', '错了', '錯了', '说错了', '說錯了', '理解错了', '理解錯了', '误会了', '誤會了']),
      '无理取闹',
      '無理取鬧',
      ...combine(['你', '您'], ['讲点道理', '講點道理'])
    ],
    reason: argue,
    unlessBefore: /(?:不是|并不是|並不是|不|没|沒|如果|若|要是|万一|萬一|是不是|是否|以为|以為|让|讓|令|使|造成|导致|導致|引起|担心|擔心|怕)$/u
  },
  {
    // 你必须先付款 — say what is needed: 需要先付款.
    phrases: ['你必须', '您必须', '你必須', '您必須'],
    reason: command,
    unlessBefore: condition
  },
  {
    // 你自己看 / 您自己查一下 / 你自己想办法 — not 您也可以自己查看物流 (self-service offered).
    phrases: [
      ...combine(['你', '您'], ['自己看', '自己去看', '自己查', '自己去查', '自己想办法', '自己想辦法', '自己看着办', '自己看著辦', '自己去问', '自己去問']),
      '自己看吧',
      '自己去看吧',
      '自己查吧',
      '自己想办法吧',
      '自己想辦法吧'
    ],
    startOnly: true,
    reason: brushOff,
    // 您自己看到的价格: what the customer saw.
    unlessAfter: /^(?:到|见|見|得到|得见|得見)/u
  }
]

/**
 * 不知道 as the whole answer, checked on its own: help offered with it, in
 * its sentence or the next, makes it honest (我不知道，我帮您问一下。).
 */
export const dontKnowEntry: ZhEntry = {
  // 我不知道。 / 这个不知道 / 我哪知道 — not 不知道您是否方便… (I wonder), 您可能不知道，…, 目前还不知道，我查到后告诉您.
  phrases: ['不知道', '我不清楚', '我也不清楚', '我们不清楚', '我们也不清楚', '我們不清楚', '我們也不清楚', '我哪知道', '我怎么知道', '我怎麼知道', '谁知道', '誰知道', '天知道'],
  reason: dontKnow,
  // Only where it ends the clause: 不知道您是否方便, 不知道为什么 go on.
  unlessAfter: /^(?![呢啊哦呀诶欸耶哈啦了喔吧嘛哟]*(?:[^\p{Script=Han}]|$))/u,
  // The customer not knowing, a condition, or not yet: 您可能不知道, 如果不知道, 目前还不知道.
  unlessBefore:
    /(?:您|你|客户|客戶|顾客|顧客|大家|很多人|有人|如果|若|要是|万一|萬一|假如|还|還|暂时|暫時|目前|现在|現在|尚|也许|也許|可能|或许|或許)[^，,。！？；]{0,3}$/u
}

/**
 * The agent offering to find out, after a 不知道: 我帮您问一下, 我马上去查,
 * 我们核实后回复您 — not 您问问快递 (the customer sent elsewhere).
 */
export const offersHelp =
  /帮您|幫您|为您|為您|替您|马上|馬上|这就|這就|立即|立刻|尽快|盡快|稍后|稍後|回复您|回覆您|答复您|答覆您|告诉您|告訴您|(?:我|我们|我們)[^，,。！？；您你]{0,6}(?:查|问|問|核实|核實|确认|確認|了解|联系|聯繫|聯絡|跟进|跟進)/u
