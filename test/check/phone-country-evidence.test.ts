import { checkSheet } from '../../shared/check/check-sheet';
import { sheet, TODAY } from '../operations/fixtures';

function phoneIssues(values: Parameters<typeof sheet>[0]) {
  return checkSheet(sheet(values), { now: TODAY })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.message]);
}

describe('check: phones in a row or sheet that names another country', () => {
  test('reports a number that is none in the row’s country as invalid, in English', () => {
    expect(
      phoneIssues([
        ['Name', 'Phone', 'Country'],
        ['Emma Wilson', '07700 900456', 'United Kingdom'],
        ['Oliver Hughes', '+44 161 496 0000', 'United Kingdom'],
        ['Raj Patel', '+61 412 345 678', 'Australia'],
      ]),
    ).toEqual([[2, 'phone.invalid', '"07700 900456" is not a valid phone number.']]);
  });

  test('reports a number that is none in the row’s country as invalid, in Chinese', () => {
    expect(
      phoneIssues([
        ['姓名', '手机号', '国家'],
        ['Emma Wilson', '07700 900456', '英国'],
        ['张伟', '13800138000', '中国'],
        ['李娜', '010-62345678', '中国'],
      ]),
    ).toEqual([[2, 'phone.invalid', '“07700 900456”不是有效的电话号码。']]);
  });

  test('does not read a bare number as German because one other row is German', () => {
    const issues = phoneIssues([
      ['Name', 'Email', 'Phone'],
      ['Lucy Harris', 'lucy.harris@gmail.com', '07400 222333'],
      ['Anna Schmidt', 'anna@web.de', '+49 30 12345678'],
    ]);
    // Nor as Chinese by default: a British mobile's grouping, so left as typed with both readings named.
    expect(issues).toEqual([
      [
        2,
        'phone.ambiguous',
        `"07400 222333" could be +49 7400 222333 (Germany) or +44 7400 222333 (United Kingdom): left as typed. Add the country code (+1, +86 …) or fill in the row's country.`,
      ],
    ]);
  });

  test('does not read a bare number as German because one other row is German, in Chinese', () => {
    const issues = phoneIssues([
      ['姓名', '邮箱', '电话'],
      ['Lucy Harris', 'lucy.harris@gmail.com', '07400 222333'],
      ['Anna Schmidt', 'anna@web.de', '+49 30 12345678'],
      ['张伟', 'zhangwei@163.com', '13800138000'],
    ]);
    // Nor invalid: a number in Germany and Britain as typed, left as typed with both named.
    expect(issues).toEqual([
      [
        2,
        'phone.ambiguous',
        '“07400 222333”可能是 +49 7400 222333（德国） 或 +44 7400 222333（英国）：已保持原样。请加上国家代码（如 +86、+1）或填写该行的国家。',
      ],
    ]);
  });

  test('still reads a British list’s bare London numbers in London beside its +44 numbers', () => {
    const issues = phoneIssues([
      ['Full name', 'Phone', 'Email'],
      ['Smith, John', '020 7946 0958', 'john@smithsons.co.uk'],
      ['Jones, Sarah', '07911 123456', 'sarah@greencafe.co.uk'],
      ['Brown, Amy', '+44 20 7946 0000', 'amy@brown.co.uk'],
      ['Williams, David', '0161 234 5678', 'dave@joinery.co.uk'],
      ['Evans, Gareth', '029 2018 0456', 'gareth@evans.co.uk'],
    ]);
    expect(issues.map(([row, code]) => [row, code])).toEqual([
      [2, 'phone.nonCanonical'],
      [3, 'phone.nonCanonical'],
      [5, 'phone.nonCanonical'],
      [6, 'phone.nonCanonical'],
    ]);
    expect(issues[0]![2]).toContain('+44 20 7946 0958');
  });
});
