/**
 * HubSpot's own export has "Phone Number" and "Mobile Phone Number"; Shopify has "Phone" and
 * "Default Address Phone". Check reads the second as more of the customer's numbers; export puts
 * it in the CRM's other phone column, cleaned, not in an extra column as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('export of a second phone column', () => {
  test("HubSpot's Mobile Phone Number goes back to HubSpot's mobile column, in E.164", () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number'],
      ['John', 'Smith', 'john@acme.com', '(617) 555-0123', '(617) 555-0199'],
      ['Karen', 'Lee', 'karen@initech.com', '(609) 555-0142', ''],
    ];
    const { files } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(file.header.filter((h) => /phone/i.test(h))).toEqual(['Mobile Phone Number', 'Phone Number']);
    expect(rowOf(file, 0)).toMatchObject({ 'Mobile Phone Number': '+16175550199', 'Phone Number': '+16175550123' });
    expect(rowOf(file, 1)).toMatchObject({ 'Mobile Phone Number': null, 'Phone Number': '+16095550142' });
  });
});
