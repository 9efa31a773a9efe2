import {describe, expect, it} from 'vitest'
import rule, {validResidentId} from '../../rules/sensitive-data.js'
import {ruleTester} from '../rule-tester.js'

const secret = '请删除这个密码或验证码：不要写出密码本身，请发送重置链接，例如“请通过我们发送的链接重新设置密码”。'
const cvv = '请删除卡片安全码（CVV）：不要在书面回复中索取或重复它，例如写“请勿向任何人透露卡背面的安全码”。'

ruleTester(
  rule,
  {
    valid: [
      '请重置密码后再登录。',
      {name: 'how to change it, not the password', text: '修改密码：进入“我的-设置-账号安全”即可。'},
      {name: 'a password rule', text: '新密码为8-16位字母和数字组合。'},
      {name: 'a masked password', text: '您的密码：******，请妥善保管。'},
      {name: 'a code without its value', text: '验证码已发送到您尾号8000的手机，5分钟内有效。'},
      {name: 'a code length', text: '请输入收到的6位验证码。'},
      {name: 'the security code explained', text: 'CVV为卡背面的3位数字，请勿向任何人透露安全码。'},
      {name: 'the last four digits', text: '您尾号1234的银行卡已退款。'},
      {name: 'an order number', text: '订单号：4111111111111111，今天已发货。'},
      {name: 'a tracking number', text: '快递单号 4222222222222 已更新。运单号为5500000000000004。'},
      {name: 'phone numbers', text: '请拨打13800138000联系快递员，或致电 +86 138-0013-8000。'},
      {name: 'an ID-shaped order number', text: '您的订单编号 11010519491231002X 已取消。'},
      {name: 'an ID with a wrong check digit', text: '身份证号：110105194912310021。'},
      {name: 'an ID with no such date', text: '身份证号 51010719930229001X'},
      {name: 'a word after password', text: '您的密码是您设置的生日。'}
    ],
    invalid: [
      {
        text: '您的银行卡6222021234567890128已绑定。',
        errors: [{message: '请删除这个UnionPay卡号：只提卡号后四位，例如“尾号0128的卡”。', line: 1, column: 6, endColumn: 25, expected: ['**** 0128']}],
        output: '您的银行卡**** 0128已绑定。'
      },
      {
        name: 'a resident ID number',
        text: '您的身份证号11010519491231002X已登记。',
        errors: [{message: '请删除这个身份证号码：回复中最多写出后四位，例如“尾号002X的身份证”。', line: 1, column: 7, endColumn: 25}],
        output: '您的身份证号**************002X已登记。'
      },
      {
        name: 'a password and a code',
        text: '您的临时密码是Abc12345，验证码：362514。',
        errors: [
          {message: secret, line: 1, column: 8, endColumn: 16},
          {message: secret, line: 1, column: 21, endColumn: 27}
        ],
        output: '您的临时密码是********，验证码：********。'
      },
      {
        name: 'traditional characters',
        text: '您的新密碼：k9x2mPq7。動態碼 880731 請勿告訴他人。',
        errors: [
          {message: secret, line: 1, column: 7},
          {message: secret, line: 1, column: 20}
        ],
        output: '您的新密碼：********。動態碼 ******** 請勿告訴他人。'
      },
      {
        name: 'the security code',
        text: '卡号尾号1111，安全码：123。CVV：4567。',
        errors: [
          {message: cvv, line: 1, column: 14},
          {message: cvv, line: 1, column: 22}
        ],
        output: '卡号尾号1111，安全码：***。CVV：***。'
      },
      {
        name: 'one message for a code that is also a password',
        text: '动态密码是123456。',
        errors: [{message: secret, line: 1, column: 6}],
        output: '动态密码是********。'
      },
      {
        // Reported, never rewritten: --fix leaves the customer's quoted words as they are.
        name: 'quoted customer text is scanned too, and reported without a fix',
        text: '收到。\n\n> 我的卡号是5500-0000-0000-0004，验证码是362514',
        errors: [
          {message: /Mastercard卡号/, line: 3, column: 8},
          {message: secret, line: 3, column: 32}
        ]
      },
      {
        name: 'SSN and IBAN in a Chinese reply',
        text: 'SSN 123-45-6789 和 IBAN GB82 WEST 1234 5698 7654 32 已登记。',
        errors: [
          {message: '请删除这个社会安全号码（SSN）：回复中不要重复它，最多写出后四位。', line: 1, column: 5, expected: ['***-**-6789']},
          {message: '请删除这个银行账号（IBAN）：只提账号后四位，例如“尾号5432的账户”。', line: 1, column: 24, expected: ['GB** **** 5432']}
        ],
        output: 'SSN ***-**-6789 和 IBAN GB** **** 5432 已登记。'
      }
    ]
  },
  'zh'
)

describe('sensitive-data resident IDs', () => {
  it('checks the province, the birth date and the MOD 11-2 check character', () => {
    expect(validResidentId('11010519491231002X')).toBe(true)
    expect(validResidentId('11010519491231002x')).toBe(true)
    expect(validResidentId('310115198511205411')).toBe(true)
    expect(validResidentId('51010719920229001X')).toBe(true)
    expect(validResidentId('110105194912310021')).toBe(false)
    expect(validResidentId('51010719930229001X')).toBe(false)
    expect(validResidentId('99010519491231002X')).toBe(false)
    expect(validResidentId('110105203001010011', new Date(Date.UTC(2026, 0, 1)))).toBe(false)
  })
})
