/**
 * A renovation firm's client register (Koala Kitchens, AU): private clients by name in Client, and a
 * Contact column filled for the odd family trust only. A client whose Contact is blank and whose name
 * is a person's is that person, a contact with no company; an organisation stays an account.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// prettier-ignore
const CLIENTS: CellValue[][] = [
  ['Client', 'Contact', 'Mobile', 'Email'],
  ['Chloe Morgan', '', '0421 555 678', 'chloe@gmail.com'],
  ['Jack Smith', '', '0412 345 679', 'jack@gmail.com'],
  ['Mia Wong', '', '0400 123 456', 'mia@gmail.com'],
  ['Smith Family Trust', 'Gary Smith', '0433 111 222', 'gary@gmail.com'],
];

// Rows of au_koala_kitchens.xlsx (Clients), the header and the columns the question is about.
// prettier-ignore
const KOALA: CellValue[][] = [
  ['Client', 'Contact', 'Ph', 'Mobile', 'Email', 'Street', 'Suburb', 'State'],
  ['Michael Fitzgerald', '', '', '0499420986', 'michael.fitzgerald@hotmail.com', '12 Esplanade', 'Parramatta', 'NSW'],
  ['Morris Family Trust', '', '(02) 6109 2230', '+61 475 790 396', 'kyle.morris@gmail.com', '107 Church St', 'Bondi', 'NSW'],
  ['Natalie & Brian Walker', '', '', '+61 468 886 139', 'nataliew@bigpond.com', '44 Church St', 'Parramatta', 'NSW'],
  ['Chloe & Ben Morgan', 'Ben', '02 9550 1234', '0421 555 678', 'chloe.morgan@gmail.com', '7 Church Street', 'Newtown', 'NSW'],
  ["Emma & Lauren O'Brien", '', '(08) 7597 0951', '0415 283 841', 'emmao@optusnet.com.au', '5 Smith St', 'Darwin', 'NT'],
];

describe('a client list with a mostly empty Contact column', () => {
  test('a client named as a person with no contact is a contact with no company, not an account', () => {
    const { files, report } = planExport(sheet(CLIENTS, 'Clients'), { crm: 'zoho', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(contacts.sourceRows).toEqual([2, 3, 4, 5]);
    expect(files.some((f) => f.object === 'accounts')).toBe(false);
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'Chloe', 'Last Name': 'Morgan', 'Account Name': null });
    expect(rowOf(contacts, 3)).toMatchObject({ 'First Name': 'Jack', 'Last Name': 'Smith', 'Account Name': null });
    expect(rowOf(contacts, 5)).toMatchObject({
      'First Name': 'Gary',
      'Last Name': 'Smith',
      'Account Name': 'Smith Family Trust',
    });
    expect(report.accountRows).toBe(0);
    expect(report.clientsAsContacts).toBe(3);
  });

  test('a couple is a contact; a family trust with no contact stays an account', () => {
    const { files, report } = planExport(sheet(KOALA, 'Clients'), { crm: 'salesforce', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(contacts.sourceRows).toEqual([2, 4, 5, 6]);
    expect(accounts.sourceRows).toEqual([3]);
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'Michael', 'Last Name': 'Fitzgerald' });
    expect(rowOf(contacts, 4)).toMatchObject({ 'First Name': 'Natalie & Brian', 'Last Name': 'Walker' });
    expect(rowOf(contacts, 6)).toMatchObject({ 'First Name': 'Emma & Lauren', 'Last Name': "O'Brien" });
    expect(rowOf(contacts, 5)).toMatchObject({ 'Last Name': 'Ben', 'Account Name': 'Chloe & Ben Morgan' });
    expect(rowOf(accounts, 3)).toMatchObject({ 'Account Name': 'Morris Family Trust' });
    expect(report.clientsAsContacts).toBe(3);
  });

  test('a person list keeps a couple as the person', () => {
    const values: CellValue[][] = [
      ['Name', 'Company', 'Email'],
      ['Natalie & Brian Walker', '', 'nataliew@bigpond.com'],
      ['Smith & Jones', '', 'office@smithjones.com.au'],
      ['Rhys James', '', 'rhysj@optusnet.com.au'],
      ['Rebecca Mitchell', '', 'rebeccam@gmail.com'],
      ['Hannah Reynolds', 'Reynolds Legal', 'hannah.reynolds@optusnet.com.au'],
    ];
    const { files } = planExport(sheet(values, 'Clients'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'Natalie & Brian', 'Last Name': 'Walker' });
    // Two surnames joined are a firm's name: a company-only row.
    expect(files.find((f) => f.object === 'accounts')!.sourceRows).toEqual([3]);
  });
});
