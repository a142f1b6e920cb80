/**
 * 名片全能王 (CamCard) writes a card's several mobiles one per line in one cell (+852 9123 4567⏎+86
 * 13700001111). A line break between numbers is a separator as ";" is: each number goes to its own
 * phone column, the rest kept aside, and no CRM phone column gets a line break.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// probe 3, 09_camcard.csv: rows 2 (two mobiles joined by ";") and 5 (two mobiles on two lines).
// prettier-ignore
const CAMCARD: CellValue[][] = [
  ['姓名', '职位', '公司', '手机', '电话', '邮箱', '地址'],
  ['王磊', '销售总监', '上海云图信息技术有限公司', '13911112222;13911113333', '021-61234567', 'wanglei@yuntu.cn', '上海市徐汇区漕河泾开发区1号'],
  ['李明', 'CEO', '明日科技(香港)有限公司', '+852 9123 4567\n+86 13700001111', '+852 2123 4567', 'liming@tomorrow.hk', '香港湾仔港湾道1号'],
  ['赵敏', '采购', '北京赵氏贸易', '13800001234\r\n13900005678', '', 'zhaomin@zhaoshi.com', '北京市朝阳区'],
];

describe('several numbers on separate lines of one phone cell', () => {
  test('HubSpot: split like ";": the first mobile to Mobile Phone Number, no line break in it', () => {
    const file = planExport(sheet(CAMCARD, '名片'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 0)).toMatchObject({ 'Mobile Phone Number': '+8613911112222', 手机: '13911113333' });
    expect(rowOf(file, 1)).toMatchObject({
      'Mobile Phone Number': '+85291234567',
      'Phone Number': '+85221234567',
      手机: '+86 13700001111',
    });
    // A row with its Phone free takes the second mobile there, as a ";" cell's does.
    expect(rowOf(file, 2)).toMatchObject({ 'Mobile Phone Number': '+8613800001234', 'Phone Number': '+8613900005678' });
    const mobiles = file.rows.map((row) => String(row[file.header.indexOf('Mobile Phone Number')] ?? ''));
    expect(mobiles.filter((m) => /[\r\n]/.test(m))).toEqual([]);
  });

  test('纷享销客: the second number goes to 备注 as typed', () => {
    const file = planExport(sheet(CAMCARD, '名片'), { crm: 'fxiaoke', object: 'contacts', now: NOW }).files[0]!;
    expect(rowOf(file, 1)).toMatchObject({ 手机: '+85291234567' });
    expect(String(rowOf(file, 1)['备注'])).toContain('+86 13700001111');
    expect(String(rowOf(file, 1)['手机'])).not.toMatch(/\n/);
  });
});
