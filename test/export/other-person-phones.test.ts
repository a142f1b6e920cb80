/**
 * A training school's member book: a child's own 手机 is often blank and the parent's number is in
 * 家长手机. Check reads it as a phone, but the CRM gets it under its own header, never as the child's
 * mobile, so no contact seems to own a parent's number.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// prettier-ignore
const MEMBERS: CellValue[][] = [
  ['会员卡号', '姓名', '性别', '手机', '家长手机', '生日', '卡类型'],
  ['VIP0003', '张小雨', '女', '', '13700001111', '2015-04-02', '次卡'],
  ['VIP0004', '张小雷', '男', '', '13700001111', '2017-09-10', '次卡'],
  ['VIP0005', '李娜', '女', '13912345678', '', '1988-03-05', '年卡'],
];

describe('a parent’s phone beside the member’s', () => {
  test('HubSpot: the child has no mobile of its own; 家长手机 goes out under its header', () => {
    const { files } = planExport(sheet(MEMBERS, '会员'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Mobile Phone Number': null, 家长手机: '13700001111' });
    expect(rowOf(file, 4)).toMatchObject({ 'Mobile Phone Number': '+8613912345678' });
  });

  test('纷享销客: 手机 stays blank for the child', () => {
    const { files } = planExport(sheet(MEMBERS, '会员'), { crm: 'fxiaoke', now: NOW });
    const contacts = files.find((f) => f.header.includes('手机'))!;
    expect(rowOf(contacts, 3)['手机']).toBeNull();
  });
});
