/**
 * English-language customer lists laid out as Google Contacts, Outlook, Shopify and HubSpot export
 * them, checked and exported to CRMs: the state, the second street line and each row's number reach
 * the CRM's own columns, and Google's ":::"-joined values are named as several values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2024-06-30'];

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

/** A CSV of `header` with each row given as header -> value (other cells blank). */
function csv(header: readonly string[], rows: readonly Record<string, string>[], eol = '\r\n'): string {
  return [csvLine(header), ...rows.map((r) => csvLine(header.map((h) => r[h] ?? ''))), ''].join(eol);
}

/** The rows of a written CSV as header -> value. */
function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

// Google Contacts' export: typed values side by side, several values of one kind joined by " ::: ".
const GOOGLE_HEADER = [
  'Name',
  'Given Name',
  'Family Name',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
  'Address 1 - Type',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Address 1 - PO Box',
  'Address 1 - Region',
  'Address 1 - Postal Code',
  'Address 1 - Country',
  'Address 1 - Extended Address',
  'Organization 1 - Name',
  'Organization 1 - Title',
];
const GOOGLE = csv(GOOGLE_HEADER, [
  {
    Name: 'Sarah Johnson',
    'Given Name': 'Sarah',
    'Family Name': 'Johnson',
    'Group Membership': '* myContacts ::: Customers',
    'E-mail 1 - Type': '* Work',
    'E-mail 1 - Value': 'sarah.johnson@acme.com',
    'Phone 1 - Type': 'Mobile ::: Work',
    'Phone 1 - Value': '(415) 555-0132 ::: +1 650-555-0100',
    'Address 1 - Type': 'Work',
    'Address 1 - Formatted': '500 Howard St\nSan Francisco, CA 94105\nUS',
    'Address 1 - Street': '500 Howard St',
    'Address 1 - City': 'San Francisco',
    'Address 1 - Region': 'CA',
    'Address 1 - Postal Code': '94105',
    'Address 1 - Country': 'US',
    'Address 1 - Extended Address': 'Suite 200',
    'Organization 1 - Name': 'Acme Corp',
    'Organization 1 - Title': 'VP Marketing',
  },
  {
    Name: "Mike O'Brien",
    'Given Name': 'Mike',
    'Family Name': "O'Brien",
    'Group Membership': '* myContacts',
    'E-mail 1 - Type': '* Other',
    'E-mail 1 - Value': 'mike.obrien@outlook.com',
    'Phone 1 - Type': 'Mobile',
    'Phone 1 - Value': '617-555-0145',
    'Address 1 - Type': 'Home',
    'Address 1 - Formatted': '12 Elm St\nBoston, MA 02134',
    'Address 1 - Street': '12 Elm St',
    'Address 1 - City': 'Boston',
    'Address 1 - Region': 'MA',
    'Address 1 - Postal Code': '02134',
  },
]);

// Outlook's contacts export: the business address over Street, City, State and Postal Code.
const OUTLOOK = csv(
  [
    'Title',
    'First Name',
    'Middle Name',
    'Last Name',
    'Company',
    'Job Title',
    'Business Street',
    'Business City',
    'Business State',
    'Business Postal Code',
    'Business Phone',
    'E-mail Address',
  ],
  [
    {
      Title: 'Mr.',
      'First Name': 'James',
      'Middle Name': 'R.',
      'Last Name': 'Whitaker',
      Company: 'Northwind Traders',
      'Job Title': 'Purchasing Manager',
      'Business Street': '1200 Market St',
      'Business City': 'Philadelphia',
      'Business State': 'PA',
      'Business Postal Code': '19107',
      'Business Phone': '(215) 555-0187',
      'E-mail Address': 'jwhitaker@northwind.com',
    },
    {
      'First Name': 'Linda',
      'Last Name': 'Chen',
      Company: 'Contoso Ltd',
      'Business Street': '45 Commerce Dr',
      'Business City': 'Newark',
      'Business State': 'NJ',
      'Business Postal Code': '07102',
      'Business Phone': '973-555-0150',
      'E-mail Address': 'linda.chen@contoso.com',
    },
  ],
);

// HubSpot's contacts export: State/Region beside City.
const HUBSPOT = csv(
  [
    'Record ID',
    'First Name',
    'Last Name',
    'Email',
    'Phone Number',
    'Company Name',
    'City',
    'State/Region',
    'Postal Code',
  ],
  [
    {
      'Record ID': '51',
      'First Name': 'Ashley',
      'Last Name': 'Moore',
      Email: 'ashley.moore@initech.com',
      'Phone Number': '+1 512 555 0134',
      'Company Name': 'Initech',
      City: 'Austin',
      'State/Region': 'TX',
      'Postal Code': '78701',
    },
    {
      'Record ID': '52',
      'First Name': 'Brian',
      'Last Name': 'Hall',
      Email: 'bhall@globex.com',
      'Phone Number': '(312) 555-0122',
      'Company Name': 'Globex',
      City: 'Chicago',
      'State/Region': 'IL',
      'Postal Code': '60601',
    },
  ],
);

// Shopify's customers export: the default address's two lines, province code and its own phone,
// which repeats the customer's Phone when both are filled.
const SHOPIFY = csv(
  [
    'First Name',
    'Last Name',
    'Email',
    'Default Address Company',
    'Default Address Address1',
    'Default Address Address2',
    'Default Address City',
    'Default Address Province Code',
    'Default Address Country Code',
    'Default Address Zip',
    'Default Address Phone',
    'Phone',
    'Total Spent',
  ],
  [
    {
      'First Name': 'Emily',
      'Last Name': 'Carter',
      Email: 'emily.carter@gmail.com',
      'Default Address Address1': '14 Pleasant St',
      'Default Address Address2': 'Apt 3',
      'Default Address City': 'Newton',
      'Default Address Province Code': 'MA',
      'Default Address Country Code': 'US',
      'Default Address Zip': "'02458",
      'Default Address Phone': '+16175550123',
      Phone: '+16175550123',
      'Total Spent': '1234.50',
    },
    {
      'First Name': 'Daniel',
      'Last Name': 'Kim',
      Email: 'dkim@yahoo.com',
      'Default Address Company': 'Kim Design Studio',
      'Default Address Address1': '350 5th Ave',
      'Default Address City': 'New York',
      'Default Address Province Code': 'NY',
      'Default Address Country Code': 'US',
      'Default Address Zip': "'10118",
      'Default Address Phone': '(212) 555-0190',
      'Total Spent': '0.00',
    },
  ],
  '\n',
);

describe('English-language exports', () => {
  const dir = tempDir();

  beforeAll(() => {
    writeFileSync(join(dir, 'google.csv'), GOOGLE, 'utf8');
    writeFileSync(join(dir, 'outlook.csv'), OUTLOOK, 'utf8');
    writeFileSync(join(dir, 'hubspot.csv'), HUBSPOT, 'utf8');
    writeFileSync(join(dir, 'shopify.csv'), SHOPIFY, 'utf8');
  });

  test('check names a Google Contacts cell of two numbers joined by ::: as several numbers', async () => {
    const result = await run(['check', 'google.csv', '--json', ...TODAY], dir);
    const issues = JSON.parse(result.stdout).issues as { row: number; column: string; code: string }[];
    expect(issues.find((i) => i.row === 2 && i.column === 'Phone 1 - Value')?.code).toBe('phone.several');
  });

  test('export sends a Google Contacts street and its second line, not the formatted whole address, and its region to State', async () => {
    const result = await run(['export', 'google.csv', '--to', 'salesforce', '-o', 'google-sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'google-sf.csv'));
    expect(rows.map((r) => r['Mailing Street'])).toEqual(['500 Howard St, Suite 200', '12 Elm St']);
    expect(rows.map((r) => r['Mailing City'])).toEqual(['San Francisco', 'Boston']);
    expect(rows.map((r) => r['Mailing State/Province'])).toEqual(['CA', 'MA']);
    expect(rows.map((r) => r['Mailing Zip/Postal Code'])).toEqual(['94105', '02134']);
  });

  test('export sends an Outlook Business State to the CRM state column', async () => {
    const result = await run(['export', 'outlook.csv', '--to', 'zoho', '-o', 'outlook-zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'outlook-zoho.csv'));
    expect(rows.map((r) => [r['Mailing City'], r['Mailing State']])).toEqual([
      ['Philadelphia', 'PA'],
      ['Newark', 'NJ'],
    ]);
    expect(Object.keys(rows[0]!)).not.toContain('Business State');
  });

  test("export sends Outlook's Title of Mr. and Ms. to the CRM's Salutation, not beside its job Title", async () => {
    const result = await run(['export', 'outlook.csv', '--to', 'zoho', '-o', 'outlook-title.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'outlook-title.csv'));
    expect(rows.map((r) => [r.Salutation, r['First Name'], r['Last Name'], r.Title])).toEqual([
      ['Mr.', 'James', 'Whitaker', 'Purchasing Manager'],
      ['', 'Linda', 'Chen', ''],
    ]);
    expect(Object.keys(rows[0]!)).not.toContain('Title (sheet)');
  });

  test("export sends a Salesforce report's Salutation column to Salutation, past the report's footer", async () => {
    const report = [
      '"Salutation","First Name","Last Name","Title","Account Name","Phone","Email"',
      '"Ms.","Jane","Doe","CEO","Acme Corp","+1 617 555 0123","jane@acme.com"',
      '"","John","Roe","CFO","Globex","+1 617 555 0199","john@globex.com"',
      '"Grand Totals (2 records)"',
      '',
      '"Confidential Information - Do Not Distribute"',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'sf-report.csv'), report, 'utf8');
    const result = await run(['export', 'sf-report.csv', '--to', 'zoho', '-o', 'sf-report-zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'sf-report-zoho.csv'));
    expect(rows.map((r) => [r.Salutation, r['First Name'], r.Title])).toEqual([
      ['Ms.', 'Jane', 'CEO'],
      ['', 'John', 'CFO'],
    ]);
    expect(Object.keys(rows[0]!)).not.toContain('Salutation (sheet)');
  });

  test("export sends HubSpot's State/Region to Salesforce's state column", async () => {
    const result = await run(['export', 'hubspot.csv', '--to', 'salesforce', '-o', 'hubspot-sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'hubspot-sf.csv'));
    expect(rows.map((r) => r['Mailing State/Province'])).toEqual(['TX', 'IL']);
  });

  test("export joins Shopify's two address lines and sends its province code to State", async () => {
    const result = await run(['export', 'shopify.csv', '--to', 'hubspot', '-o', 'shopify-hs.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'shopify-hs.csv'));
    expect(rows.map((r) => r['Street Address'])).toEqual(['14 Pleasant St, Apt 3', '350 5th Ave']);
    expect(rows.map((r) => r['State/Region'])).toEqual(['MA', 'NY']);
    expect(rows.map((r) => r['Postal Code'])).toEqual(['02458', '10118']);
  });

  test("export takes Shopify's address phone as the number of a row with no Phone, though it repeats Phone elsewhere", async () => {
    const result = await run(['export', 'shopify.csv', '--to', 'hubspot', '-o', 'shopify-phone.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'shopify-phone.csv'));
    expect(rows.map((r) => r['Phone Number'])).toEqual(['+16175550123', '+12125550190']);
  });
});
