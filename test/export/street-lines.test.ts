/**
 * Street addresses over two columns, as accounting and POS exports write them: the CRM's one street
 * column takes both lines, so a unit or floor is not sent apart from its street.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { joinStreetLines, secondStreetLine } from '../../shared/export/street-lines';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const index = file.header.indexOf(header);
  return file.rows.map((row) => row[index] ?? null);
}

describe('street lines in an export', () => {
  test('joins Address Line 2 to the street in Salesforce, and keeps no extra column of it', () => {
    const rows: CellValue[][] = [
      ['Name', 'Email', 'Address Line 1', 'Address Line 2', 'City', 'State', 'Zip'],
      ['Ann Smith', 'ann@example.com', '88 Harbour St', 'Level 3', 'Sydney', 'NSW', '2000'],
      ['Bob Jones', 'bob@example.com', '1 Main St', '', 'Springfield', 'IL', '62701'],
    ];
    const { files, report } = planExport(sheet(rows, 'Contacts'), { crm: 'salesforce', now: NOW });
    expect(columnOf(files[0]!, 'Mailing Street')).toEqual(['88 Harbour St, Level 3', '1 Main St']);
    expect(report.extraColumns).not.toContain('Address Line 2');
    expect(report.columns.find((c) => c.crmColumn === 'Mailing Street')?.sheetColumns).toEqual([
      'Address Line 1',
      'Address Line 2',
    ]);
  });

  test('reads the second line of Square, Stripe, Xero and Chinese headers, not a third line or a city', () => {
    const columns = (headers: string[]) => headers.map((header, i) => ({ col: i + 1, header, mapped: i === 0 }));
    expect(secondStreetLine(columns(['Street Address 1', 'Street Address 2', 'City']), 1)).toBe(2);
    expect(secondStreetLine(columns(['Address Line1', 'Address Line2']), 1)).toBe(2);
    expect(secondStreetLine(columns(['POAddressLine1', 'POAddressLine2', 'POAddressLine3']), 1)).toBe(2);
    expect(secondStreetLine(columns(['地址', '地址2']), 1)).toBe(2);
    expect(secondStreetLine(columns(['Address', 'Address Line 3', 'City 2']), 1)).toBeUndefined();
  });

  test('keeps each line as typed when the other is blank', () => {
    expect(joinStreetLines('', 'Unit 5')).toBe('Unit 5');
    expect(joinStreetLines(' 12 King St ', null)).toBe('12 King St');
  });
});
