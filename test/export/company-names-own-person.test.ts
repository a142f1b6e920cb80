/**
 * QuickBooks Online's Customer Contact List names a private customer by the person ("Bouchard, Luc"
 * beside the Full Name Luc Bouchard): a company cell holding the row's own person, in either order,
 * is no company. The row is a contact with no account, as a private client is, and the report says so.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// Rows of qbo_contact_list.csv (the header row only, without the report's title above it).
// prettier-ignore
const QBO: CellValue[][] = [
  ['Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Shipping Address'],
  ["Amy's Bakery", 'Phone: (416) 555-0134 Mobile: (647) 555-0188', 'amy@amysbakery.ca', 'Amy Tremblay', '120 Queen St E Toronto, ON M5C 1S2 Canada', '120 Queen St E Toronto, ON M5C 1S2 Canada'],
  ['Bouchard, Luc', 'Phone: (514) 555-0101', 'luc.bouchard@videotron.ca', 'Luc Bouchard', '4500 Rue Saint-Denis Montréal, QC H2J 2L3 Canada', ''],
  ['Cool Cars Inc.', 'Phone: (604) 555-0123', 'service@coolcars.ca', 'Grace Pariseau', '65 Ocean Dr Vancouver, BC V5K 0A1', ''],
  ['Dukes Basketball Camp', 'Mobile: (403) 555-0177', 'dukes@gmail.com', 'Peter Dukes', '25 Court St Calgary, AB T2P 1J9', ''],
];

describe('a company cell naming the row’s own person', () => {
  test('Salesforce: "Bouchard, Luc" beside Luc Bouchard is a contact with no Account Name', () => {
    const { files, report } = planExport(sheet(QBO, 'Customer Contact List'), { crm: 'salesforce', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 3)).toMatchObject({ 'First Name': 'Luc', 'Last Name': 'Bouchard', 'Account Name': null });
    expect(rowOf(contacts, 2)).toMatchObject({ 'Last Name': 'Tremblay', 'Account Name': "Amy's Bakery" });
    // A company that shares the person's surname is still a company.
    expect(rowOf(contacts, 5)).toMatchObject({ 'Last Name': 'Dukes', 'Account Name': 'Dukes Basketball Camp' });
    expect(files.some((f) => f.object === 'accounts')).toBe(false);
    expect(report.companiesNamingPerson).toBe(1);
  });

  test('first and last name columns: the company written either way round is the person', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Email'],
      ['Luc', 'Bouchard', 'Bouchard, Luc', 'luc.bouchard@videotron.ca'],
      ['Mark', 'Cho', 'Cho Mark', 'mark@cho.com'],
      ['Grace', 'Pariseau', 'Cool Cars Inc.', 'service@coolcars.ca'],
    ];
    const { files, report } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'Luc', 'Last Name': 'Bouchard', 'Company Name': null });
    expect(rowOf(contacts, 3)).toMatchObject({ 'First Name': 'Mark', 'Last Name': 'Cho', 'Company Name': null });
    expect(rowOf(contacts, 4)).toMatchObject({ 'Company Name': 'Cool Cars Inc.' });
    expect(report.companiesNamingPerson).toBe(2);
  });
});
