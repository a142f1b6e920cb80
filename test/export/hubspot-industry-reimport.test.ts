/**
 * A HubSpot companies export brought back: its Industry cells hold HubSpot's internal values
 * (FOOD_BEVERAGES, RETAIL). Whether the column reaches the CRM's Industry (accounts) or stays under the
 * sheet's header (a contacts file), a value HubSpot has is read, never counted as unreadable.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[at] ?? null);
}

// hubspot-crm-exports-all-companies.csv, as HubSpot writes it.
// prettier-ignore
const COMPANIES: CellValue[][] = [
  ['Record ID', 'Company name', 'Phone Number', 'City', 'Country/Region', 'Industry', 'Associated Contact'],
  ['8012345601', 'Blue Ocean Seafood', '+1 617-555-0101', 'Boston', 'United States', 'FOOD_BEVERAGES', 'Jane Doe (jane@blueoceanseafood.com)'],
  ['8012345603', 'Summit Outdoor Gear', '(303) 555-0177', 'Denver', 'United States', 'RETAIL', 'Tom Reed (tom@summitgear.com)'],
  ['8012345604', 'Kiwi Digital Ltd', '+64 9 555 0123', 'Auckland', 'New Zealand', 'COMPUTER_SOFTWARE', ''],
];

describe('HubSpot’s own industry values re-imported', () => {
  test('in a contacts file the Industry column keeps HubSpot’s values, none unreadable', () => {
    const { files, report } = planExport(sheet(COMPANIES, 'Companies'), { crm: 'hubspot', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual(['FOOD_BEVERAGES', 'RETAIL']);
    expect(report.valuesAsTyped.Industry).toBeUndefined();
  });

  test('in the accounts file they go to Industry as they were', () => {
    const { files, report } = planExport(sheet(COMPANIES, 'Companies'), {
      crm: 'hubspot',
      object: 'accounts',
      now: NOW,
    });
    expect(columnOf(files[0]!, 'Industry')).toEqual(['FOOD_BEVERAGES', 'RETAIL', 'COMPUTER_SOFTWARE']);
    expect(report.valuesAsTyped.Industry).toBeUndefined();
    expect(report.notCrmValues.Industry).toBeUndefined();
  });
});
