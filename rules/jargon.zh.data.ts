/**
 * Chinese data for `jargon`, beside the English `jargon.data.ts`: internal
 * support and logistics terms in Chinese replies, each with the words a
 * customer would use, and the Latin acronyms agents drop into Chinese text.
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 004 编码 — 先把客户不懂的语言转化成客户能懂的语言,不要求非得用专业述语
 * (and the 爬号业务 story: the customer's word for a service is not ours);
 * 002 語言精準性 — 使用行業術語時,確保客戶能夠理解,必要時進行解釋.
 */

export interface ZhTerm {
  /** Spellings; Chinese ones match on word-segment boundaries, Latin ones on Latin word boundaries. */
  match: string[]
  /** How a customer would put it. */
  plain: string
  /** The plain words in a sentence, for the message. */
  example: string
  /** Latin spellings are matched in capitals only (acronyms). */
  caseSensitive?: boolean
  /** Not the term when the text right before it (same sentence) matches. */
  unlessBefore?: RegExp
  /** Not the term when the text right after it matches. */
  unlessAfter?: RegExp
  /** The term counts only when the text after it matches, or the text before it matches `onlyBefore`. */
  onlyAfter?: RegExp
  onlyBefore?: RegExp
}

/** Support staff: 一线客服, 二线同事. */
const staff = '客服|同事|人员|人員|专员|專員|支持|团队|團隊|工程师|工程師|技术|技術|处理|處理|部门|部門'
/** Handing a case on: 转二线, 提交给二线. */
const handOn = /(?:转|轉|转给|轉給|转交|轉交|交给|交給|转到|轉到|转至|轉至|提交给|提交給|提交到|提交至)$/u
/** In the same clause: 系统升级处理中, 会员升级处理 are upgrades, not escalation. */
/** Not a support tier: 二线城市, 一线品牌, 一线希望, 一线之隔. */
const notTier =
  /^(?:城市|城|品牌|明星|演员|演員|球队|球隊|股|白马|白馬|地区|地區|市场|市場|产品|產品|医院|醫院|队|隊|阵容|陣容|之|希望|生机|生機|天|光|曙光)/u
const upgradeBefore =
  /(?:系统|系統|会员|會員|版本|软件|軟件|固件|程序|套餐|服务器|伺服器|服務器|网站|網站|网络|網絡|應用|应用|APP|App|app|账户|賬戶|帳戶|账号|賬號|帳號|设备|設備|产品|產品|等级|等級)[^，,。；;！!？?]{0,8}$/u

export const terms: ZhTerm[] = [
  {match: ['工单号', '工單號'], plain: '申请编号', example: '您的申请编号是……'},
  {match: ['工单', '工單'], plain: '您的服务申请', example: '您的服务申请已提交，我们会在今天下午回复您'},
  {match: ['派工单', '派工單', '派单', '派單'], plain: '安排工作人员', example: '我们已为您安排师傅，明天上午上门'},
  {
    match: ['二线', '二線', '三线', '三線'],
    plain: '技术专家',
    example: '我们已请技术专家处理您的问题',
    // 二线城市, 二线品牌, 退居二线 are not support tiers.
    unlessAfter: notTier,
    unlessBefore: /退居$/u
  },
  {
    match: ['一线', '一線'],
    plain: '客服同事',
    example: '客服同事已经记录了您的问题',
    // Only as a support tier: 一线客服, 转一线; not 一线城市, 一线希望, 一线品牌.
    onlyAfter: new RegExp(`^(?:${staff})`, 'u'),
    onlyBefore: handOn,
    unlessAfter: notTier
  },
  {match: ['升级处理', '升級處理'], plain: '转交专门的同事处理', example: '我们已把您的问题转交专门的同事处理', unlessBefore: upgradeBefore},
  {
    match: ['升级', '升級'],
    plain: '转交',
    example: '我们已把您的问题转交主管',
    // Escalation to a person or a team only: 升级给主管, 升级到二线; never 会员升级到金卡.
    onlyAfter: /^(?:给|給|到|至)(?:二线|二線|三线|三線|主管|上级|上級|专员|專員|技术|技術|高级|高級|专家|專家|相关部门|相關部門|经理|經理|后台|後台)/u,
    unlessBefore: upgradeBefore
  },
  {match: ['流转', '流轉'], plain: '转交', example: '您的问题已转交售后部门', onlyAfter: /^(?:至|到|给|給)/u},
  {match: ['转派', '轉派'], plain: '转交', example: '您的问题已转交售后部门'},
  {match: ['客诉', '客訴'], plain: '投诉', example: '您的投诉我们已经收到'},
  {match: ['已揽收', '已攬收', '已揽件', '已攬件'], plain: '快递员已取件', example: '快递员已上门取件'},
  {match: ['揽收', '攬收', '揽件', '攬件'], plain: '快递员上门取件', example: '快递员今天下午上门取件'},
  {match: ['已妥投'], plain: '已送达', example: '您的包裹已送达'},
  {match: ['妥投'], plain: '送达', example: '您的包裹已送达'},
  {match: ['截单时间', '截單時間'], plain: '当天发货的下单截止时间', example: '下午4点前下单，当天发货'},
  {match: ['截单', '截單'], plain: '停止当天发货', example: '下午4点前下单，当天发货'},
  {match: ['问题件', '問題件'], plain: '运输中出现异常的包裹', example: '您的包裹在运输中出现异常，我们正在跟快递公司核实'},
  {match: ['滞留件', '滯留件'], plain: '暂时停在中转站的包裹', example: '您的包裹暂时停在中转站'},
  {match: ['拦截件', '攔截件'], plain: '被拦回的包裹', example: '您的包裹已被拦回，正在退回我们的仓库'},
  {match: ['面单', '面單'], plain: '快递单', example: '请拍一张包裹上快递单的照片'},
  // 进线 is also the incoming wire of an electrical device (进线端, 进线口).
  {match: ['进线', '進線'], plain: '联系我们', example: '感谢您联系我们', unlessAfter: /^(?:端|口|柜|櫃|孔|盒|线|線)/u}
]

/**
 * Internal terms in Latin letters inside Chinese text, with Chinese plain
 * words (the English list's terms, minus what a Chinese reader knows: KB is
 * also kilobytes in 500 KB).
 */
export const latinTerms: ZhTerm[] = [
  {match: ['SLA', 'SLAs'], plain: '我们承诺的回复时间', example: '我们会在24小时内回复您', caseSensitive: true},
  {match: ['RMA', 'RMAs'], plain: '退货授权号', example: '您的退货授权号是……', caseSensitive: true},
  {match: ['TAT'], plain: '处理时长', example: '处理大约需要3个工作日', caseSensitive: true},
  {match: ['KBA'], plain: '帮助文章', example: '请看这篇帮助文章', caseSensitive: true},
  {match: ['CSAT', 'NPS', 'AHT', 'FCR'], plain: '满意度调查', example: '稍后您会收到一份满意度调查', caseSensitive: true},
  {match: ['CRM'], plain: '客户档案', example: '我们已在您的客户档案里记下了', caseSensitive: true},
  {match: ['SOP', 'SOPs'], plain: '标准流程', example: '按我们的标准流程，退款会在3天内到账', caseSensitive: true},
  {match: ['SKU', 'SKUs'], plain: '商品编号', example: '请告诉我们商品编号', caseSensitive: true},
  {match: ['RCA'], plain: '原因分析', example: '我们查到了问题的原因', caseSensitive: true},
  {match: ['OOO'], plain: '不在办公室', example: '负责的同事今天不在办公室', caseSensitive: true},
  {match: ['EOD', 'COB'], plain: '今天下班前', example: '我们今天下班前回复您', caseSensitive: true},
  {match: ['ETA'], plain: '预计到达时间', example: '预计明天下午送达', caseSensitive: true},
  {match: ['L1', 'T1'], plain: '客服同事', example: '客服同事已经记录了您的问题', caseSensitive: true},
  {match: ['L2', 'L3', 'T2', 'T3'], plain: '技术专家', example: '我们已请技术专家处理您的问题', caseSensitive: true},
  {match: ['P1', 'P2', 'P3', 'Sev1', 'Sev2', 'SEV1', 'SEV2'], plain: '紧急', example: '我们已把您的问题列为紧急处理', caseSensitive: true},
  {match: ['ticket', 'tickets'], plain: '服务申请', example: '您的服务申请已提交'},
  {match: ['escalate', 'escalated', 'escalation'], plain: '转交专门的同事', example: '我们已把您的问题转交专门的同事处理'},
  {match: ['backend', 'back-end'], plain: '我们的系统', example: '我们的系统显示……'},
  {match: ['hotfix', 'hot-fix'], plain: '紧急修复', example: '我们今晚会修复这个问题'},
  {match: ['deploy', 'deployed', 'deployment'], plain: '上线', example: '修复今晚上线'},
  {match: ['repro'], plain: '复现步骤', example: '请告诉我们问题是怎么出现的'},
  {match: ['prod'], plain: '正式环境', example: '修复已经在正式环境生效'}
]

/**
 * Acronyms a Chinese reader knows, beside the English list: APP, VIP, QQ,
 * EMS (China Post's express), sizes of files and plans.
 */
export const knownAcronyms = [
  'APP', 'APPs', 'VIP', 'SVIP', 'QQ', 'EMS', 'SN', 'NFC', 'MAC', 'WIFI', 'PPT', 'ETC', 'POS', 'KTV', 'CCTV', 'KB', 'MB', 'GB', 'TB',
  'RAR', 'ISBN', 'VR', 'AR', 'LED', 'PLUS', 'PRO', 'MAX', 'MINI', 'XL', 'XXL', 'XS', 'CM', 'MM', 'KG'
]
