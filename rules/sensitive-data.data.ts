/**
 * Data for `sensitive-data`: what a customer's card, account or secret looks
 * like. Seed: 002 保密 嚴格保護客戶信息和公司商業機密,遵守數據安全規範.
 */

/** Card issuer prefixes (IIN ranges) with their valid lengths. */
export const cardIssuers: Array<{name: string; prefix: RegExp; lengths: number[]}> = [
  {name: 'Visa', prefix: /^4/, lengths: [13, 16, 19]},
  {name: 'Mastercard', prefix: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16]},
  {name: 'American Express', prefix: /^3[47]/, lengths: [15]},
  {name: 'Discover', prefix: /^(?:6011|65|64[4-9])/, lengths: [16, 17, 18, 19]},
  {name: 'JCB', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19]},
  {name: 'Diners Club', prefix: /^3(?:0[0-5]|[68])/, lengths: [14, 16, 19]},
  {name: 'UnionPay', prefix: /^62/, lengths: [16, 17, 18, 19]},
  {name: 'Maestro', prefix: /^(?:5018|5020|5038|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19]}
]

/** IBAN lengths by country (ISO 13616 registry, the common ones). */
export const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22,
  GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26
}

/** Words that announce a secret; what follows them is the secret. */
export const secretWords = [
  'password', 'passcode', 'passwd', 'pwd', 'pin', 'pin code', 'one-time code', 'one time code', 'one-time password',
  'one time password', 'otp', 'verification code', 'security code', 'login code', '2fa code', 'auth code', 'temporary password'
]
