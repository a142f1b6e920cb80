/**
 * Who a row is about: QuickBooks Online's customer list names a business customer by its company
 * (Customer = Company), which is no person to split into a first and a last name.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const QBO: CellValue[][] = [
  ['Customer', 'Company', 'Phone', 'Email', 'Billing Address', 'Open Balance'],
  [
    "Amy's Bird Sanctuary",
    "Amy's Bird Sanctuary",
    '(650) 555-3311',
    'Birds@Intuit.com',
    '4581 Finch St.\nBayshore, CA  94326',
    '239.00',
  ],
  [
    'Cool Cars',
    'Cool Cars',
    '(415) 555-9933',
    'Cool_Cars@intuit.com',
    '65 Ocean Dr.\nHalf Moon Bay, CA  94213',
    '2,369.52',
  ],
  ['John Melton', '', '(650) 555-5879', 'John@Melton.com', '85 Pine St.\nMenlo Park, CA  94304', '450.00'],
  [
    'Kookies by Kathy',
    'Kookies by Kathy',
    '(650) 555-7896',
    'qbwebsamplecompany@yahoo.com',
    '789 Sugar Lane\nMiddlefield, CA  94303',
    '0.00',
  ],
  [
    'Geeta Kalapatapu',
    'Kalapatapu Consulting',
    '(650) 555-0022',
    'Geeta@Kalapatapu.com',
    '1987 Main St.\nMiddlefield, CA  94303',
    '629.10',
  ],
];

describe('rowParties in an export', () => {
  test('writes a QuickBooks customer whose name is its company as the company, not as a person', () => {
    const { files, report } = planExport(sheet(QBO, 'Customers'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    const companies = files.find((f) => f.object === 'accounts')!;
    expect(companies.sourceRows).toEqual([2, 3, 5]);
    expect(rowOf(companies, 2)).toMatchObject({
      'Company Name': "Amy's Bird Sanctuary",
      'Phone Number': '+16505553311',
    });
    expect(rowOf(companies, 5)).toMatchObject({ 'Company Name': 'Kookies by Kathy' });
    expect(contacts.sourceRows).toEqual([4, 6]);
    expect(rowOf(contacts, 4)).toMatchObject({ 'First Name': 'John', 'Last Name': 'Melton' });
    expect(rowOf(contacts, 6)).toMatchObject({
      'First Name': 'Geeta',
      'Last Name': 'Kalapatapu',
      'Company Name': 'Kalapatapu Consulting',
    });
    expect(report.accountRows).toBe(3);
  });

  test('names no first or last name after a company in Salesforce either', () => {
    const contacts = planExport(sheet(QBO, 'Customers'), { crm: 'salesforce', now: NOW }).files[0]!;
    const lastNames = contacts.rows.map((row) => row[contacts.header.indexOf('Last Name')]);
    expect(lastNames).not.toContain('Sanctuary');
    expect(lastNames).not.toContain('Kathy');
  });

  test('keeps a person whose company cell repeats their own name (a Salesforce lead typed so) a contact', () => {
    const leads: CellValue[][] = [
      ['Customer', 'Company', 'Email'],
      ['John Melton', 'John Melton', 'john@melton.example'],
      ['张伟', '张伟', 'zhangwei@example.cn'],
      ['Cool Cars', 'Cool Cars', 'cool_cars@example.com'],
      ['Ann Lee', 'Globex Corporation', 'ann@globex.example'],
      ['Raj Patel', 'Initech LLC', 'raj@initech.example'],
    ];
    const { files } = planExport(sheet(leads, 'Leads'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(contacts.sourceRows).toEqual([2, 3, 5, 6]);
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'John', 'Last Name': 'Melton' });
    expect(files.find((f) => f.object === 'accounts')!.sourceRows).toEqual([4]);
  });
});
