/**
 * A postcode a spreadsheet stored as a number lost its leading zero: Boston's 02110 became 2110,
 * Darwin's 0800 became 800. Where the row is American (its country, else the sheet's phones), a
 * four-digit ZIP gets its zero back, as clean writes it (postcode.leadingZero); where it is
 * Australian, a three-digit postcode does. Elsewhere four digits are a whole postcode.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[at] ?? null);
}

// b2b_accounts.xlsx (Accounts): rows 2, 3, 7, 13 and 17, the columns of the account's address.
// prettier-ignore
const B2B: CellValue[][] = [
  ['Account Name', 'Account Number', 'Industry', 'Phone', 'Billing Street', 'Billing City', 'Billing State', 'Billing Zip'],
  ['Trident Systems LLC', 'ACC-10000', 'Construction', '(862) 420-9745', '4863 Washington Blvd', 'Newark', 'NJ', 7142],
  ['Pioneer Logistics', 'ACC-10001', 'Construction', '612-755-0414', '3774 Market St', 'Minneapolis', 'MN', '55453'],
  ['Cascade Logistics Inc', 'ACC-10004', 'Technology', '305-601-4100', '5577 Maple Dr', 'Miami', 'FL', '33157'],
  ['Beacon Foods', 'ACC-10009', 'Financial Services', '973-229-2276', '840 Park Ave', 'Newark', 'NJ', 7103],
  ['The Baker Group', 'ACC-20006', 'Financial Services', '(617) 555-0122', '1 Federal St', 'Boston', 'MA', 2110],
];

// au_koala_kitchens.xlsx (Clients): NSW and NT rows, postcodes as numbers and as text.
// prettier-ignore
const KOALA: CellValue[][] = [
  ['Client', 'Mobile', 'Email', 'Street', 'Suburb', 'State', 'P/code'],
  ['Michael Fitzgerald', '0499420986', 'michael.fitzgerald@hotmail.com', '12 Esplanade', 'Parramatta', 'NSW', 2150],
  ['Noah Nelson', '+61 403 893 591', 'noah10@optusnet.com.au', '2 Esplanade', 'Darwin', 'NT', 800],
  ['Owen Anderson', '0409 402 716', 'oanderson@bigpond.com', '80 Parade', 'Palmerston', 'NT', '0830'],
  ['Rhys Butler', '0464 257 137', 'rbutler@optusnet.com.au', '2 Beach Rd', 'Palmerston', 'NT', 830],
];

describe('a postcode that lost its leading zero', () => {
  test('a US ZIP stored as a number gets its zero back, and the report says so', () => {
    const { files, report } = planExport(sheet(B2B, 'Accounts'), {
      crm: 'salesforce',
      object: 'accounts',
      now: NOW,
    });
    expect(columnOf(files[0]!, 'Billing Zip/Postal Code')).toEqual(['07142', '55453', '33157', '07103', '02110']);
    expect(report.postcodesZeroed).toEqual({ 'Billing Zip/Postal Code': 3 });
  });

  test('an Australian NT postcode stored as a number gets its zero back, under the register’s own P/code header', () => {
    const { files, report } = planExport(sheet(KOALA, 'Clients'), { crm: 'hubspot', now: NOW });
    expect(files[0]!.header).not.toContain('P/code');
    expect(columnOf(files[0]!, 'Postal Code')).toEqual(['2150', '0800', '0830', '0830']);
    expect(report.postcodesZeroed).toEqual({ 'Postal Code': 2 });
  });

  test('four digits are a whole postcode in a Chinese or Australian list', () => {
    const values: CellValue[][] = [
      ['Client', 'Mobile', 'Postcode'],
      ['Michael Fitzgerald', '0499420986', 2150],
    ];
    const { files, report } = planExport(sheet(values, 'Clients'), { crm: 'zoho', now: NOW });
    expect(columnOf(files[0]!, 'Mailing Zip')).toEqual(['2150']);
    expect(report.postcodesZeroed).toEqual({});
  });
});
