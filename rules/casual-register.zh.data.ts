/**
 * Chinese data for `casual-register`, beside the English `casual-register.data.ts`:
 * internet slang in a reply to a customer, with the standard word.
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 002 職業語言 語言規範 避免口語化、隨意化或不恰當表達; 002 職業禮儀 得體
 * 專業而不刻板,友善而不過度熟絡; 002 電話溝通 保持親切而不過於隨意.
 */
import type {Channel} from '../src/types.js'

export interface ZhSlang {
  /** Spellings, matched on word-segment boundaries. */
  phrases: string[]
  /** The standard word ('' drops the slang). */
  formal: string
  /** The standard word in traditional characters, when the spelling is shared (木有 → 沒有). */
  formalTraditional?: string
  /** `formal` fits every sentence the slang is found in: `--fix` may apply it. */
  fix: boolean
  /** Why, for a slang word that is dropped or rewritten rather than replaced. */
  why?: string
  /** A sentence as it should read. */
  example: string
  /** Not slang when the text right before (same unit) matches. */
  unlessBefore?: RegExp
  /** Not slang when the text right after (same unit) matches. */
  unlessAfter?: RegExp
  /** Slang only when this holds of the text before and after (童鞋 is children's shoes unless it addresses someone). */
  onlyWhen?: (before: string, after: string) => boolean
  /** Channels where the word is fine (亲 in chat); such a word is an address, and the message says so. */
  allowedIn?: readonly Channel[]
  /** Channels where the word counts; all when unset (哈哈 only in e-mail). */
  onlyIn?: readonly Channel[]
}

/** Characters before 木 that make a word of wood (红木, 积木, 实木): "红木有三种" is no 木有. */
const wood = /[红紅积積树樹林草原实實松柏杉檀楠枣棗橡桃梨苗伐土灌乔喬硬软軟圆圓枕独獨麻滚滾椽朽乌烏沉榉櫸樟桦樺柚白黑浮枯花苦神果栎櫟桐杨楊柳榆楸椴竹板方锯鋸檩檁椰棕柞铁鐵翅胶膠纸紙]$/u

/**
 * 亲 in a word or an idiom is no address: 亲自, 亲子, 亲测, 亲历, 亲临, 亲朋,
 * 父亲, 单亲, 事必躬亲, 亲力亲为 (the segmenter splits some of these).
 */
const kinAfter =
  /^(?:自|子|测|測|历|歷|临|臨|朋|友|民|兄|弟|姐|妹|赴|睐|睞|爹|妈|媽|娘|爸|身|手|口|眼|耳|笔|筆|属|屬|戚|情|近|人|切|密|和|善|热|熱|吻|生|王|家|爱|愛|昵|暱|信|缘|緣|征|政|疏|骨|族|事|传|傳|授|启|啟|见|見|上加|力)/u
const kinBefore = /(?:父|母|双|雙|单|單|相|探|省|乡|鄉|表|姻|血|至|成|求|认|認|宗|躬|六|无|無|灭|滅|加|力|思|娶|结|結|定|提|说|說|攀|沾|近|远|遠|嫡|皇|宗)$/u

export const slang: ZhSlang[] = [
  {phrases: ['神马'], formal: '什么', fix: true, example: '请问有什么可以帮您？', unlessAfter: /^(?:搜索|浏览器)/u},
  {phrases: ['神馬'], formal: '什麼', fix: true, example: '请问有什么可以帮您？', unlessAfter: /^(?:搜索|瀏覽器)/u},
  {phrases: ['表酱紫'], formal: '不要这样', fix: true, example: '您先别着急，我们马上处理。'},
  {phrases: ['表醬紫'], formal: '不要這樣', fix: true, example: '您先别着急，我们马上处理。'},
  // 酱紫色 is a colour.
  {phrases: ['酱紫'], formal: '这样', fix: true, example: '这样处理可以吗？', unlessAfter: /^(?:色|红|紅)/u},
  {phrases: ['醬紫'], formal: '這樣', fix: true, example: '这样处理可以吗？', unlessAfter: /^(?:色|红|紅)/u},
  {phrases: ['有木有'], formal: '有没有', formalTraditional: '有沒有', fix: true, example: '请问您有没有收到短信？'},
  {phrases: ['木有'], formal: '没有', formalTraditional: '沒有', fix: true, example: '目前还没有物流信息。', unlessBefore: wood},
  // 红肿么 asks whether it is swollen.
  {phrases: ['肿么'], formal: '怎么', fix: true, example: '请问怎么称呼您？', unlessBefore: /[红紅浮水消臃]$/u},
  {phrases: ['腫麼'], formal: '怎麼', fix: true, example: '请问怎么称呼您？', unlessBefore: /[红紅浮水消臃]$/u},
  {
    phrases: ['童鞋'],
    formal: '同学',
    formalTraditional: '同學',
    fix: true,
    example: '各位同学好。',
    // Otherwise 童鞋 are children's shoes, which a shop sells.
    onlyWhen: (before, after) =>
      /(?:这位|這位|各位|亲爱的|親愛的)$/u.test(before) || /^[们們]/u.test(after) || (/^\s*$/u.test(before) && /^[，,！!~～]/u.test(after))
  },
  {phrases: ['好哒', '好噠', '好滴'], formal: '好的', fix: true, example: '好的，马上为您处理。'},
  {phrases: ['灰常'], formal: '非常', fix: true, example: '非常感谢您的耐心。', unlessBefore: /[烟煙石骨香炉爐纸紙尘塵]$/u},
  {
    phrases: ['么么哒', '么么嗒', '麼麼噠', '麼麼嗒', '么么', '麼麼', 'mua'],
    formal: '',
    fix: false,
    why: '对客户过于亲昵',
    example: '祝您生活愉快！'
  },
  {phrases: ['蓝瘦香菇', '藍瘦香菇'], formal: '', fix: false, why: '是网络用语', example: '给您带来不便，我们非常抱歉。'},
  // 乐呵呵, 笑呵呵: cheerful, not a reply.
  {phrases: ['呵呵哒', '呵呵噠', '呵呵'], formal: '', fix: false, why: '在客户看来像敷衍或嘲讽', example: '好的，已为您处理。', unlessBefore: /[乐樂笑]$/u},
  // 打哈哈 is to joke something away.
  {
    phrases: ['哈哈哈哈哈哈', '哈哈哈哈哈', '哈哈哈哈', '哈哈哈', '哈哈'],
    formal: '',
    fix: false,
    why: '在邮件里不够正式',
    example: '很高兴问题已经解决了。',
    unlessBefore: /打$/u,
    onlyIn: ['email']
  },
  {phrases: ['嗯嗯嗯', '嗯嗯'], formal: '好的', fix: false, example: '好的，已经为您查到了。'},
  {phrases: ['dbq', 'DBQ'], formal: '抱歉', fix: false, example: '抱歉让您久等了。'},
  {phrases: ['yyds', 'YYDS', 'xswl', '绝绝子', '絕絕子'], formal: '', fix: false, why: '是网络用语', example: '这款产品很受欢迎。'},
  // 亲 as an address: the shopping-chat nickname, fine in chat, too familiar in e-mail and in public.
  {phrases: ['亲们', '親們'], formal: '各位', fix: false, example: '各位好。', allowedIn: ['chat']},
  {
    phrases: ['亲亲', '親親', '亲', '親'],
    formal: '您',
    fix: false,
    example: '您好，您的订单已发货。',
    unlessAfter: kinAfter,
    unlessBefore: kinBefore,
    allowedIn: ['chat']
  }
]

/** Characters written one way in traditional and another in simplified, to tell which a reply uses. */
export const traditionalOnly = /[們這個說為會時來對與國還麼沒請謝給發應該經過見點樣覺買賣題問號碼關辦處]/gu
export const simplifiedOnly = /[们这个说为会时来对与国还么没请谢给发应该经过见点样觉买卖题问号码关办处]/gu
