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
      'Street Address': '洪山区中南路100号',
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

  test('writes a Square export’s State in State/Region beside the City its region column holds', () => {
    const values: CellValue[][] = [
      ['First Name', 'Surname', 'Email Address', 'Phone Number', 'Street Address 1', 'City', 'State', 'Postal Code'],
      ['Maria', 'Garcia', 'maria.g@gmail.com', '+1 (512) 555-0147', '1200 Barton Springs Rd', 'Austin', 'TX', '78704'],
      ['Priya', 'Patel', 'priya@patelfamily.org', '(737) 555-0123', '', '', '', ''],
    ];
    const { files, report } = planExport(sheet(values, 'Customers'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'Austin', 'State/Region': 'TX', 'Postal Code': '78704' });
    expect(rowOf(files[0]!, 3)).toMatchObject({ City: null, 'State/Region': null });
    expect(report.columns.find((c) => c.crmColumn === 'State/Region')?.sheetColumns).toEqual(['State']);
    expect(report.extraColumns).not.toContain('State');
  });

  test('writes a Xero contacts export’s PORegion in Mailing State/Province, as typed', () => {
    const values: CellValue[][] = [
      [
        'ContactName',
        'EmailAddress',
        'FirstName',
        'LastName',
        'POAddressLine1',
        'POCity',
        'PORegion',
        'POPostalCode',
        'POCountry',
      ],
      [
        'Bayside Club',
        'secretarybob@bayside.com.au',
        'Bob',
        'Partridge',
        'PO Box 3354',
        'Ridge Heights',
        'NSW',
        '2035',
        'Australia',
      ],
      [
        'Ridgeway University',
        'ap@ridgeway.edu.au',
        'Ann',
        'Lee',
        'Private Bag 1',
        'Melbourne',
        'VIC',
        '3001',
        'Australia',
      ],
    ];
    const contacts = planExport(sheet(values, 'Contacts'), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'Mailing City': 'Ridge Heights', 'Mailing State/Province': 'NSW' });
    expect(rowOf(contacts, 3)).toMatchObject({ 'Mailing City': 'Melbourne', 'Mailing State/Province': 'VIC' });
    expect(contacts.header).not.toContain('PORegion');
  });

  test('writes a 企查查 export’s 所属城市 in City beside its 所属省份', () => {
    const values: CellValue[][] = [
      ['企业名称', '法定代表人', '电话', '所属省份', '所属城市', '所属区县', '企业地址'],
      ['杭州云栖科技有限公司', '王建国', '0571-88886666', '浙江省', '杭州市', '西湖区', '浙江省杭州市西湖区文三路90号'],
      ['上海浦江贸易有限公司', '李华', '021-58881234', '上海市', '上海市', '浦东新区', '上海市浦东新区张江路88号'],
    ];
    // 法定代表人 is each company's contact: the contacts file takes the place as the accounts file does.
    const { files, report } = planExport(sheet(values), { crm: 'zoho', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'Mailing State': '浙江', 'Mailing City': '杭州市' });
    expect(report.columns.find((c) => c.crmColumn === 'Mailing City')?.sheetColumns).toEqual(['所属城市']);
    const accounts = planExport(sheet(values), { crm: 'zoho', object: 'accounts', now: NOW }).files[0]!;
    expect(rowOf(accounts, 2)).toMatchObject({ 'Billing State': '浙江', 'Billing City': '杭州市' });
  });

  test('writes the state of the address whose city the region holds: Xero’s PORegion beside POCity, not SARegion', () => {
    const values: CellValue[][] = [
      [
        'ContactName',
        'FirstName',
        'LastName',
        'POAddressLine1',
        'POCity',
        'PORegion',
        'SAAddressLine1',
        'SACity',
        'SARegion',
      ],
      ['Bayside Club', 'Bob', 'Partridge', 'PO Box 3354', 'Ridge Heights', 'NSW', '148 Bay Rd', 'Perth', 'WA'],
      ['Marine Systems', 'Sam', 'Ho', 'Level 3', 'Sydney', 'NSW', '', '', ''],
    ];
    const { files, report } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'Ridge Heights', 'State/Region': 'NSW', SACity: 'Perth' });
    expect(report.columns.find((c) => c.crmColumn === 'City')?.sheetColumns).toEqual(['POCity']);
    expect(report.columns.find((c) => c.crmColumn === 'State/Region')?.sheetColumns).toEqual(['PORegion']);
  });
});
