/**
 * The last line of an accounting report's export: QuickBooks' time stamp (in one cell, or split at its
 * commas into three when the CSV left it unquoted) and 用友 / 金蝶's 制表人： and 打印时间： lines. They
 * are about the report, no customers.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isReportStamp } from '../../shared/sheet/notes-row';
import { reportFooterStart } from '../../shared/sheet/report-footer';
import { isTotalsOrNotesRow } from '../../shared/sheet/totals-row';
import { sheet, TODAY } from '../operations/fixtures';

// QuickBooks Online's Customer Contact List (quickbooks_customer_contacts_quoted.csv), from its header
// down: a first column with no header, each number labelled, a TOTAL row and the time it ran.
const QB_HEADER = ['', 'Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Open Balance'];
const QB_ROWS: CellValue[][] = [
  [
    null,
    'Horizon Consulting LLC',
    'Phone:(305) 909-1726',
    'ethan_ellis@horizon.com',
    'Ethan Ellis',
    '4657 Maple Dr Miami, FL 33128',
    '33.34',
  ],
  [
    null,
    'George Ward',
    'Phone:(857) 219-6240',
    'georgew@outlook.com',
    'George Ward',
    '1898 Sunset Blvd Boston, MA 02126',
    '991.81',
  ],
  [
    null,
    'Granite Capital',
    'Phone:(615) 333-0424 Mobile:(615) 925-7247',
    'joshua5@granite.com',
    'Joshua Richardson',
    '5754 Hillcrest Dr Nashville, TN 37254',
    '0.00',
  ],
];
const TOTAL: CellValue[] = [null, 'TOTAL', null, null, null, null, '$1,025.15'];
const blank = (): CellValue[] => [null, null, null, null, null, null, null];
const quoted = (text: string): CellValue[] => [text, null, null, null, null, null, null];
/** The stamp as an unquoted CSV line splits it: "Tuesday", " Mar 12", " 2024 03:45 PM GMT-07:00". */
const split = (text: string): CellValue[] => [...text.split(','), null, null, null, null].slice(0, 7);

describe('report time stamps', () => {
  test.each<[CellValue[], boolean]>([
    [quoted('Tuesday, Mar 12, 2024 03:45 PM GMT-07:00'), true],
    [quoted('Tuesday, Mar 12, 2024 03:45 PM GMTZ'), true],
    [quoted('Friday, March 1, 2024 9:05 AM GMT+08:00'), true],
    [quoted('Accrual Basis Tuesday, March 12, 2024 03:45 PM GMT-07:00'), true],
    [split('Tuesday, Mar 12, 2024 03:45 PM GMT-07:00'), true],
    // A date alone, or a customer with a date, is no stamp.
    [quoted('Mar 12, 2024'), false],
    [['Tuesday Foods', 'Mar 12', '2024 03:45 PM', 'x@y.com', null, null, null], false],
    [quoted('Tuesday Morning Inc'), false],
  ])('%j is a report stamp: %s', (row, expected) => {
    expect(isReportStamp(row)).toBe(expected);
  });

  test.each([
    ['quoted', quoted('Tuesday, Mar 12, 2024 03:45 PM GMTZ')],
    ['unquoted', split('Tuesday, Mar 12, 2024 03:45 PM GMT-07:00')],
  ])('QuickBooks’ footer (%s) starts at its TOTAL row and is no customer', (_, stamp) => {
    const values = [QB_HEADER, ...QB_ROWS, blank(), TOTAL, blank(), blank(), stamp];
    expect(reportFooterStart(values)).toBe(5);
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.rows).toBe(3);
    // Full Name is the person, Customer (companies and people) the organisation: no required name is missing.
    expect(result.issues.filter((i) => i.code === 'required.missing')).toEqual([]);
    expect(result.issues.some((i) => i.row >= 5)).toBe(false);
    const { plan } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.row >= 5)).toEqual([]);
  });

  test('用友’s 制表人： and 打印时间： lines close the report: no customers', () => {
    const values: CellValue[][] = [
      ['客户编码', '客户名称', '联系人', '手机', '应收余额'],
      ['KH001', '杭州云栖科技有限公司', '王磊', '13800138001', '12,800.00'],
      ['KH002', '宁波海曙贸易有限公司', '李娜', '13900139002', '3,560.00'],
      ['合计', null, null, null, '16,360.00'],
      ['制表人：何静', null, null, null, null],
      ['打印时间：2024-03-12 15:45', null, null, null, null],
    ];
    expect(isTotalsOrNotesRow(values[5])).toBe(true);
    expect(reportFooterStart(values)).toBe(3);
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.rows).toBe(2);
    expect(result.issues.filter((i) => i.row >= 4)).toEqual([]);
  });

  test('a customer named like a footer line, with more cells filled, stays a customer', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机'],
      ['杭州云栖科技有限公司', '13800138001'],
      ['打印时间：2024-03-12 专业打印店', '13900139002'],
    ];
    expect(reportFooterStart(values)).toBe(3);
    expect(checkSheet(sheet(values), { now: TODAY }).rows).toBe(2);
  });
});
