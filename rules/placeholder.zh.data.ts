/**
 * Chinese data for `placeholder`: fields of a Chinese template left in a
 * reply that is sent (【客户姓名】, XXX先生, 尊敬的，).
 * Simplified and traditional spellings both, since the seeds use both.
 * Seeds: 003 模式七 有Copy不走样,没有我型我Show; 002 個性化服務.
 */

/** Words that make bracketed text a field when it ends with them: 【客户姓名】, 【订单号】, 【退款金额】. */
export const fieldNouns = [
  '姓名',
  '名字',
  '名称',
  '名稱',
  '称呼',
  '稱呼',
  '昵称',
  '暱稱',
  '订单号',
  '訂單號',
  '单号',
  '單號',
  '编号',
  '編號',
  '日期',
  '时间',
  '時間',
  '金额',
  '金額',
  '电话',
  '電話',
  '手机号',
  '手機號',
  '号码',
  '號碼',
  '地址',
  '链接',
  '鏈接',
  '連結',
  '网址',
  '網址',
  '邮箱',
  '郵箱',
  '账号',
  '帳號',
  '产品',
  '產品',
  '商品',
  '客户',
  '客戶',
  '用户',
  '用戶',
  '客户名',
  '客戶名',
  '用户名',
  '用戶名',
  '产品名',
  '產品名',
  '商品名'
]

/** Words that make bracketed text a field wherever they stand in it: 【此处填写链接】, 【插入日期】. */
export const instructionWords = ['填写', '填寫', '此处', '此處', '插入', '输入', '輸入', '待填', '待定', '待补充', '待補充', '占位', '佔位']

/**
 * Fields for the customer's name, a field even at the start of a line where
 * other bracketed text is a tag or a heading: 【客户姓名】您好 is a hole,
 * 【京东】, 【温馨提示】, 【活动时间】即日起 are not.
 */
export const personField = /姓名|名字|称呼|稱呼|昵称|暱稱|(?:客户|客戶|用户|用戶|顾客|顧客)(?:名|名称|名稱)?$/u

/**
 * Bracketed text followed by a value is a label: 【订单号】123456,
 * 【活动时间】：3月1日. The value is what was filled in.
 */
export const labelAfter = /^\s*(?:[：:=＝]|[\d０-９¥￥$＄])/u

/** Brackets a Chinese template puts around a field. */
export const brackets = /【([^】\n]{2,20})】|［([^］\n]{2,20})］|〖([^〗\n]{2,20})〗/gu

/**
 * A note to the writer in brackets: （此处插入链接）, (在此填写日期). Not （请填写真实姓名）,
 * which asks the customer.
 */
export const parenthesized = /[（(](?:此处|此處|在此|插入|待填|待补充|待補充|占位|佔位)[^）)\n]{0,20}[）)]/gu

/** An honorific after a name left as XX: XXX先生, XX女士, ××小姐, ○○先生, 某某先生. */
export const nameHole =
  /(?<![A-Za-z0-9_*\-])(?:[Xx]{2,}|[Ｘｘ]{2,}|[×✕]{2,}|○{2,}|某某)(?:先生|女士|小姐|老师|老師|经理|經理|总|總|同学|同學|师傅|師傅)/gu

/** A date, a time or an amount left as XX: XX月XX日, X月X日, XX元. */
export const numberHole =
  /(?<![A-Za-z0-9_*\-])(?:[Xx×]{1,4}月[Xx×]{1,4}[日号號]|[Xx×]{2,4}(?:年|月|日|号|號|点|點|时|時|分|元|天))/gu

/** XXX, ×××, TBD, TODO: standing apart from Latin letters and digits (XXXL is a size). */
export const markers = /(?<![A-Za-z0-9_*\-])(?:[Xx]{3,}|[Ｘｘ]{3,}|[×✕]{3,}|TBD|TBA|TODO|FIXME)(?![A-Za-z0-9_*\-])/gu

/** What follows a run of X in a masked card or phone number: 尾号XXXX1234, XXXX XXXX 1234. */
export const maskedNumber = /^[\s-]*(?:[Xx*＊]{2,}[\s-]*)*\d{2,}/u

/**
 * A salutation with the name left out: "尊敬的，", "尊敬的：", "尊敬的您好",
 * "，您好", "亲爱的 ，". "亲爱的，" and "亲爱的，您好" are an address without
 * a name, as is "先生，您好".
 */
export const emptySalutation =
  /^(?:@\S+\s+)*(?:尊敬的\s*(?:[，,：:！!]|$|您好|你好)|[，,、]\s*(?:您好|你好|妳好)|(?:親愛的|亲爱的)\s+[，,：:]|(?:hi|hello|hey|dear)\s+[，,：:；;！!])/iu
