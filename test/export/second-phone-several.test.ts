/**
 * 企查查 joins a company's further numbers with ";" in 更多电话 (13902345678;0755-26001235); 飞书 users type
 * " / " (13951234567 / 025-84561234). Both are several numbers, read alike: each to the CRM's phone
 * column of its kind where that is free, the rest kept under the sheet's header.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('several numbers in a second phone column', () => {
  test('a person’s row: ";" and " / " split alike, the mobile to Mobile Phone Number', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['企业名称', '联系人', '电话', '更多电话'],
      ['深圳市腾飞科技有限公司', '李腾飞', '0755-26001234', '13902345678;0755-26001235'],
      ['南京金陵科技有限公司', '王建国', '025-84561230', '13951234567 / 025-84561234'],
    ];
    const file = planExport(sheet(values), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 0)).toMatchObject({
      'Mobile Phone Number': '+8613902345678',
      'Phone Number': '+8675526001234',
      更多电话: '0755-26001235',
    });
    expect(rowOf(file, 1)).toMatchObject({
      'Mobile Phone Number': '+8613951234567',
      'Phone Number': '+862584561230',
      更多电话: '025-84561234',
    });
  });

  test('a company-only row (HubSpot companies have one Phone): the free Phone takes the first number', () => {
    // 企查查 企业列表: no contact column, so 法定代表人 is each company's contact; the companies file
    // is asked for.
    // prettier-ignore
    const values: CellValue[][] = [
      ['企业名称', '法定代表人', '电话', '更多电话'],
      ['深圳市腾飞科技有限公司', '李腾飞', '', '13902345678;0755-26001235'],
      ['南京金陵科技有限公司', '王建国', '', '13951234567 / 025-84561234'],
    ];
    const file = planExport(sheet(values), { crm: 'hubspot', object: 'accounts', now: NOW }).files.find(
      (f) => f.object !== 'contacts',
    )!;
    expect(rowOf(file, 0)['Phone Number']).toBe('+8613902345678');
    expect(rowOf(file, 1)['Phone Number']).toBe('+8613951234567');
  });
});
