/**
 * Mailchimp's audience export writes a contact's address as one cell, its parts two spaces apart
 * ("123 Main St  Springfield  IL  62704  US"): street, second line, city, state, postcode, country.
 * The CRM's street, city, state, postcode and country columns take each part where the parts read
 * so; an address that does not (a street and a building, a note) stays whole in the street, its
 * spaces cleaned as any address's are.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { spacedAddress } from '../../shared/export/address-spaced';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const index = file.header.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[index] ?? null);
}

// prettier-ignore
const MAILCHIMP: CellValue[][] = [
  ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'MEMBER_RATING', 'OPTIN_TIME', 'TAGS'],
  ['ann.lee@example.com', 'Ann', 'Lee', '123 Main St  Springfield  IL  62704  US', '(217) 555-0142', '2', '2023-05-01 10:12:45', '"Customers"'],
  ['raj@example.com', 'Raj', 'Patel', '500 Oak Ave  Apt 4B  Austin  TX  78701-1234  US', '(512) 555-0199', '3', '2023-06-11 09:00:00', ''],
  ['mia@example.ca', 'Mia', 'Roy', '88 Queen St W  Toronto  ON  M5H 2N2  CA', '(416) 555-0100', '4', '2023-07-02 15:30:00', ''],
  ['tom@example.com', 'Tom', 'Ng', 'Flat 2  Rose Court', '(415) 555-0101', '1', '2023-08-01 10:00:00', ''],
  ['kim@example.com', 'Kim', 'Ross', '', '(415) 555-0102', '1', '2023-08-02 10:00:00', ''],
];

describe('address-spaced', () => {
  test.each<[string, ReturnType<typeof spacedAddress>]>([
    [
      '123 Main St  Springfield  IL  62704  US',
      { street: '123 Main St', city: 'Springfield', state: 'IL', postcode: '62704', country: 'US' },
    ],
    [
      '500 Oak Ave  Apt 4B  Austin  TX  78701-1234  US',
      { street: '500 Oak Ave, Apt 4B', city: 'Austin', state: 'TX', postcode: '78701-1234', country: 'US' },
    ],
    [
      '88 Queen St W  Toronto  ON  M5H 2N2  CA',
      { street: '88 Queen St W', city: 'Toronto', state: 'ON', postcode: 'M5H 2N2', country: 'CA' },
    ],
    [
      '10 Downing St  London    SW1A 2AA  GB',
      { street: '10 Downing St', city: 'London', state: '', postcode: 'SW1A 2AA', country: 'GB' },
    ],
  ])('reads %j as its parts', (text, parts) => {
    expect(spacedAddress(text)).toEqual(parts);
  });

  test.each([
    'Flat 2  Rose Court',
    '123 Main St Springfield IL 62704 US',
    '123 Main St  Springfield  Illinois  62704  Narnia',
    'Call before delivery  gate code 4411',
    '123 Main St  Springfield  ZZ  62704  US',
    '杭州市  西湖区  文三路 90 号',
  ])('reads nothing in %j', (text) => {
    expect(spacedAddress(text)).toBeNull();
  });

  test('writes each part of a Mailchimp address to its HubSpot column, and the rest of the list as before', () => {
    const { files } = planExport(sheet(MAILCHIMP, 'members_export'), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(columnOf(contacts, 'Street Address')).toEqual([
      '123 Main St',
      '500 Oak Ave, Apt 4B',
      '88 Queen St W',
      'Flat 2 Rose Court',
      null,
    ]);
    expect(columnOf(contacts, 'City')).toEqual(['Springfield', 'Austin', 'Toronto', null, null]);
    expect(columnOf(contacts, 'State/Region')).toEqual(['IL', 'TX', 'ON', null, null]);
    expect(columnOf(contacts, 'Postal Code')).toEqual(['62704', '78701-1234', 'M5H 2N2', null, null]);
    expect(
      columnOf(contacts, 'Country/Region')
        ?.slice(0, 3)
        .every((v) => typeof v === 'string' && v !== ''),
    ).toBe(true);
  });

  test('writes them to Salesforce’s mailing columns', () => {
    const { files } = planExport(sheet(MAILCHIMP, 'members_export'), { crm: 'salesforce', now: NOW });
    const contacts = files[0]!;
    expect(columnOf(contacts, 'Mailing Street')[0]).toBe('123 Main St');
    expect(columnOf(contacts, 'Mailing City')[0]).toBe('Springfield');
    expect(columnOf(contacts, 'Mailing State/Province')[0]).toBe('IL');
    expect(columnOf(contacts, 'Mailing Zip/Postal Code')[0]).toBe('62704');
    expect(columnOf(contacts, 'Mailing Street')[3]).toBe('Flat 2 Rose Court');
  });
});
