/**
 * Outlook's Contacts export writes Gender as Unspecified for every contact who set none. Check reads it
 * as not given (no problem to report), and the CRM export reads it the same way: no gender, not a value
 * it could not read.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planExport } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// outlook-contacts.csv, its name, e-mail and gender columns.
const OUTLOOK: CellValue[][] = [
  ['Title', 'First Name', 'Last Name', 'Company', 'E-mail Address', 'Gender'],
  ['Mr.', 'John', 'Anderson', 'Anderson Plumbing LLC', 'john@andersonplumbing.com', 'Unspecified'],
  ['Ms.', 'Karen', 'White', 'Whitestone Realty', 'kwhite@whitestonerealty.com', 'Unspecified'],
  ['Dr.', 'Priya', 'Natarajan', 'Lakeside Pediatrics', 'priya@lakesidepeds.com', 'Female'],
  ['Mr.', 'Tom', 'Becker', 'Becker & Sons Roofing', 'tom@beckerroofing.com', 'Not specified'],
];

describe('a gender not given, in check and in the CRM export', () => {
  test('check says nothing of Unspecified and Not specified', () => {
    const { issues } = checkSheet(sheet(OUTLOOK, { textOnly: true }), { now: TODAY });
    expect(issues.filter((i) => i.column === 'Gender')).toEqual([]);
  });

  test.each(['hubspot', 'salesforce', 'zoho'] as const)(
    'the %s export gives no gender, and no value it could not read',
    (crm) => {
      const { report, files } = planExport(sheet(OUTLOOK, { textOnly: true }), { crm, now: TODAY });
      expect(report.valuesAsTyped.Gender).toBeUndefined();
      const [contacts] = files;
      const col = contacts!.header.findIndex((h) => /gender/i.test(h));
      expect(contacts!.rows.map((row) => row[col])).toEqual([null, null, expect.stringMatching(/^f/i), null]);
    },
  );
});
