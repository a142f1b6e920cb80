/**
 * `custodian merge` on an Eventbrite attendee export and a plumber's customer list: the checked-in
 * ticket's row is kept over the refunded one and the refunded ticket's own values are named as left in
 * the archive; one start date typed the same on both rows (05/06/2019) draws no warning.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const EVENTBRITE = `Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Buyer Last Name,Buyer First Name,Buyer Email,Date Attending,Device Name,Check-In Date,Attendee Status,Mobile Phone,Company,Job Title,Home City,Home Country
7734512001,2024-03-04 09:12:44-05:00,Sarah,O'Connor,sarah.oconnor@acme.com,1,Early Bird,1450001,773451200114500011001,O'Connor,Sarah,sarah.oconnor@acme.com,2024-04-18 08:00:00-04:00,,,Attending,+1 (617) 555-0142,Acme Corp.,VP Marketing,Boston,United States
7734512007,2024-03-09 19:19:19-05:00,Liz,Warren,liz.w@harbor.org,1,General Admission,1450008,773451200714500081001,Warren,Liz,liz.w@harbor.org,2024-04-18 08:00:00-04:00,iPhone,2024-04-18 08:15:02-04:00,Checked In,857-555-0123,Harbor Foundation,Director,Boston,United States
7734512008,2024-03-10 11:11:11-05:00,Elizabeth,Warren,liz.w@harbor.org,1,VIP,1450009,773451200814500091001,Warren,Elizabeth,liz.w@harbor.org,2024-04-18 08:00:00-04:00,,,Refunded,857-555-0123,Harbor Foundation,Director,Boston,United States
`;

const PLUMBER = `Customer Name,Company,Phone,Mobile,Email,Address,Town,Postcode,Last Visit,Total Spent,Customer Since,Notes
"Smith, John",,020 7123 4567,07911 123456,john.smith@btinternet.com,12 Acacia Avenue,London,SW1A 1AA,03/04/2024,£185.00,05/06/2019,Boiler service - annual
Mrs Margaret Thatcher-Jones,,0118 912 3456,,maggie.tj@gmail.com,4 Church Lane,Reading,RG1 2AB,12/01/2024,"£1,250.00",11/02/2020,New combi fitted
John & Mary Smith,,020 7123 4567,07911 123456,john.smith@btinternet.com,12 Acacia Ave,London,sw1a1aa,15/06/2024,£95,05/06/2019,Blocked drain
`;

describe('custodian merge of a live ticket and a refunded one', () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(join(dir, 'attendees.csv'), EVENTBRITE);
    writeFileSync(join(dir, 'plumber.csv'), PLUMBER);
  });

  test("keeps the checked-in ticket's row with its check-in, and names the refunded ticket's values", async () => {
    const result = await run(['merge', 'attendees.csv', '-o', 'eb.xlsx', '--today', '2024-12-01'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('M-20241201-1: row 4 → row 3');
    expect(result.stdout).toContain(
      "warning: Group 1: the order columns keep the kept row's own order; the other orders' values are kept in the archive only: row 4 (Order #: 7734512008, Order Date: 2024-03-10 11:11:11-05:00, Ticket Type: VIP, Attendee #: 1450009, Barcode #: 773451200814500091001, Buyer First Name: Elizabeth, Attendee Status: Refunded)",
    );
    const sheet = (await readXlsx(join(dir, 'eb.xlsx'))).worksheets[0]!;
    const row = (sheet.getRow(3).values as CellValue[]).slice(1);
    expect([row[13], row[14], row[15]]).toEqual(['iPhone', '2024-04-18 08:15:02-04:00', 'Checked In']);
  });

  test('gives no date warning when both rows of a group say 05/06/2019', async () => {
    const result = await run(['merge', 'plumber.csv', '-o', 'up.xlsx', '--today', '2024-12-01'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('M-20241201-1: row 2 → row 4');
    expect(result.stdout).not.toContain('Customer Since');
  });
});
