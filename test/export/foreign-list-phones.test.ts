/**
 * An international list (a trade show's badge scans: +44, +49, +61 and one +86 on a row that says
 * China) goes to a team abroad: check and clean keep +86 on China's numbers there, and an export to a
 * CRM that writes the home region's numbers nationally (纷享销客) keeps it too. A Chinese team's own
 * list still gets 0755-88881234 and 13812345678.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, column: string, value: CellValue): Record<string, CellValue> {
  const at = file.header.indexOf(column);
  const row = file.rows.find((r) => r[at] === value);
  if (!row) throw new Error(`no row with ${column} ${String(value)}`);
  return Object.fromEntries(file.header.map((h, i) => [h, row[i] ?? null]));
}

// tradeshow_badge_scans.csv: rows 2, 3, 4 and 6 (the China row with its Shenzhen landline).
// prettier-ignore
const BADGE_SCANS: CellValue[][] = [
  ['Scan Date', 'Badge ID', 'First Name', 'Last Name', 'Company', 'Email', 'Phone', 'City', 'Country', 'Notes'],
  ['03/05/2024', 'B-10023', 'Oliver', 'Hughes', 'Hughes Logistics Ltd', 'oliver@hugheslogistics.co.uk', '+44 (0)20 7123 4567', 'London', 'United Kingdom', 'Wants quote'],
  ['03/05/2024', 'B-10024', 'Klaus', 'Fischer', 'Fischer Maschinenbau GmbH', 'k.fischer@fischer-mb.de', '+49 (0)89 1234 5678', 'München', 'Germany', null],
  ['03/05/2024', 'B-10025', 'Chloe', 'Nguyen', 'Southern Cross Imports Pty Ltd', 'chloe@scimports.com.au', '+61 2 8123 4567', 'Sydney', 'Australia', null],
  ['03/06/2024', 'B-10027', 'Wei', 'Zhang', 'Shenzhen Bright Electronics Co., Ltd.', 'zhangwei@bright-sz.com', '+86 755 8888 1234', 'Shenzhen', 'China', 'competitor?'],
];

// intl_list_with_china.csv: a China mobile, and a Beijing landline on a row without a country.
// prettier-ignore
const INTL_LIST: CellValue[][] = [
  ['First Name', 'Last Name', 'Company', 'Email', 'Phone', 'Country'],
  ['Wei', 'Zhang', 'Bright Electronics', 'zw@bright-sz.com', '+86 138 1234 5678', 'China'],
  ['Oliver', 'Hughes', 'Hughes Logistics', 'o@hl.co.uk', '+44 20 7123 4567', 'United Kingdom'],
  ['Li', 'Na', 'Sino Trade', 'ln@sino.cn', '+86 10 6255 6677', null],
  ['Anna', 'Schmidt', 'ACME GmbH', 'a@acme.de', '+49 30 1234567', 'Germany'],
];

// A Chinese team's own list: the same numbers are written as its team dials them.
// prettier-ignore
const OWN_LIST: CellValue[][] = [
  ['客户名称', '联系人', '手机', '电话', '邮箱'],
  ['深圳明亮电子有限公司', '张伟', '+86 138 1234 5678', '+86 755 8888 1234', 'zw@bright-sz.com'],
  ['北京中贸有限公司', '李娜', '13912345678', '010-62556677', 'ln@sino.cn'],
];

describe('China’s numbers on an international list keep +86 in a CRM written nationally', () => {
  test('纷享销客 contacts of a trade show’s badge scans: the Shenzhen landline with +86', () => {
    const { files } = planExport(sheet(BADGE_SCANS, 'Badge Scans'), { crm: 'fxiaoke', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, '联系人', 'Wei Zhang')).toMatchObject({ 电话: '+8675588881234' });
    expect(rowOf(contacts, '联系人', 'Oliver Hughes')).toMatchObject({ 电话: '+442071234567' });
  });

  test('纷享销客 contacts of an international list: a China mobile and a Beijing landline with +86', () => {
    const { files } = planExport(sheet(INTL_LIST, 'Contacts'), { crm: 'fxiaoke', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, '联系人', 'Wei Zhang')).toMatchObject({ 手机: '+8613812345678' });
    expect(rowOf(contacts, '联系人', 'Li Na')).toMatchObject({ 电话: '+861062556677' });
  });

  test('Zoho and HubSpot write the same numbers in E.164, as before', () => {
    for (const crm of ['zoho', 'hubspot'] as const) {
      const { files } = planExport(sheet(INTL_LIST, 'Contacts'), { crm, now: NOW });
      const contacts = files[0]!;
      expect(contacts.rows.flat()).toContain('+8613812345678');
      expect(contacts.rows.flat()).toContain('+861062556677');
    }
  });

  test('a Chinese team’s own list still gets its numbers as its team dials them', () => {
    const { files } = planExport(sheet(OWN_LIST), { crm: 'fxiaoke', now: NOW });
    const contacts = files[0]!;
    expect(rowOf(contacts, '联系人', '张伟')).toMatchObject({ 手机: '13812345678', 电话: '0755-88881234' });
    expect(rowOf(contacts, '联系人', '李娜')).toMatchObject({ 手机: '13912345678', 电话: '010-62556677' });
  });
});
