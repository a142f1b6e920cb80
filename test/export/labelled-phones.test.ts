/**
 * QuickBooks' Customer Contact List keeps a customer's numbers in one Phone Numbers cell, each after
 * its label (Phone:(615) 333-0424 Mobile:(615) 925-7247). In a CRM's layout each number goes to the
 * line its label names; a fax, which no phone line is, is kept with its label in the notes.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet, usTemplate } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// quickbooks_customer_contacts.csv: rows 2 to 6, Harbor Design Studio's numbers a mobile and a fax.
// prettier-ignore
const QUICKBOOKS: CellValue[][] = [
  ['Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Open Balance', 'Notes'],
  ['Horizon Consulting LLC', 'Phone:(305) 909-1726', 'ethan_ellis@horizon.com', 'Ethan Ellis', '4657 Maple Dr Miami, FL  33128', '33.34', ''],
  ['Granite Capital', 'Phone:(615) 333-0424 Mobile:(615) 925-7247', 'joshua5@granite.com', 'Joshua Richardson', '5754 Hillcrest Dr Nashville, TN  37254', '0.00', ''],
  ["Amy's Bird Sanctuary", 'Phone:(650) 555-3311 Mobile:(650) 555-1234', 'birds@intuit.com', 'Amy Lauterbach', '4581 Finch St. Bayshore, CA  94326', '239.00', 'Note about Amy'],
  ['Maria Lopez', 'Mobile:(786) 874-3156', 'maria.lopez@gmail.com', 'Maria Lopez', '220 Ocean Dr Miami, FL  33139', '0.00', ''],
  ['Harbor Design Studio, Inc.', 'Mobile:(615) 522-7445 Fax:(615) 522-7446', 'declan98@harbor.com', 'Declan Evans', '6763 Broadway Nashville, TN  37266', '0.00', ''],
];

describe('two labelled numbers in one cell', () => {
  test('each number goes to the line its label names (Phone:, Mobile:)', () => {
    const { files, report } = planExport(sheet(QUICKBOOKS, 'Customer Contact List'), {
      crm: 'zoho',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ Phone: '+13059091726', Mobile: null });
    expect(rowOf(file, 3)).toMatchObject({ Phone: '+16153330424', Mobile: '+16159257247' });
    expect(rowOf(file, 4)).toMatchObject({
      Phone: '+16505553311',
      Mobile: '+16505551234',
      Description: 'Note about Amy',
    });
    expect(report.sparePhones).toEqual({ 'Phone Numbers': 1 });
  });

  test('a fax goes to no phone line: the notes keep it with its label', () => {
    const file = planExport(sheet(QUICKBOOKS, 'Customer Contact List'), {
      crm: 'zoho',
      template: usTemplate(),
      now: NOW,
    }).files[0]!;
    expect(rowOf(file, 6)).toMatchObject({
      Mobile: '+16155227445',
      Phone: null,
      Description: 'Phone Numbers: Fax:(615) 522-7446',
    });
  });
});
