/**
 * HubSpot's own export has "Phone Number" and "Mobile Phone Number"; Shopify has "Phone" and
 * "Default Address Phone". Check reads the second as more of the customer's numbers; export puts
 * it in the CRM's other phone column, cleaned, not in an extra column as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('export of a second phone column', () => {
  test("HubSpot's Mobile Phone Number goes back to HubSpot's mobile column, in E.164", () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number'],
      ['John', 'Smith', 'john@acme.com', '(617) 555-0123', '(617) 555-0199'],
      ['Karen', 'Lee', 'karen@initech.com', '(609) 555-0142', ''],
    ];
    const { files } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(file.header.filter((h) => /phone/i.test(h))).toEqual(['Mobile Phone Number', 'Phone Number']);
    expect(rowOf(file, 0)).toMatchObject({ 'Mobile Phone Number': '+16175550199', 'Phone Number': '+16175550123' });
    expect(rowOf(file, 1)).toMatchObject({ 'Mobile Phone Number': null, 'Phone Number': '+16095550142' });
  });
});

describe('export of mobiles headed in traditional characters', () => {
  test('a Hong Kong list’s 手提電話 and a Taiwan list’s 手機 go to the CRM’s mobile column, 公司電話 to its phone', () => {
    const values: CellValue[][] = [
      ['客戶名稱', '聯絡人', '手提電話', '公司電話', '電郵地址', '國家/地區'],
      ['永興貿易有限公司', '陳大文', '+852 9123 4567', '+852 2345 6789', 'dw@wing.hk', '香港'],
      ['新鴻基地產發展有限公司', '李嘉欣', '+852 5123 4567', '+852 2828 8888', 'kh@shkp.com', '香港'],
    ];
    const hk = planExport(sheet(values), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(hk, 0)).toMatchObject({ 'Mobile Phone': '+85291234567', 'Business Phone': '+85223456789' });
    const taiwan: CellValue[][] = [
      ['姓名', '公司', '手機', '電話', '國家'],
      ['林美玲', '鴻海精密工業股份有限公司', '0933 123 456', '(02) 2268-3466', '台灣'],
      ['王大同', '統一企業股份有限公司', '0987 654 321', '(06) 253-2121', '台灣'],
    ];
    const tw = planExport(sheet(taiwan), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(tw, 0)).toMatchObject({ 'Mobile Phone Number': '+886933123456', 'Phone Number': '+886222683466' });
  });
});

describe('a CRM file with one phone column', () => {
  test('a company whose only number is its switchboard (联系电话, 手机 blank) keeps it in the accounts file’s Phone', () => {
    // 金蝶's customer file: companies with a contact's mobile, and some with the office line only.
    const values: CellValue[][] = [
      ['客户编码', '客户名称', '联系人', '手机', '联系电话'],
      ['KH0001', '成都天府软件有限公司', '', '', '028-85123456'],
      ['KH0002', '杭州西子网络科技有限公司', '刘晓明', '13588889999', '0571-88886666'],
    ];
    const { files } = planExport(sheet(values), { crm: 'zoho', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accounts.header).toContain('Phone');
    expect(rowOf(accounts, 0)).toMatchObject({ 'Account Name': '成都天府软件有限公司', Phone: '+862885123456' });
    // The office line is kept under its own header too: nothing is dropped.
    expect(rowOf(accounts, 0)['联系电话']).toBe('028-85123456');
  });
});
