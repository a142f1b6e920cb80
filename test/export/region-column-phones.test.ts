/**
 * A CRM file's phones are the numbers check and clean read: each in the region its row's 地區 / 地区
 * names, so a Hong Kong member's 63687353 goes to the CRM as +85263687353, not as a Taiwan number.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { HK_TW_MEMBERS, MAINLAND_WITH_HK_TW } from '../support/region-column-lists';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('planExport of phones on rows whose region column names their country', () => {
  test('writes a member list’s 香港 rows’ numbers as Hong Kong’s and its 臺灣 rows’ as Taiwan’s', () => {
    const contacts = planExport(sheet(HK_TW_MEMBERS), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(contacts, 4)).toMatchObject({ 'Mobile Phone Number': '+85263687353' });
    expect(rowOf(contacts, 6)).toMatchObject({ 'Mobile Phone Number': '+85268822511', 'Phone Number': '+85224404535' });
    expect(rowOf(contacts, 3)).toMatchObject({ 'Mobile Phone Number': '+886915721178' });
  });

  test('writes a mainland list’s 香港 and 台湾 numbers in their regions, its mainland mobiles as Chinese', () => {
    const contacts = planExport(sheet(MAINLAND_WITH_HK_TW), { crm: 'salesforce', now: NOW }).files[0]!;
    const mobile = (row: number) => rowOf(contacts, row)['Mobile Phone'];
    expect([2, 5, 6, 7].map(mobile)).toEqual(['+8613800138000', '+85291234567', '+886912345678', '+85263687353']);
  });
});
