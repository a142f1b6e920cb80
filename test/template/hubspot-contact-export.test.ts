/**
 * HubSpot's contact export names a place twice: City and State/Region. The template keeps one level
 * of place (地区 / Region); an English list's City is the finer, so it takes the field, and
 * State/Region stays a column of its own that the export writes as the CRM's state, not a second
 * region that two values per row would have to share.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from '../export/fixtures';

// prettier-ignore
const HUBSPOT: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'City', 'State/Region', 'Country/Region', 'Postal Code', 'Lifecycle Stage', 'Lead Status', 'Contact owner', 'Create Date', 'Last Activity Date'],
  ['Megan', 'Foster', 'megan.foster@brightlane.io', '+1 (512) 555-0143', 'Brightlane Analytics', 'Austin', 'Texas', 'United States', '78701', 'Lead', 'New', 'Jordan Blake', '2024-03-12 09:15', '2024-06-02 14:20'],
  ['Daniel', 'Okafor', 'd.okafor@northpeak.com', '(617) 555-0198', 'Northpeak Systems', 'Boston', 'MA', 'United States', '02110', 'Customer', 'Connected', 'Priya Shah', '2023-11-05 16:40', '2024-05-28 10:05'],
  ['Sofia', 'Martinez', 'sofia@tidewater.co', '+1 415 555 0172', 'Tidewater Co', 'San Francisco', 'California', 'United States', '94105', 'Opportunity', 'In Progress', 'Jordan Blake', '2024-01-22 11:00', '2024-06-10 08:30'],
];

describe('a HubSpot contact export’s City and State/Region', () => {
  test('maps City to the region and leaves State/Region beside it, not a second region', () => {
    const mapping = mapHeaders(HUBSPOT[0]!, DEFAULT_TEMPLATE, {}, sampleRows(HUBSPOT));
    expect(mappingToJson(mapping)).toMatchObject({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      City: 'region',
      'State/Region': null,
      'Country/Region': 'country',
      'Postal Code': 'postcode',
      'Lifecycle Stage': 'lifecycleStage',
    });
    expect(mapping.columns.find((c) => c.header === 'State/Region')?.secondOf).toBeUndefined();
  });

  test('writes State/Region as the CRM’s state and City as its city', () => {
    const contacts = planExport(sheet(HUBSPOT), { crm: 'salesforce', now: NOW }).files[0]!;
    const at = (h: string) => contacts.header.indexOf(h);
    expect(contacts.rows.map((r) => [r[at('Mailing City')], r[at('Mailing State/Province')]])).toEqual([
      ['Austin', 'Texas'],
      ['Boston', 'MA'],
      ['San Francisco', 'California'],
    ]);
  });
});
