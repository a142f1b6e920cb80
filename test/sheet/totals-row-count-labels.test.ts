import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isTotalsOrNotesRow, isTotalsRow } from '../../shared/sheet/totals-row';
import { sheet, TODAY } from '../operations/fixtures';

/** A gym's member list as exported from its booking system: a count of the members in the first column under the rows. */
const HEADER = [
  'Member Number',
  'Full Name',
  'Mobile Number',
  'Email Address',
  'Postcode',
  'Membership',
  'Monthly Fee',
];
const MEMBERS: CellValue[][] = [
  HEADER,
  ['GYM-0001', 'Smith, Rachel', 7911123456, 'rachel.smith@gmail.com', 'LS1 4AP', 'Premium', 45],
  ['GYM-0002', 'Daniel Evans', '07823 456789', 'dan.evans@outlook.com', 'LS6 2QT', 'Standard', 29.99],
  ['GYM-0005', 'Mohammed Ali', '07400 987654', 'm.ali@gmail.com', 'LS11 5DF', 'Standard', 29.99],
  [null, null, null, null, null, null, null],
  ['Total members: 3', null, null, null, null, null, null],
];
/** The first cell alone, every other blank. */
const alone = (text: string): CellValue[] => [text, null, null, null, null];

describe('a count of the customers under a list', () => {
  test.each([
    'Total members: 8',
    'Total Members 8',
    'Total number of members: 8',
    'Total: 8 customers',
    'Total customers - 8',
    'Grand Total',
    'Grand Total: 8 members',
    'Count 8',
    'Count: 8',
    'Member count: 8',
    'Record Count = 8',
    'Number of customers: 8',
    'No. of records: 8',
    '合计：8 人',
    '合计 8人',
    '共 8 条',
    '共8家',
    '共计 8 位客户',
    '客户总数：8',
    '会员人数：8 人',
    '总人数 8',
    '总计客户：8 家',
  ])('%j alone in the first column is a totals row', (text) => {
    expect(isTotalsRow(alone(text))).toBe(true);
    expect(isTotalsOrNotesRow(alone(text))).toBe(true);
  });

  test.each<[CellValue[]]>([
    [['Count', null, 8]],
    [['Total members', null, null, null, 8]],
    [['会员人数', null, null, '8 人']],
  ])('%j, the label then its number, is a totals row', (row) => {
    expect(isTotalsRow(row)).toBe(true);
  });

  test.each<[CellValue[]]>([
    // Customers whose names begin with a total's word, with a phone or anything else a customer has.
    [['Total Fitness Ltd', 'Mark Evans', 'mark@totalfitness.co.uk', '0161 496 0000']],
    [['Total Fitness Ltd', null, null, '0161 496 0000']],
    [['Total Members Club Ltd']],
    [['Total Customer Care', 'Ann Lee', '+44 20 7946 0000']],
    [['Count Dracula', null, '07700 900123']],
    [['Count Basie Theatre', 'info@countbasie.org']],
    [['Count', '07700 900123']],
    [['Total members: 8', 'Jane Doe']],
    [['共8家', '13588889999']],
    [['客户总数：8', null, '见附表']],
    [['8 customers']],
    [['Number 8 Bar', null, '0113 245 0000']],
  ])('%j is a customer', (row) => {
    expect(isTotalsRow(row)).toBe(false);
  });

  test('check names the count row and does not check it; the members are still checked', () => {
    const result = checkSheet(sheet(MEMBERS), { now: TODAY });
    expect(result.rows).toBe(3);
    expect(result.totalsRows).toEqual([6]);
    expect(result.issues.filter((i) => i.row === 6)).toEqual([]);
  });

  test('clean neither edits the count row nor gives it a customer ID', () => {
    // A customer ID column of the list's own, still blank: the count stays in the first column, as the export wrote it.
    const unnumbered = MEMBERS.map((row, r) =>
      r === 0 ? ['Customer ID', ...row.slice(1)] : r >= 1 && r <= 3 ? [null, ...row.slice(1)] : row,
    );
    const { plan } = planClean(sheet(unnumbered), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([2, 3, 4]);
    expect(plan.edits.filter((e) => e.row === 6)).toEqual([]);
  });

  test('two lists closed by the same count hold no duplicates', () => {
    const values: CellValue[][] = [...MEMBERS, ['Total members: 3', null, null, null, null, null, null]];
    expect(findDuplicates(sheet(values)).clusters).toEqual([]);
  });
});
