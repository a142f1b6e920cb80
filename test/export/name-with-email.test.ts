/**
 * A contact written with their e-mail in one cell, as HubSpot's companies export writes its
 * Associated Contact (Jane Doe (jane@blueoceanseafood.com)) and mail clients write a sender (Tom Reed
 * <tom@summitgear.com>): the name goes to the CRM's name columns and the address to Email, where the
 * row has no address of its own, so nothing typed is lost; the sheet's cell stays as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function exported(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// HubSpot's companies export with its associated contact.
const COMPANIES: CellValue[][] = [
  ['Company name', 'Phone Number', 'City', 'Associated Contact'],
  ['Blue Ocean Seafood', '+1 617-555-0101', 'Boston', 'Jane Doe (jane@blueoceanseafood.com)'],
  ['Summit Gear', '(303) 555-0177', 'Denver', 'Tom Reed <tom@summitgear.com>'],
  ['Harbor Lights Inn', '(207) 555-0144', 'Portland', 'Maria Lopez'],
];

describe('export of a contact typed with their e-mail', () => {
  test('the name to First and Last Name, the address to Email', () => {
    const { files, report } = planExport(sheet(COMPANIES, 'Companies'), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(exported(contacts, 2)).toMatchObject({
      'First Name': 'Jane',
      'Last Name': 'Doe',
      Email: 'jane@blueoceanseafood.com',
      'Company Name': 'Blue Ocean Seafood',
    });
    expect(exported(contacts, 3)).toMatchObject({
      'First Name': 'Tom',
      'Last Name': 'Reed',
      Email: 'tom@summitgear.com',
    });
    expect(exported(contacts, 4)).toMatchObject({ 'First Name': 'Maria', 'Last Name': 'Lopez', Email: null });
    expect(report.namesWithEmail).toBe(2);
    // The address is no organisation the name held.
    expect(report.remarkNames).toBe(0);
  });

  test('a row’s own e-mail comes first; the one typed with the name is kept beside it', () => {
    const values = [
      ['Company name', 'Email', 'Associated Contact'],
      ['Blue Ocean Seafood', 'info@blueoceanseafood.com', 'Jane Doe (jane@blueoceanseafood.com)'],
    ];
    const { files } = planExport(sheet(values, 'Companies'), { crm: 'zoho', now: NOW });
    const row = exported(files.find((f) => f.object === 'contacts') ?? files[0]!, 2);
    expect(row).toMatchObject({ Email: 'info@blueoceanseafood.com', 'Secondary Email': 'jane@blueoceanseafood.com' });
    // HubSpot has no second e-mail column: the address goes under the sheet's Email header, not lost.
    const hubspot = planExport(sheet(values, 'Companies'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(hubspot.header).toEqual(['First Name', 'Last Name', 'Email', 'Company Name', 'Email (sheet)']);
    expect(hubspot.rows[0]).toEqual([
      'Jane',
      'Doe',
      'info@blueoceanseafood.com',
      'Blue Ocean Seafood',
      'jane@blueoceanseafood.com',
    ]);
  });
});
