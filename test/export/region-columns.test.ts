/**
 * A region column goes where the CRM keeps it: provinces (浙江, 湖北省) in State/Province, cities in
 * City, and a column of cities beside the provinces (抖店's 省, 市, 区, 详细地址) in City.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('planExport of a region column', () => {
  test('writes a platform export’s province in State/Region and its city in City, the street in Street Address', () => {
    const values: CellValue[][] = [
      ['收货人', '手机号', '省', '市', '区', '详细地址'],
      ['王芳', '13912345678', '湖北', '武汉市', '洪山区', '中南路100号'],
      ['李强', '13812345678', '广东省', '深圳市', '南山区', '科技园路1号'],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, 2)).toMatchObject({
      'State/Region': '湖北',
      City: '武汉市',
      'Street Address': '中南路100号',
    });
    expect(rowOf(contacts, 3)).toMatchObject({ 'State/Region': '广东', City: '深圳市' });
    expect(report.columns.find((c) => c.crmColumn === 'City')?.sheetColumns).toEqual(['市']);
    expect(report.columns.find((c) => c.crmColumn === 'State/Region')?.sheetColumns).toEqual(['省']);
  });

  test('writes a Chinese list’s provinces in Salesforce’s Mailing State/Province and no City column', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '地区'],
      ['张伟', '13800138000', '浙江'],
      ['李娜', '13900139000', '江苏省'],
    ];
    const contacts = planExport(sheet(values), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(contacts.header).toContain('Mailing State/Province');
    expect(contacts.header).not.toContain('Mailing City');
    expect(rowOf(contacts, 3)['Mailing State/Province']).toBe('江苏');
  });

  test('writes a WooCommerce customers export’s Region in State/Region and its own City in City', () => {
    const values: CellValue[][] = [
      ['Name', 'Username', 'Email', 'Orders', 'Total spend', 'Country / Region', 'City', 'Region', 'Postal code'],
      ['Jane Doe', 'janedoe', 'jane@example.com', 5, '$1,234.50', 'US', 'San Francisco', 'CA', '94107'],
      ['Ahmad bin Ismail', 'ahmad', 'ahmad@example.my', 3, '$2,000.00', 'MY', 'Petaling Jaya', 'Selangor', '47301'],
      ['Wei Ming Tan', 'weiming', 'weiming@example.sg', 2, '$88.00', 'SG', 'Singapore', '', '048616'],
    ];
    const { files, report } = planExport(sheet(values, 'Customers'), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, 2)).toMatchObject({ City: 'San Francisco', 'State/Region': 'CA' });
    expect(rowOf(contacts, 3)).toMatchObject({ City: 'Petaling Jaya', 'State/Region': 'Selangor' });
    expect(rowOf(contacts, 4)).toMatchObject({ City: 'Singapore', 'State/Region': null });
    expect(report.columns.find((c) => c.crmColumn === 'City')?.sheetColumns).toEqual(['City']);
    expect(contacts.header).not.toContain('City (sheet)');
  });

  test('keeps an English list’s cities in City', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'City'],
      ['Emily Carter', '+1 415 555 0132', 'San Francisco'],
      ['Robert Miller', '+1 212 555 0187', 'New York'],
    ];
    const contacts = planExport(sheet(values, 'Customers'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'Mailing City': 'San Francisco' });
    expect(contacts.header).not.toContain('Mailing State');
  });

  test('reads a column headed State as the state even when its values are not Chinese provinces', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'State'],
      ['Emily Carter', '+1 415 555 0132', 'CA'],
      ['Robert Miller', '+1 212 555 0187', 'NY'],
    ];
    const leads = planExport(sheet(values, 'Leads'), { crm: 'salesforce', object: 'leads', now: NOW }).files[0]!;
    expect(rowOf(leads, 2)).toMatchObject({ 'State/Province': 'CA' });
    expect(leads.header).not.toContain('City');
  });
});
