/**
 * A birthday typed without its year (3月5日, 07-08, 5/6) is part of a date. A CRM's date column cannot
 * take it, so it stays blank there and the value goes, as typed, to the notes (Description), or
 * where the layout has none (HubSpot contacts) to a column under its sheet header holding only such
 * values. A column the CRM has no field for (纷享销客 has no 生日) keeps every value as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// 6-members-gb18030.csv (a shop's member book): rows 2 to 5, 9, 16 and 17.
// prettier-ignore
const MEMBERS: CellValue[][] = [
  ['会员卡号', '姓名', '性别', '生日', '手机', '积分', '开卡门店', '会员等级'],
  ['000123', '王芳', '女', '3月5日', '13912340001', 1200, '西湖店', '金卡'],
  ['000124', '王芳', '女', '1990-03-05', '13912340001', 300, '滨江店', '普通'],
  ['000125', '李秀英', '女', '1985/12/25', '13912340002', 50, '西湖店', '银卡'],
  ['000126', '张伟', '男', '07-08', '13912340003', 0, '西湖店', '普通'],
  ['000130', '陈丽', '女', '5/6', '13912340005', 60, '城西银泰店', '普通'],
  ['000138', '马超', '男', '1/2', '13912340013', 10, '滨江店', '普通'],
  ['000139', '胡蓉', '女', '12月31日', '13912340014', 10, '滨江店', '普通'],
];

describe('a birthday without its year', () => {
  test('纷享销客 keeps 生日 as an extra column with every value as typed', () => {
    const { files, report } = planExport(sheet(MEMBERS, '会员'), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    expect(file.rows.map((row) => row[file.header.indexOf('生日')])).toEqual([
      '3月5日',
      '1990-03-05',
      '1985-12-25',
      '07-08',
      '5/6',
      '1/2',
      '12月31日',
    ]);
    expect(report.partialDates).toEqual({});
  });

  test.each([
    ['zoho', 'Date of Birth', 'Description'],
    ['salesforce', 'Birthdate', 'Contact Description'],
  ] as const)('%s leaves %s blank and keeps the birthday in %s', (crm, birth, notes) => {
    const { files, report } = planExport(sheet(MEMBERS, '会员'), { crm, now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ [birth]: null, [notes]: '生日：3月5日' });
    expect(rowOf(file, 5)).toMatchObject({ [birth]: null, [notes]: '生日：07-08' });
    expect(rowOf(file, 8)).toMatchObject({ [birth]: null, [notes]: '生日：12月31日' });
    expect(rowOf(file, 3)).toMatchObject({ [notes]: null });
    expect(rowOf(file, 3)[birth]).toBe('03/05/1990');
    expect(file.header).not.toContain('生日');
    expect(report.partialDates).toEqual({ [birth]: 5 });
  });

  test('HubSpot contacts have no notes column: the birthdays without a year stay under 生日', () => {
    const { files } = planExport(sheet(MEMBERS, '会员'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Date of Birth': null, 生日: '3月5日' });
    expect(rowOf(file, 3)).toMatchObject({ 'Date of Birth': '1990-03-05', 生日: null });
  });
});
