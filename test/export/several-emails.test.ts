/**
 * Google Contacts joins the values of one field with " ::: ": Dr. Emily Foster's E-mail 1 - Value is
 * "efoster@northshoreclinic.com ::: emily.foster@gmail.com". A CRM's importer rejects that as an
 * address, so the export writes the first address in Email and the others in the CRM's second
 * e-mail column (Zoho's Secondary Email), or, where it has none, under the sheet's header; the
 * report says so, and the sheet's cell is left as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function exported(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// Google Contacts' export (google-contacts.csv): the name, e-mail, phone and organisation columns.
// prettier-ignore
const GOOGLE: CellValue[][] = [
  ['Name', 'Given Name', 'Family Name', 'Name Prefix', 'E-mail 1 - Type', 'E-mail 1 - Value', 'E-mail 2 - Type', 'E-mail 2 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Organization 1 - Name', 'Organization 1 - Title'],
  ['Michael Turner', 'Michael', 'Turner', '', '* Work', 'mturner@brightline.io', '* Home', 'mike.turner@outlook.com', 'Mobile', '+1 617 555 0199', 'Brightline Logistics', 'Account Executive'],
  ['Dr. Emily Foster', 'Emily', 'Foster', 'Dr.', '* Work', 'efoster@northshoreclinic.com ::: emily.foster@gmail.com', '', '', 'Work ::: Mobile', '(847) 555-0117 ::: (847) 555-0166', 'Northshore Clinic', ''],
  ['Carlos Mendes', 'Carlos', 'Mendes', '', '* Work', 'carlos@mendesimports.com', '', '', 'Work', '(305) 555-0177', 'Mendes Imports', ''],
];

describe('export of an e-mail cell holding several addresses', () => {
  test('HubSpot: the first address in Email, the other under the sheet header', () => {
    const values = GOOGLE.map((row) => [...row]);
    const { files, report } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(exported(contacts, 3)).toMatchObject({
      Email: 'efoster@northshoreclinic.com',
      'E-mail 1 - Value': 'emily.foster@gmail.com',
    });
    // Only the addresses Email did not take are in that column.
    expect(exported(contacts, 2)).toMatchObject({ Email: 'mturner@brightline.io', 'E-mail 1 - Value': null });
    expect(report.severalEmails).toEqual({ 'E-mail 1 - Value': { rows: 1, columns: ['E-mail 1 - Value'] } });
    // The sheet's own cell is as typed.
    expect(values[2]![5]).toBe('efoster@northshoreclinic.com ::: emily.foster@gmail.com');
  });

  test('Zoho: the other address in Secondary Email', () => {
    const { files, report } = planExport(sheet(GOOGLE, 'Contacts'), { crm: 'zoho', now: NOW });
    const contacts = files[0]!;
    expect(exported(contacts, 3)).toMatchObject({
      Email: 'efoster@northshoreclinic.com',
      'Secondary Email': 'emily.foster@gmail.com',
    });
    // A row's second column of addresses (E-mail 2 - Value) is its second address too.
    expect(exported(contacts, 2)).toMatchObject({
      Email: 'mturner@brightline.io',
      'Secondary Email': 'mike.turner@outlook.com',
      'E-mail 2 - Value': 'mike.turner@outlook.com',
    });
    expect(exported(contacts, 4)).toMatchObject({ Email: 'carlos@mendesimports.com', 'Secondary Email': null });
    expect(contacts.header).not.toContain('E-mail 1 - Value');
    expect(report.severalEmails).toEqual({ 'E-mail 1 - Value': { rows: 1, columns: ['Secondary Email'] } });
  });

  test('Salesforce leads: no address is written joined, none is lost', () => {
    const { files } = planExport(sheet(GOOGLE, 'Contacts'), { crm: 'salesforce', object: 'leads', now: NOW });
    const leads = files[0]!;
    const row = exported(leads, 3);
    expect(row).toMatchObject({ Email: 'efoster@northshoreclinic.com', 'E-mail 1 - Value': 'emily.foster@gmail.com' });
    expect(Object.values(row).filter((v) => typeof v === 'string' && v.includes('@') && v.includes(':::'))).toEqual([]);
  });

  test("the numbers' types joined the same way say each number's line", () => {
    const { files } = planExport(sheet(GOOGLE, 'Contacts'), { crm: 'hubspot', now: NOW });
    // Work ::: Mobile beside (847) 555-0117 ::: (847) 555-0166.
    expect(exported(files[0]!, 3)).toMatchObject({
      'Mobile Phone Number': '+18475550166',
      'Phone Number': '+18475550117',
    });
  });
});
