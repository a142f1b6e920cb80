/**
 * A code stored as a number (会员编号 1 under "C"000000) is what its own cell shows: a cell whose format is
 * not row 2's (extras) must not be read with row 2's, nor with none when row 2 holds text.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { applyPlan, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { sheet, TODAY } from '../operations/fixtures';

const MEMBERS: CellValue[][] = [
  ['会员编号', '姓名', '手机', '邮编'],
  [1, '张伟', '13800138000', '100010'],
  ['C000126', '李娜', '13800138001', '200030'],
  [126, '王芳', '13800138002', 10020],
  [127, '刘强', '13800138003', '300040'],
  [42, '陈静', '13800138004', '310000'],
];
// Row 2's format is the column's; the others' own formats are extras (General where the column has one).
const MEMBER_FORMATS: Partial<SheetSnapshot> = {
  columnFormats: ['"C"000000', null, null, null],
  extras: [
    { row: 4, col: 1, format: '000000' },
    { row: 4, col: 4, format: '000000' },
    { row: 5, col: 1, format: 'General' },
    { row: 6, col: 1, format: '"C"000000' },
  ],
};

const ZIPS: CellValue[][] = [
  ['Customer ID', 'Name', 'Zip', 'Country'],
  ['C000124', 'Ann Lee', '94105', 'USA'],
  [125, 'Bob Ray', 2134, 'USA'],
  [126, 'Cy Dow', 7030, 'USA'],
  ['C000126', 'Di Fox', '10001', 'USA'],
];
const ZIP_FORMATS: Partial<SheetSnapshot> = {
  extras: [
    { row: 3, col: 1, format: '"CUST-"0000' },
    { row: 3, col: 3, format: '00000' },
    { row: 4, col: 1, format: '000000' },
  ],
};

function cleaned(snapshot: SheetSnapshot, locale: 'zh-CN' | 'en-US') {
  const { plan } = planClean(snapshot, { now: TODAY, locale });
  const after = snapshotOf(applyPlan(workbookFromSnapshot(snapshot), plan), snapshot.name);
  return { plan, after };
}

describe('codes stored as numbers, read with their own cells’ formats', () => {
  test('check suggests what each cell of a Chinese member list shows, not what row 2’s format would', () => {
    const { issues } = checkSheet(sheet(MEMBERS, MEMBER_FORMATS), { now: TODAY, locale: 'zh-CN' });
    const codes = issues.filter((i) => i.column === '会员编号' || i.column === '邮编');
    expect(codes.map((i) => [i.row, i.column, i.code, i.suggestion])).toEqual([
      [2, '会员编号', 'text.zeroPadded', 'C000001'],
      [4, '会员编号', 'text.zeroPadded', '000126'],
      [4, '邮编', 'text.zeroPadded', '010020'],
      [5, '会员编号', 'text.storedAsNumber', '127'],
      [6, '会员编号', 'text.zeroPadded', 'C000042'],
    ]);
    expect(issues.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });

  test('clean writes each code as its cell shows it, and check of the result finds no duplicate ID', () => {
    const { after } = cleaned(sheet(MEMBERS, MEMBER_FORMATS), 'zh-CN');
    expect(after.values.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ['C000001', '100010'],
      ['C000126', '200030'],
      ['000126', '010020'],
      ['127', '300040'],
      ['C000042', '310000'],
    ]);
    const again = checkSheet(after, { now: TODAY, locale: 'zh-CN' }).issues;
    expect(again.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });

  test('a first row of text gives no format to the numbers below it: each keeps its own (English list, ZIPs)', () => {
    const { issues } = checkSheet(sheet(ZIPS, ZIP_FORMATS), { now: TODAY, locale: 'en-US' });
    expect(issues.filter((i) => i.column !== 'Name').map((i) => [i.row, i.column, i.suggestion])).toEqual([
      [3, 'Customer ID', 'CUST-0125'],
      [3, 'Zip', '02134'],
      [4, 'Customer ID', '000126'],
      [4, 'Zip', '07030'],
    ]);
    const { after } = cleaned(sheet(ZIPS, ZIP_FORMATS), 'en-US');
    expect(after.values.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['C000124', '94105'],
      ['CUST-0125', '02134'],
      ['000126', '07030'],
      ['C000126', '10001'],
    ]);
    const again = checkSheet(after, { now: TODAY, locale: 'en-US' }).issues;
    expect(again.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });

  test('a number under a format not rendered (#,##0) is left as typed, not guessed', () => {
    const values: CellValue[][] = [
      ['Customer ID', 'Name'],
      ['C000001', 'Ann Lee'],
      [12345, 'Bob Ray'],
    ];
    const snapshot = sheet(values, { extras: [{ row: 3, col: 1, format: '#,##0' }] });
    const { plan } = planClean(snapshot, { now: TODAY, locale: 'en-US' });
    expect(plan.edits.filter((e) => e.col === 1)).toEqual([]);
  });
});
