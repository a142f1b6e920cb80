/**
 * Shopify's customer export writes a deleted or never-filled customer as a row of its defaults alone
 * (,,,no,,0.00,0,no): no name, phone, e-mail, company or ID, only "no" flags and zero amounts. It names
 * no customer, as a blank row names none: check, report and exports pass over it, and check says once
 * that the row is empty.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { defaultsOnlyRowNumbers, emptyRowTest, isDefaultsOnlyRow } from '../../shared/sheet/counter-row';
import { checkSheet } from '../../shared/check/check-sheet';

// prettier-ignore
const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Phone', 'Total Spent', 'Total Orders', 'Tax Exempt'],
  ['Emily', 'Carter', 'emily.carter@gmail.com', 'yes', '+15035550142', '245.90', '3', 'no'],
  ['', '', '', 'no', '', '0.00', '0', 'no'],
  ['Liam', 'Brown', 'liam.brown@gmail.com', 'yes', '+61412345678', '55.00', '1', 'no'],
];

// A 有赞 member list kept in Excel: a row left with its 否 and 0 defaults.
// prettier-ignore
const YOUZAN: CellValue[][] = [
  ['会员姓名', '手机号', '是否关注公众号', '累计消费金额', '消费次数'],
  ['陈晓雨', '13812345601', '是', 128, 1],
  [null, null, '否', 0, 0],
  ['王建国', '13705710002', '否', 56, 2],
];

const TODAY = new Date(Date.UTC(2026, 10, 29));

describe('a row of defaults alone', () => {
  test.each<[CellValue[], boolean]>([
    [['', '', '', 'no', '', '0.00', '0', 'no'], true],
    [[null, null, '否', 0, 0], true],
    [[false, 0, 'FALSE', '0,00'], true],
    // A filled row with defaults in it is a customer.
    [['Emily', 'Carter', 'emily.carter@gmail.com', 'no', '', '0.00', '0', 'no'], false],
    [['', '', '', 'no', '+15035550142', '0.00', '0', 'no'], false],
    [['', '', '', 'yes', '', '0.00', '0', 'no'], false],
    [['', '', '', '', '', '', '', ''], false],
  ])('%j holds defaults alone: %s', (row, expected) => {
    expect(isDefaultsOnlyRow(row)).toBe(expected);
  });

  test('is passed over as an empty row', () => {
    const empty = emptyRowTest(SHOPIFY);
    expect(SHOPIFY.slice(1).map((row) => empty(row))).toEqual([false, true, false]);
    expect(defaultsOnlyRowNumbers(SHOPIFY)).toEqual([3]);
  });

  test('check counts no customer there and reports no required field of it, in either language', () => {
    const result = checkSheet({ name: 'customers_export', values: SHOPIFY }, { now: TODAY });
    expect(result.rows).toBe(2);
    expect(result.issues.filter((i) => i.row === 3)).toEqual([]);
    expect(result.defaultsRows).toEqual([3]);
    const zh = checkSheet({ name: '会员', values: YOUZAN }, { now: TODAY, locale: 'zh-CN' });
    expect(zh.rows).toBe(2);
    expect(zh.issues.filter((i) => i.row === 3)).toEqual([]);
    expect(zh.defaultsRows).toEqual([3]);
  });
});
