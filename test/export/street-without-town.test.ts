/**
 * A plumber's customer list (uk_plumber.csv) and a Mailchimp audience: the town and the region have
 * columns of their own in every Western CRM, so the street column holds the street alone. Only a file
 * with no column for a place (纷享销客's one 地址) writes that place with the street.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// Rows of uk_plumber.csv: a private customer and a company-only row.
// prettier-ignore
const PLUMBER: CellValue[][] = [
  ['Customer Name', 'Company', 'Phone', 'Mobile', 'Email', 'Address', 'Town', 'Postcode', 'Notes'],
  ['Smith, John', '', '020 7123 4567', '07911 123456', 'john.smith@btinternet.com', '12 Acacia Avenue', 'London', 'SW1A 1AA', 'Boiler service - annual'],
  ['Mrs Margaret Thatcher-Jones', '', '0118 912 3456', '', 'maggie.tj@gmail.com', '4 Church Lane', 'Reading', 'RG1 2AB', 'New combi fitted'],
  ['', 'Acme Property Management Ltd', '020 3946 2999', '', 'accounts@acmeprop.co.uk', 'Unit 5 Trade Park', 'London', 'E14 5AB', 'Landlord - 12 properties'],
];

const STREET: Record<'hubspot' | 'salesforce' | 'zoho', { contact: [string, string]; account: [string, string] }> = {
  hubspot: { contact: ['Street Address', 'City'], account: ['Street Address', 'City'] },
  salesforce: { contact: ['Mailing Street', 'Mailing City'], account: ['Billing Street', 'Billing City'] },
  zoho: { contact: ['Mailing Street', 'Mailing City'], account: ['Billing Street', 'Billing City'] },
};

describe('a street beside a town column', () => {
  test.each(['hubspot', 'salesforce', 'zoho'] as const)('%s: the street is the street, the town is the city', (crm) => {
    const { files } = planExport(sheet(PLUMBER, 'Customers'), { crm, now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    const accounts = files.find((f) => f.object === 'accounts')!;
    const [street, city] = STREET[crm].contact;
    expect(rowOf(contacts, 2)).toMatchObject({ [street]: '12 Acacia Avenue', [city]: 'London' });
    expect(rowOf(contacts, 3)).toMatchObject({ [street]: '4 Church Lane', [city]: 'Reading' });
    const [billing, billingCity] = STREET[crm].account;
    expect(rowOf(accounts, 4)).toMatchObject({ [billing]: 'Unit 5 Trade Park', [billingCity]: 'London' });
  });

  test('a Country column beside them changes nothing in the street', () => {
    const withCountry = PLUMBER.map((row, i) => [...row, i === 0 ? 'Country' : 'United Kingdom']);
    const { files } = planExport(sheet(withCountry, 'Customers'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 2)).toMatchObject({
      'Street Address': '12 Acacia Avenue',
      City: 'London',
      'Country/Region': 'United Kingdom',
    });
  });

  test('a region column of its own is not written before the street', () => {
    // prettier-ignore
    const audience: CellValue[][] = [
      ['Email Address', 'First Name', 'Last Name', 'Address', 'CC', 'REGION'],
      ['jennifer.lopez@gmail.com', 'Jennifer', 'Lopez', '125 Maple Ave', 'US', 'IL'],
      ['mike.chen@yahoo.ca', 'Mike', 'Chen', '88 King St W', 'CA', 'ON'],
      ['emma.watson@btinternet.com', 'Emma', 'Watson', '5 Baker St', 'GB', 'ENG'],
    ];
    const { files } = planExport(sheet(audience, 'Audience'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 4)).toMatchObject({ 'Street Address': '5 Baker St', 'State/Region': 'ENG' });
  });
});
