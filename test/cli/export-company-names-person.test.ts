/**
 * `custodian export` of QuickBooks Online's Customer Contact List: a Customer that is the row's own
 * person ("Bouchard, Luc" beside Luc Bouchard) is no Account Name, and the report says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: a company cell naming the person', () => {
  const dir = tempDir();

  test('writes the person as a contact with no company and names the column in the report', async () => {
    // qbo_contact_list.csv: the report's title rows, the header and its first customers.
    // prettier-ignore
    writeUtf8Csv(join(dir, 'qbo.csv'), [
      ['Northern Maple Supply Ltd.', '', '', '', '', ''],
      ['Customer Contact List', '', '', '', '', ''],
      ['All Dates', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Shipping Address'],
      ["Amy's Bakery", 'Phone: (416) 555-0134', 'amy@amysbakery.ca', 'Amy Tremblay', '120 Queen St E Toronto, ON M5C 1S2 Canada', ''],
      ['Bouchard, Luc', 'Phone: (514) 555-0101', 'luc.bouchard@videotron.ca', 'Luc Bouchard', '4500 Rue Saint-Denis Montréal, QC H2J 2L3 Canada', ''],
      ['Cool Cars Inc.', 'Phone: (604) 555-0123', 'service@coolcars.ca', 'Grace Pariseau', '65 Ocean Dr Vancouver, BC V5K 0A1', ''],
      ['Dukes Basketball Camp', 'Mobile: (403) 555-0177', 'dukes@gmail.com', 'Peter Dukes', '25 Court St Calgary, AB T2P 1J9', ''],
      ['Gevelber Photography', 'Phone: (905) 555-0190', 'foto@intuit.com', 'Lisa Gevelber', '1545 Rosebud Rd Mississauga, ON L5T 2H7', ''],
      ["Jeff's Jalopies", 'Phone: (902) 555-0144', 'jalopies@intuit.com', 'Jeff Chin', '12 Willow Rd Halifax, NS B3H 1A1', ''],
    ]);
    const result = await run(
      ['export', 'qbo.csv', '--to', 'salesforce', '-o', 'qbo-sf.csv', '--today', '2024-07-01'],
      dir,
    );
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'qbo-sf.csv'));
    expect(rows[1]).toMatchObject({ 'First Name': 'Luc', 'Last Name': 'Bouchard', 'Account Name': '' });
    expect(rows[0]).toMatchObject({ 'Account Name': "Amy's Bakery" });
    expect(result.stderr).toContain(
      '1 row whose "Customer" names the row\'s own person (Bouchard, Luc beside Luc Bouchard) was written as a contact with no company',
    );
  });
});
