/**
 * Chinese data for `condescension`, beside the English `condescension.data.ts`:
 * words that talk down to the customer (显然, 众所周知, 这很简单, 这都不会).
 * Chinese has no “just click”: 您只需要…即可 is a neutral instruction and
 * stays unflagged, as do 只是, 简单来说 and 当然可以.
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 002 職業禮儀 尊重是職業禮儀的核心; 003 模式五 有以貌取人,没有一视同仁;
 * 003 第六章 把"尊重"刻在心里,写在脸上.
 */
import type {ZhEntry as BaseZhEntry} from '../src/text/zh-entries.js'

/**
 * A Chinese entry: phrases on word-segment boundaries. `startOnly`: the
 * phrases need a boundary where they start only, for words the segmenter
 * glues to what follows (這|顯然是|我們). `drop`: the phrase is an adverb
 * that `--fix` may drop (with the comma after it) when it stands before
 * the rest of its clause.
 */
export type ZhEntry = BaseZhEntry & {drop?: boolean}

/**
 * About our own mistake, or kind: 这显然是我们的失误, 显然让您失望了,
 * 这显然不是您的错 — the same clause only.
 */
const ownsIt = /^[，,]?[^，,。！？；]{0,8}?(?:我们|我們|我方|我的|本店|让您|讓您|给您|給您|令您|不是(?:您|你)|并非(?:您|你)|並非(?:您|你))/u

/** Not the whole claim: 并不是很简单, 看起来很简单, 没那么简单. */
const notClaimed =
  /(?:不是|并不|並不|不|没那么|沒那麼|没有那么|沒有那麼|不太|看起来|看起來|看似|看上去|似乎|听起来|聽起來|说起来|說起來|没有|沒有)$/u

/** Ends the clause: 这都不会？ 这都不会吗 — not 这都不会影响您使用. */
const endsClause = /[吗嗎嘛啊呀呢吧]*(?:[^\p{Script=Han}]|$)/u

const slow = (found: string) => `“${found}”会让客户觉得自己反应慢：删掉它，直接说明事实，例如“按钮在页面左侧。”`

const trivial = (found: string) =>
  `“${found}”暗示这件事很容易，可客户正是卡在这里：去掉这句评价，直接说明步骤，例如“请在‘设置’里打开‘通知’。”`

const mocking = (found: string) =>
  `“${found}”是在嘲讽客户：请耐心说明步骤，例如“第一步，打开‘我的订单’；第二步，点击‘申请退款’。”`

export const entries: ZhEntry[] = [
  {
    phrases: ['显然', '很显然', '顯然', '很顯然', '显而易见', '顯而易見', '明摆着', '明摆著', '明擺著', '明擺着', '众所周知', '眾所周知'],
    startOnly: true,
    drop: true,
    reason: slow,
    unlessAfter: ownsIt
  },
  {
    // 很明显，按钮在左边 / 这很明显 / 您很明显没有登录 — not 划痕很明显 (a defect that is plain to see), 很明显的划痕.
    phrases: ['很明显', '很明顯', '非常明显', '非常明顯'],
    startOnly: true,
    drop: true,
    reason: slow,
    unlessAfter: new RegExp(`${ownsIt.source}|^的`, 'u'),
    unlessBefore: /^(?![\s\S]*(?:这|這|那|这个|這個|那个|那個|但|但是|而且|所以|其实|其實|因为|因為|可是|而|您|你)$)[\s\S]*\p{Script=Han}$/u
  },
  {
    // 谁都知道 / 大家都知道 — not 让大家都知道, 不是大家都知道.
    phrases: ['谁都知道', '誰都知道', '大家都知道', '人人都知道', '地球人都知道'],
    reason: slow,
    unlessBefore: /(?:让|讓|使|令|希望|想|要|不是|并不是|並不是|并非|並非|未必|不一定|告诉|告訴|通知)$/u
  },
  {
    // 这很简单 / 其实非常简单 — not 并不是很简单, 简单来说, 把问题变复杂很简单.
    phrases: [
      '这很简单',
      '這很簡單',
      '很简单',
      '很簡單',
      '非常简单',
      '非常簡單',
      '特别简单',
      '特別簡單',
      '超简单',
      '超簡單',
      '太简单了',
      '太簡單了',
      '这是常识',
      '這是常識',
      '这是基本常识',
      '這是基本常識',
      '这是基本的常识',
      '這是基本的常識'
    ],
    reason: trivial,
    unlessBefore: new RegExp(`${notClaimed.source}|把[^，,。！？；]{1,10}$`, 'u'),
    // 常识性问题: a kind of question; 很简单的三个步骤: our process described.
    unlessAfter: /^(?:地|性|的(?:[一二两兩三四五六七八九十几幾\d]|步骤|步驟|方法|方式|流程|办法|辦法))/u
  },
  {
    // 连这个都不会 / 这还用问 — not 连这个都帮您处理好了. Before 这都不会, so 连这个都不会 is one message.
    phrases: ['连这个都', '連這個都', '连这都', '連這都', '这还用问', '這還用問', '这还用说', '這還用說', '这么简单都', '這麼簡單都'],
    reason: mocking,
    unlessAfter: /^(?!(?:不|没|沒|要|得|还要|還要|还得|還得|搞不|弄不|看不|分不|找不|记不|記不|[吗嗎嘛啊呀呢吧]*(?:[^\p{Script=Han}]|$)))/u
  },
  {
    // 这都不会？ / 这都不懂吗 — not 这都不会影响您使用.
    phrases: ['这都不会', '這都不會', '这个都不会', '這個都不會', '这都不懂', '這都不懂', '这都不知道', '這都不知道'],
    reason: mocking,
    unlessAfter: new RegExp(`^(?!${endsClause.source}|(?:用|弄|操作|做|设置|設置|下载|下載|安装|安裝|填|登录|登錄|看|查|点|點))`, 'u')
  }
]
