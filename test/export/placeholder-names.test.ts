/**
 * N/A typed where a contact's name goes (a hand-kept list's Contact for a business with no contact
 * person) says there is no name, as N/A in Phone and Email says there is no number or address. Check
 * reports it as a placeholder; a CRM export writes no name from it and counts it with the placeholders.
 * A name that only looks like such a word (Li Na's given name Na) is a name.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// probe 3, 12_handkept.csv: rows 5 to 7 (Wombat Web Design: N/A in Contact and Phone); Business headed Company.
// prettier-ignore
const HANDKEPT: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email', 'Address', 'Notes'],
  ['Kangaroo Coffee Co', 'Sheila Ng', '(02) 9876 5432', 'sheila@kangaroocoffee.com.au', '12 George St, Sydney NSW 2000, Australia', ''],
  ['Kangaroo Coffee Co', 'Sheila Ng', '0412 345 678', 'N/A', 'Level 3, 12 George Street, Sydney NSW 2000', 'her mobile'],
  ['Wombat Web Design', 'N/A', 'N/A', 'hello@wombatweb.com.au', 'PO Box 123, Fitzroy VIC 3065', ''],
];

// A 飞书 ledger: 无 where the contact's name goes; 李娜 typed in pinyin in split name columns.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱'],
  ['南京云创大数据', '无', '13951234567', 'info@yunchuang.cn'],
  ['西安三星半导体有限公司', '陈十三', '029-88881234', 'chen13@samsung.com'],
];

// prettier-ignore
const SPLIT: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Company'],
  ['Na', 'Li', 'li.na@example.com', 'Wuhan Tennis Club'],
  ['Tom', 'N/A', 'tom@example.com', 'Brand Works'],
];

describe('a placeholder where a contact’s name goes', () => {
  test('check reports N/A in Contact as a placeholder, as it does N/A in Email (en-US)', () => {
    const issues = checkSheet(sheet(HANDKEPT, 'Customers'), { now: NOW, locale: 'en-US' }).issues;
    const placeholders = issues.filter((i) => i.code === 'value.placeholder').map((i) => [i.row, i.column, i.value]);
    expect(placeholders).toEqual([
      [3, 'Email', 'N/A'],
      [4, 'Contact', 'N/A'],
    ]);
    const contact = issues.find((i) => i.column === 'Contact')!;
    expect(contact.severity).toBe('warning');
    expect(contact.message).toBe(
      '"N/A" stands for no value, not a real Contact: left as typed. Fill in the real one, or clear the cell if there is none.',
    );
    // The phone is required: its N/A is a missing phone.
    expect(issues.find((i) => i.row === 4 && i.column === 'Phone')).toMatchObject({ code: 'required.missing' });
  });

  test('check reports 无 in 联系人 as a placeholder (zh-CN)', () => {
    const issues = checkSheet(sheet(LEDGER), { now: NOW, locale: 'zh-CN' }).issues;
    const contact = issues.find((i) => i.column === '联系人');
    expect(contact).toMatchObject({ row: 2, code: 'value.placeholder', severity: 'warning', value: '无' });
    expect(contact!.message).toContain('“联系人”');
  });

  test('HubSpot gets no contact from N/A: the business is an account, and the report counts it with the placeholders', () => {
    const { files, report } = planExport(sheet(HANDKEPT, 'Customers'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(contacts.sourceRows).toEqual([2, 3]);
    expect(rowOf(accounts, 4)).toMatchObject({ 'Company Name': 'Wombat Web Design', 'Phone Number': null });
    for (const file of files) expect(file.rows.flat()).not.toContain('N/A');
    expect(report.placeholders).toMatchObject({ Contact: 1, Phone: 1, Email: 1 });
  });

  test('纷享销客 gets no 联系人 from 无', () => {
    const { files, report } = planExport(sheet(LEDGER), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 客户名称: '南京云创大数据', 联系人: null });
    expect(report.placeholders).toMatchObject({ 联系人: 1 });
  });

  test('a given name Na is a name; N/A in Last Name is none', () => {
    const issues = checkSheet(sheet(SPLIT, 'Contacts'), { now: NOW, locale: 'en-US' }).issues;
    expect(issues.filter((i) => i.code === 'value.placeholder').map((i) => [i.row, i.column])).toEqual([
      [3, 'Last Name'],
    ]);
    const { files, report } = planExport(sheet(SPLIT, 'Contacts'), { crm: 'salesforce', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 'First Name': 'Na', 'Last Name': 'Li' });
    expect(rowOf(files[0]!, 3)).toMatchObject({ 'First Name': 'Tom' });
    expect(Object.values(rowOf(files[0]!, 3))).not.toContain('N/A');
    expect(report.placeholders).toMatchObject({ 'Last Name': 1 });
  });
});
