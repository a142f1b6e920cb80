/**
 * HubSpot's exports write a contact's lifecycle stage by its internal name (marketingqualifiedlead)
 * as often as by its label: either goes back to HubSpot as the stage it was, not as the template's
 * wider stage (Opportunity).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

describe('export of a CRM standard value written by its internal name', () => {
  test('marketingqualifiedlead and salesqualifiedlead go back to HubSpot as MQL and SQL', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Lifecycle Stage'],
      ['Ann', 'Lee', 'ann@acme.com', 'marketingqualifiedlead'],
      ['Bob', 'Tan', 'bob@acme.com', 'salesqualifiedlead'],
      ['Cy', 'Ng', 'cy@acme.com', 'Marketing Qualified Lead'],
      ['Di', 'Ho', 'di@acme.com', 'opportunity'],
    ];
    const { files } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const at = files[0]!.header.indexOf('Lifecycle Stage');
    expect(files[0]!.rows.map((r) => r[at])).toEqual([
      'Marketing Qualified Lead',
      'Sales Qualified Lead',
      'Marketing Qualified Lead',
      'Opportunity',
    ]);
  });
});
