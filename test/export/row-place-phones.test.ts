/**
 * A CRM file's phones are the numbers check reads: a bare number on a row that names its place
 * without a country column (its other number's +853, an address in 澳門 or Tsim Sha Tsui) goes to
 * the CRM in that place's form, so a Macau customer's 6612 3456 is +85366123456, not left as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { MACAU_HK_MAINLAND } from '../support/macau-hk-mainland-list';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('planExport of bare numbers on rows that name their place', () => {
  const contacts = () => planExport(sheet(MACAU_HK_MAINLAND), { crm: 'salesforce', now: NOW }).files[0]!;

  test('writes a Macau row’s bare mobile and office number with +853, as the +853 row’s', () => {
    const file = contacts();
    expect(rowOf(file, 5)).toMatchObject({ 'Mobile Phone': '+85366123456', 'Business Phone': '+85328881234' });
    expect(rowOf(file, 6)).toMatchObject({ 'Mobile Phone': '+85366123456', 'Business Phone': '+85328881234' });
    expect(rowOf(file, 8)).toMatchObject({ 'Mobile Phone': '+85366881122' });
  });

  test('writes a Hong Kong row’s bare mobile, its address in Tsim Sha Tsui, with +852', () => {
    expect(rowOf(contacts(), 10)).toMatchObject({ 'Mobile Phone': '+85291234567' });
  });

  test('writes a Tainan row’s mobile, beside its +886 landline, as Taiwan’s', () => {
    expect(rowOf(contacts(), 7)).toMatchObject({ 'Mobile Phone': '+886912345678', 'Business Phone': '+88666123456' });
  });

  test('writes the mainland rows’ numbers as Chinese, as before', () => {
    const file = contacts();
    expect(rowOf(file, 2)).toMatchObject({ 'Mobile Phone': '+8613800138000', 'Business Phone': '+867562123456' });
    expect(rowOf(file, 11)).toMatchObject({ 'Mobile Phone': '+8613722223333', 'Business Phone': '+8675583456789' });
  });

  test('writes a HubSpot file’s one Phone Number with +853 for the Macau row', () => {
    const file = planExport(sheet(MACAU_HK_MAINLAND), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 6)).toMatchObject({ 'Mobile Phone Number': '+85366123456', 'Phone Number': '+85328881234' });
  });
});
