/**
 * Data for `jargon`: internal support and technical terms, each with the
 * words a customer would use.
 * Seeds: 004 编码 — 先把客户不懂的语言转化成客户能懂的语言; 002 語言精準性 —
 * 使用行業術語時,確保客戶能夠理解,必要時進行解釋.
 */

export interface Term {
  /** Spellings of the term (case-insensitive unless `caseSensitive`). */
  match: string[]
  /** How a customer would put it. */
  plain: string
  /** Acronyms like "KB" or "TAT" are only jargon in capitals. */
  caseSensitive?: boolean
  /**
   * Phrases the term must stand in to count: "ticket" is jargon in "open a
   * support ticket", not in "your plane ticket".
   */
  contexts?: string[]
}

const ticketVerbs = ['create', 'created', 'submit', 'submitted', 'open', 'opened', 'raise', 'raised', 'log', 'logged', 'file', 'filed', 'make', 'made', 'update', 'updated', 'close', 'closed', 'escalate', 'escalated', 'reply to', 'reply back to']
const ticketDeterminers = ['a', 'the', 'your', 'this', 'a new', 'a support', 'the support', 'your support', 'another']

export const terms: Term[] = [
  {
    match: ['ticket', 'tickets'],
    plain: 'request',
    contexts: [
      'support ticket',
      'support tickets',
      'ticket number',
      'ticket no',
      'ticket #',
      'ticket id',
      'trouble ticket',
      'service ticket',
      'helpdesk ticket',
      'help desk ticket',
      ...ticketVerbs.flatMap((verb) => ticketDeterminers.map((determiner) => `${verb} ${determiner} ticket`)),
      ...ticketVerbs.map((verb) => `${verb} ticket`)
    ]
  },
  {match: ['escalate', 'escalated', 'escalating', 'escalation', 'escalations'], plain: 'pass to a specialist'},
  {match: ['SLA', 'SLAs'], plain: 'the response time we promise', caseSensitive: true},
  {match: ['RMA', 'RMAs'], plain: 'return authorization', caseSensitive: true},
  {match: ['backend', 'back-end', 'back end'], plain: 'our systems'},
  {match: ['L1', 'L2', 'L3', 'tier 1', 'tier 2', 'tier 3', 'tier-1', 'tier-2', 'tier-3', 'level 2 support', 'level 3 support'], plain: 'our specialist team'},
  {match: ['TAT'], plain: 'how long it takes', caseSensitive: true},
  {match: ['KB', 'KBA', 'KB article'], plain: 'help article', caseSensitive: true},
  {match: ['knowledge base article', 'knowledgebase article'], plain: 'help article'},
  {match: ['repro', 'repros', 'repro steps'], plain: 'steps to make the problem happen'},
  {match: ['prod', 'production environment'], plain: 'the live service'},
  {match: ['RCA', 'root cause analysis'], plain: 'what caused the problem'},
  {match: ['P1', 'P2', 'P3', 'Sev1', 'Sev2', 'Sev 1', 'Sev 2', 'severity 1', 'severity 2', 'priority 1'], plain: 'urgent'},
  {match: ['hotfix', 'hot fix', 'hot-fix'], plain: 'quick fix'},
  {match: ['deploy', 'deployed', 'deployment'], plain: 'release'},
  {match: ['CSAT', 'NPS', 'AHT', 'FCR'], plain: 'our service survey', caseSensitive: true},
  {match: ['CRM'], plain: 'our customer records', caseSensitive: true},
  {match: ['SOP', 'SOPs'], plain: 'our standard process', caseSensitive: true},
  {match: ['SKU', 'SKUs'], plain: 'item number', caseSensitive: true},
  {match: ['triage', 'triaged', 'triaging'], plain: 'review'},
  {match: ['end user', 'end-user', 'end users', 'end-users'], plain: 'you'},
  {match: ['provision', 'provisioned', 'provisioning'], plain: 'set up'},
  {match: ['dev team', 'devs', 'the devs'], plain: 'our engineers'},
  {match: ['QA'], plain: 'testing', caseSensitive: true},
  {match: ['OOO'], plain: 'out of the office', caseSensitive: true},
  {match: ['EOD', 'COB'], plain: 'by the end of the day', caseSensitive: true},
  {match: ['ETA'], plain: 'expected time', caseSensitive: true},
  {match: ['INC number', 'incident number', 'case ID'], plain: 'reference number'}
]

/**
 * Acronyms customers know. An acronym in capitals that is neither here nor
 * spelled out in the reply is reported as jargon.
 */
export const knownAcronyms = [
  'AM', 'PM', 'OK', 'ID', 'IDs', 'PIN', 'PINs', 'SMS', 'URL', 'URLs', 'FAQ', 'FAQs', 'PDF', 'PDFs',
  'TV', 'PC', 'PCs', 'OS', 'USB', 'GPS', 'HD', 'SD', 'UHD', 'HDR', 'DLC', 'DLCs', 'DVD', 'CD', 'LED', 'LCD', 'RAM', 'CPU', 'GPU',
  'SIM', 'ATM', 'ATMs', 'VPN', 'IP', 'WiFi', 'DM', 'DMs', 'PM', 'PMs', 'CEO', 'VIP', 'ZIP', 'DVR',
  'US', 'USA', 'UK', 'EU', 'UN', 'NYC', 'LA', 'DC', 'UAE', 'NHS', 'IRS', 'DMV', 'VAT', 'GST', 'APR',
  'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'GMT', 'UTC', 'BST', 'CET', 'IST', 'AEST', 'ET', 'PT', 'CT', 'MT',
  'COVID', 'WHO', 'CDC', 'UPS', 'DHL', 'USPS', 'TNT', 'BBC', 'CNN', 'NFL', 'NBA', 'MLB', 'NHL', 'FIFA',
  'HTML', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP3', 'MP4', 'HDMI', 'AI', 'AR', 'VR', 'TBD', 'TODO', 'ASAP',
  'FYI', 'IMEI', 'APN', 'ISP', 'SSN', 'CVV', 'OTP', 'IBAN', 'SWIFT', 'BIC', 'PO', 'UK', 'ETA', 'RSVP',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Sr', 'I', 'A', 'TM', 'PS', 'Xbox', 'XBOX', 'NB', 'AKA', 'DIY',
  'HR', 'IT', 'PR', 'QR', 'HQ', 'NA', 'N/A', 'ASCII', 'API', 'APIs', 'SDK', 'SSL', 'DNS', 'BIOS', 'CVC', 'UV', 'AC', 'DC',
  // Brands and services customers name themselves; a team adds its own products with `allow`.
  // Currencies and places written in capitals, in English and Chinese replies alike (NT$159, HK$200, RMB).
  'NT', 'HK', 'TW', 'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'AUD', 'SGD',
  // Fields left to fill in are the placeholder rule's.
  'XX', 'XXX', 'XXXX', 'TBA',
  'HP', 'IBM', 'AMD', 'LG', 'BMW', 'IKEA', 'HBO', 'ESPN', 'MTV', 'PSN', 'PS4', 'PS5', 'NES', 'MAC', 'YT', 'AOL', 'MSN', 'AWS', 'EA'
]

/**
 * Words written in capitals that are not acronyms ("I STILL NEED HELP",
 * "HI Richard"): `shouting` reports those.
 */
export const capitalWords = [
  'HI', 'HEY', 'HELLO', 'YES', 'NO', 'NOT', 'OK', 'AND', 'OR', 'THE', 'YOU', 'WE', 'OUR', 'IS', 'ARE', 'DO', 'NOW', 'ALL',
  'NEW', 'FREE', 'HELP', 'NEED', 'STILL', 'ONLY', 'NOTE', 'WOW', 'OMG', 'SO', 'VERY', 'MUST', 'NEVER', 'STOP', 'THANK', 'THANKS', 'SORRY'
]
