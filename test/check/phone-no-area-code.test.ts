/**
 * A Chinese landline typed without its area code (62556677, 8585-6789), as a CRM's 电话 column holds
 * it when the rep copied the number off a card: check says what is missing, and names the code of the
 * city the row's address or city column names as a suggestion. Cleaning never adds it: the address
 * may be the company's and the line elsewhere.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { areaCodeOf, withAreaCode } from '../../shared/normalise/phone-area-codes';
import { normalisePhone } from '../../shared/normalise/phone';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

// A 纷享销客 customer export: 电话 and 手机, the address, then 省, 市, 区 (市 and 区 left unmapped).
const CRM: CellValue[][] = [
  ['客户名称', '电话', '手机', '地址', '省', '市', '区', '负责人'],
  [
    '北京智联科技股份有限公司',
    '010-62556677',
    '18600006666',
    '北京市海淀区中关村大街1号',
    '北京市',
    '北京市',
    '海淀区',
    '李娜',
  ],
  ['北京华信咨询有限公司', '62556677', '', '北京市朝阳区建国门外大街1号', '北京市', '北京市', '朝阳区', '刘洋'],
  ['成都锦城物流有限公司', '8585-6789', '', '', '四川省', '成都市', '武侯区', '王强'],
  [
    '深圳腾达科技有限公司',
    '2654 3210',
    '13812345678',
    '广东省深圳市南山区科技园南一道8号',
    '广东省',
    '深圳市',
    '南山区',
    '张强',
  ],
  // No place named: the number still lacks its code.
  ['个体户刘先生', '6255667', '', '', '', '', '', '刘洋'],
  // The address says 上海 and the city column 北京: the row does not say which is the line's.
  ['上海远航贸易有限公司', '54321098', '', '上海市徐汇区漕溪北路88号', '', '北京市', '', '陈伟'],
  // A city the table does not hold.
  ['绵阳九洲电子有限公司', '2345678', '', '四川省绵阳市涪城区九洲大道259号', '四川省', '绵阳市', '', '王强'],
  // Eight digits from 1: no local number begins so; a mobile with digits missing.
  ['南京紫金山科技有限公司', '13812345', '', '南京市玄武区中山路1号', '江苏省', '南京市', '', '陈伟'],
];

const issues = (locale: 'zh-CN' | 'en-US') =>
  checkSheet(sheet(CRM.map((r) => [...r])), { now: TODAY, messageLocale: locale }).issues.filter(
    (i) => i.column === '电话',
  );

describe('a Chinese landline without its area code', () => {
  test('is reported as such, with the code of the row’s city (zh-CN)', () => {
    expect(issues('zh-CN').map((i) => [i.row, i.code, i.severity, i.message, i.suggestion])).toEqual([
      [
        3,
        'phone.noAreaCode',
        'error',
        '“62556677”像是没写区号的座机号码（7–8 位的本地号码，外地打不通）。该行地址在北京，区号 010，即 010-62556677；但地址可能是公司的，不一定是这部电话所在地，所以已保持原样：请核实后补上区号。',
        null,
      ],
      [
        4,
        'phone.noAreaCode',
        'error',
        '“8585-6789”像是没写区号的座机号码（7–8 位的本地号码，外地打不通）。该行地址在成都，区号 028，即 028-85856789；但地址可能是公司的，不一定是这部电话所在地，所以已保持原样：请核实后补上区号。',
        null,
      ],
      [5, 'phone.noAreaCode', 'error', expect.stringContaining('区号 0755，即 0755-26543210'), null],
      [
        6,
        'phone.noAreaCode',
        'error',
        '“6255667”像是没写区号的座机号码（7–8 位的本地号码，外地打不通）：已保持原样。请补上区号，如 010-62345678。',
        null,
      ],
      [7, 'phone.noAreaCode', 'error', expect.not.stringContaining('该行地址在'), null],
      [8, 'phone.noAreaCode', 'error', expect.not.stringContaining('该行地址在'), null],
      [9, 'phone.invalid', 'error', '“13812345”不是有效的电话号码。', null],
    ]);
  });

  test('is reported as such, with the code of the row’s city (en-US)', () => {
    const en = issues('en-US');
    expect(en.find((i) => i.row === 3)!.message).toBe(
      '"62556677" looks like a local landline number without its area code (7–8 digits, which cannot be dialled from another city). The row\'s address is in 北京, area code 010: 010-62556677; but the address may be the company\'s and not where this line is, so it is left as typed. Check it and add the area code.',
    );
    expect(en.find((i) => i.row === 6)!.message).toBe(
      '"6255667" looks like a local landline number without its area code (7–8 digits, which cannot be dialled from another city): left as typed. Add the area code (010-62345678, say).',
    );
  });

  test('is left as typed by cleaning', () => {
    const { plan } = planClean(sheet(CRM.map((r) => [...r])), { now: TODAY, locale: 'zh-CN' });
    const phoneEdits = plan.edits.filter((e) => e.col === 2);
    expect(phoneEdits.filter((e) => [3, 4, 5, 6, 7, 8].includes(e.row))).toEqual([]);
  });

  test('stays a plain invalid number on an American list', () => {
    const us = checkSheet(
      sheet([
        ['Name', 'Phone', 'Address'],
        ['Emily Carter', '(415) 555-0134', '1 Market St, San Francisco, CA'],
        ['Raj Patel', '555-0134', '2 Main St, Springfield, IL'],
        ['Mia Nguyen', '(617) 555-0123', '3 Beacon St, Boston, MA'],
      ]),
      { now: TODAY, template: { ...DEFAULT_TEMPLATE, defaultRegion: 'US' } },
    );
    expect(us.issues.filter((i) => i.column === 'Phone').map((i) => [i.row, i.code])).toEqual([[3, 'phone.invalid']]);
    expect(normalisePhone('62556677', { defaultRegion: 'US' })).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test('is told by its shape on a Chinese list, typed or stored as a number', () => {
    for (const value of ['62556677', 62556677, '8585-6789', '6255 6677', '255-6677', '62556677转801'])
      expect(normalisePhone(value, { defaultRegion: 'CN' })).toEqual({ status: 'invalid', code: 'phone.noAreaCode' });
    for (const value of ['12345678', '02556677', '625566778', '6255-66'])
      expect(normalisePhone(value, { defaultRegion: 'CN' })).toEqual({ status: 'invalid', code: 'phone.invalid' });
    // A Hong Kong mobile typed on a mainland list (9123 4567) is no local landline either: named where it is one.
    expect(normalisePhone('9123 4567', { defaultRegion: 'CN' })).toEqual({
      status: 'ambiguous',
      code: 'phone.ambiguous',
      readings: ['+852 9123 4567', '+65 9123 4567'],
    });
  });
});

describe('the area code a place names', () => {
  test.each([
    ['北京市朝阳区建国门外大街1号', '北京', '010'],
    ['成都市', '成都', '028'],
    ['杭州', '杭州', '0571'],
    ['广东省深圳市南山区', '深圳', '0755'],
    ['中国广东广州市天河区', '广州', '020'],
    ['上海市徐汇区漕溪北路88号', '上海', '021'],
    ['新疆维吾尔自治区乌鲁木齐市', '乌鲁木齐', '0991'],
  ])('%s: %s %s', (place, city, code) => {
    expect(areaCodeOf(place)).toEqual({ city, code });
  });

  test.each(['四川省', '海淀区', '绵阳市涪城区', '', 'Beijing'])('%s names none', (place) => {
    expect(areaCodeOf(place)).toBeNull();
  });

  test('is suggested only where it makes a valid number', () => {
    expect(withAreaCode('62556677', '010')).toBe('010-62556677');
    expect(withAreaCode('8585-6789', '028')).toBe('028-85856789');
    // Beijing's numbers have eight digits: seven and its code make no number.
    expect(withAreaCode('6255667', '010')).toBeNull();
  });
});
