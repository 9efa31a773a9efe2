/**
 * Chinese data for `polite-forms`, beside the English `polite-forms.data.ts`.
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 002 語言溝通藝術 禮貌用語 使用"請"、"謝謝"; 002 職業禮儀 尊重 包括稱呼得體;
 * 002 書面溝通規範 專業格式包括適當的稱呼 … 禮貌性結束語; the digest: in Chinese
 * address the customer as 您.
 */

/** 你 / 妳 for the customer: 您. */
export const youSingular = /[你妳]/gu

/** 你们 for several customers: 各位 (never 您们, which is no standard form). */
export const youPlural = /^[你妳][们們]/u

/**
 * Words and idioms where 你 is no address: 迷你 (mini), 你来我往, 不分你我.
 * A 你 inside one of these is left alone.
 */
export const youIdioms = [
  '迷你',
  '你我',
  '你来我往',
  '你來我往',
  '你争我夺',
  '你爭我奪',
  '你侬我侬',
  '你儂我儂',
  '你死我活',
  '你追我赶',
  '你追我趕',
  '你一言我一语',
  '你一言我一語',
  '你中有我',
  '不分你我'
]

/**
 * Verbs that open a request for something the customer gives or does for
 * us, each with what must follow it for the sentence to be a request: an
 * object or a particle (一下, 给我们, 您的 …). A verb alone is no request:
 * 提供的信息 is a noun phrase, 发货 is shipping, 回复时间 a noun. Suggestions
 * (检查网络, 重启 App) and the agent's own acts (确认一下, 核实一下: 我 is
 * often left out) are not on the list.
 */
export interface RequestVerb {
  verbs: string[]
  objects: string[]
}

/**
 * What only the customer holds: 订单号, 截图, 凭证 …, also after 您的 (提供您的订单号).
 * Not 相关, 信息, 服务 or 视频 after 提供, nor 您的 alone: "提供相关服务",
 * "提供视频教程", "提供您的专属优惠" are the agent's offers.
 */
const customerInfoNouns = [
  '订单号',
  '訂單號',
  '订单编号',
  '訂單編號',
  '单号',
  '單號',
  '快递单号',
  '快遞單號',
  '物流单号',
  '物流單號',
  '截图',
  '截圖',
  '照片',
  '凭证',
  '憑證',
  '购买凭证',
  '購買憑證',
  '付款凭证',
  '付款憑證',
  '收货地址',
  '收貨地址',
  '手机号',
  '手機號',
  '联系方式',
  '聯繫方式',
  '联络方式',
  '聯絡方式',
  '姓名',
  '邮箱',
  '郵箱',
  '账号',
  '帳號'
]
const customerInfo = [
  ...customerInfoNouns,
  ...['您的', '你的'].flatMap((your) =>
    [...customerInfoNouns, '订单', '訂單', '地址', '电话', '電話', '问题', '問題', '相关', '相關', '具体', '具體', '详细', '詳細'].map((noun) => your + noun)
  )
]
/** What the customer sends: 截图, 照片, 视频. */
const media = ['截图', '截圖', '照片', '图片', '圖片', '视频', '視頻', '订单号', '訂單號', '单号', '單號']
/** 下 alone is checked for what follows: 下午, 下单, 下载 are no 一下. */
const aMoment = ['一下', '下']
const toUs = ['给我们', '給我們', '给我', '給我']

export const requestVerbs: RequestVerb[] = [
  {verbs: ['提供', '补充', '補充', '提交'], objects: [...aMoment, ...toUs, ...customerInfo]},
  {verbs: ['上传', '上傳'], objects: [...aMoment, ...toUs, ...customerInfo, ...media, '相关', '相關', '清晰']},
  // Not 一个, 一份 after 发: "发一个红包作为补偿" is the agent's.
  {verbs: ['发', '發'], objects: [...aMoment, ...toUs, '我们', '我們', '张', '張', ...media]},
  {verbs: ['发送', '發送', '转发', '轉發'], objects: ['一下', ...toUs, ...media]},
  {verbs: ['填写', '填寫', '填'], objects: [...aMoment, '一张', '一張', '您的', '你的', '收货地址', '收貨地址', '表格', '问卷', '問卷']},
  {verbs: ['告诉', '告訴'], objects: ['我们', '我們', '我', '一下', '客服']},
  // Not 告知一下: the agent says it ("告知一下，您的包裹已到").
  {verbs: ['告知'], objects: ['我们', '我們', '我', '客服']},
  // Not 回复您的: "回复您的问题如下" is the agent's.
  {verbs: ['回复', '回覆', '回復'], objects: ['我们', '我們', '我', '一下', '客服', '数字', '數字', '本邮件', '本郵件', '此邮件', '此郵件', '此短信', '本短信']},
  {verbs: ['联系', '聯繫', '联络', '聯絡', '私信', '致电', '致電'], objects: ['我们', '我們', '我', '客服', '小编', '小編']},
  // Not 拍一下 or 拍下: on a shopping site they mean "order it".
  {verbs: ['拍'], objects: ['一张', '一張', '张', '張', '照片', '视频', '視頻', '给我们', '給我們']},
  // Not 截图 alone: "截图保存到相册" is a how-to for the customer.
  {verbs: ['截'], objects: ['一下', '个图', '個圖', '张图', '張圖']},
  {verbs: ['截图', '截圖', '截屏'], objects: ['一下', '发给', '發給', ...toUs]},
  {verbs: ['寄回'], objects: ['商品', '产品', '產品', '包裹', '一下', ...toUs]},
  // Not 说明一下: the agent says it before explaining.
  {verbs: ['说明', '說明'], objects: ['具体', '具體', '原因', '情况', '情況']},
  {verbs: ['描述'], objects: ['一下', '具体', '具體', '问题', '問題', '情况', '情況']},
  {verbs: ['留下', '留'], objects: [...customerInfo, '电话', '電話', '一下']},
  {verbs: ['报', '報'], objects: [...aMoment, '您的', '你的', '订单号', '訂單號', '单号', '單號', '手机号', '手機號']},
  {verbs: ['配合'], objects: ['我们', '我們', '一下']}
]

/** After 下 these make another word: 下午, 下单, 下载 (发下载链接). */
export const notAMoment = /^(?:来|來|去|面|方|午|周|週|次|个|個|单|單|载|載|架|线|線|旬|月|拉|属|屬|级|級)/u

/**
 * After the request phrase: a noun phrase goes on (提供的信息, 联系我们的仓库),
 * a past or a label (提供了, 补充说明：). After 一下 a comma means the agent
 * speaks ("补充一下，…").
 */
export const notRequestAfter = /^[的了过過：:]/u
export const discourseAfter = /^[，,]/u

/** "把订单号发给我们": 把 and what the customer hands over to us. */
export const handOver = [
  '发给我们',
  '發給我們',
  '发给我',
  '發給我',
  '发送给我们',
  '發送給我們',
  '提供给我们',
  '提供給我們',
  '转发给我们',
  '轉發給我們',
  '寄给我们',
  '寄給我們',
  '拍给我们',
  '拍給我們',
  '告诉我们',
  '告訴我們',
  '寄回'
]

/** "给我们发一下截图": to us, then the verb. */
export const toUsVerbs = ['发', '發', '提供', '回复', '回覆', '留言', '私信', '打电话', '打電話', '寄', '拍']

/** Words that may stand before the verb without changing the mood. */
export const leadIns = [
  '您',
  '你',
  '妳',
  '再',
  '先',
  '然后',
  '然後',
  '另外',
  '同时',
  '同時',
  '也',
  '还',
  '還',
  '现在',
  '現在',
  '直接',
  '尽快',
  '儘快',
  '盡快',
  '马上',
  '馬上',
  '稍后',
  '稍後'
]

/** Softeners that make a request polite. */
export const politeMarkers = [
  '请',
  '請',
  '麻烦',
  '麻煩',
  '烦请',
  '煩請',
  '劳驾',
  '勞駕',
  '劳烦',
  '勞煩',
  '烦劳',
  '煩勞',
  '有劳',
  '有勞',
  '能否',
  '可否',
  '是否方便',
  '方便的话',
  '方便的話',
  '方便时',
  '方便時',
  '能不能',
  '可不可以',
  '可以吗',
  '可以嗎',
  '好吗',
  '好嗎',
  '行吗',
  '行嗎',
  '谢谢',
  '謝謝',
  '多谢',
  '多謝',
  '感谢',
  '感謝',
  '辛苦',
  '拜托',
  '拜託',
  '帮忙',
  '幫忙',
  '恳请',
  '懇請',
  '敬请',
  '敬請'
]

/**
 * A request made conditional or optional is an invitation, not an order
 * (如有问题联系我们, 私信我们即可); "给您" after the verb makes the agent the one
 * who sends (发一下截图给您看).
 */
export const invitations = [
  '如果',
  '如有',
  '如需',
  '若',
  '要是',
  '假如',
  '倘若',
  '的话',
  '的話',
  '随时',
  '隨時',
  '任何',
  '欢迎',
  '歡迎',
  '即可',
  '就可以',
  '就行',
  '就好',
  '便可'
]

/** The agent acts for the customer: 发给您, 为您. */
export const agentActs = /给您|給您|给你|給你|至您|到您|向您|为您|為您|帮您|幫您/u

/** A clause that ends like this is subordinate: 提交申请后，…; 填写时，…. */
export const subordinate = /(?:后|後|时|時|前|的话|的話)$/u

/** A question is no order: 发一下截图好吗？, 提供一下订单号吧. */
export const question = /(?:[？?]|[吗嗎呢吧么麼][。！!～~…]*)$/u

/** Numbered or bulleted how-to steps: 1. 1、 （1） 一、 ① 第一步 步骤1 -. */
export const listItem = /^(?:\d{1,2}[.)、．）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑳]|第[一二三四五六七八九十\d]{1,2}步|步[骤驟]\s*\d+[:：.、]?|[-*•–·])\s*/u

/** Greetings that open a reply: 您好, 王先生，您好, 尊敬的李女士, 亲爱的 Anna, Hi. */
export const greetings = [
  // 尊敬的… / 亲爱的…: the name follows (an empty one is placeholder's).
  String.raw`(?:尊敬的|尊敬|親愛的|亲爱的)`,
  // 您好, 王先生，您好, 早上好.
  String.raw`[^，,。：:！!？?\s]{0,15}[，,、\s]*(?:您好|你好|妳好|早上好|上午好|中午好|下午好|晚上好|早安|午安|晚安)`,
  String.raw`(?:大家好|各位好)`,
  String.raw`(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))(?![\p{L}])`,
  // 王先生： / 李女士，
  String.raw`[^，,。：:！!？?\s]{1,12}(?:先生|女士|小姐|老师|老師|经理|經理|总|總|同学|同學|律师|律師|医生|醫生|教授|主任|博士)\s*[，,：:！!]`,
  // A name line: 李华：, 张总： (not a heading such as 关于您的退款：)
  String.raw`[^，,。：:！!？?\s您你的关于關於]{1,8}[：:]\s*$`
]

/** Names that are no name: 客户, 用户 …, after 尊敬的 (a brand may stand between: 尊敬的招商银行客户) or before 您好. */
export const genericNames = [
  '客户',
  '客戶',
  '顾客',
  '顧客',
  '用户',
  '用戶',
  '会员',
  '會員',
  '买家',
  '買家',
  '宾客',
  '賓客',
  '旅客',
  '乘客',
  '持卡人',
  '业主',
  '業主',
  '消费者',
  '消費者',
  '朋友'
]

/** Generic on their own, right after 尊敬的 / 亲爱的: 尊敬的先生/女士. */
export const genericTitles = ['先生/女士', '女士/先生', '先生或女士', '先生、女士', '先生', '女士']

/** Polite closings, anywhere in one of the last three units. */
export const closings = [
  // 祝 安好: letters often put a space (or a full-width one) after 祝.
  String.raw`祝[ \u3000]*(?:您|你|妳|好|愉快|生活|工作|一切|周末|週末|节日|節日|新年|身体|身體|顺利|順利|万事|萬事|商祺|安好|平安|开心|開心)`,
  '此致',
  '敬礼',
  '敬禮',
  '顺祝',
  '順祝',
  '顺颂',
  '順頌',
  '敬祝',
  '谢谢',
  '謝謝',
  '感谢',
  '感謝',
  '多谢',
  '多謝',
  String.raw`如有(?:任何|其他|其它)?(?:疑问|疑問|问题|問題|需要|需求|不明)`,
  String.raw`如(?:您|你)?(?:还|還)?有(?:任何|其他|其它)(?:疑问|疑問|问题|問題|需要)`,
  '还有什么可以',
  '還有什麼可以',
  '有什么可以帮',
  '有什麼可以幫',
  String.raw`期待(?:您|你)的(?:回复|回覆|回復|来信|來信|反馈|反饋|光临|光臨|再次光临|再次光臨|惠顾|惠顧)`,
  '欢迎随时',
  '歡迎隨時',
  String.raw`随时(?:联系|联络)`,
  String.raw`隨時(?:聯繫|聯絡)`,
  // A letter may close with an apology, an offer for later, or 敬上 under the name.
  '敬请谅解',
  '敬請諒解',
  '深表歉意',
  String.raw`再次(?:致歉|抱歉|道歉|表示歉意|感谢|感謝)`,
  String.raw`如(?:您)?仍(?:有|需|未)`,
  String.raw`期待(?:再次|下次)?(?:为您|為您)服务`,
  String.raw`期待(?:再次|下次)?(?:为您|為您)服務`,
  '敬上'
]
