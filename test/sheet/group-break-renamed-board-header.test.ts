/**
 * A monday.com board after clean: its first two headers renamed to the template's labels (Name →
 * Company, Person → Owner), the header said again below a group's title as the board wrote it. The
 * repeat is still the header and the title still a group's, not customers.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { groupBreakRows } from '../../shared/sheet/group-break-rows';

// prettier-ignore
const CLEANED: CellValue[][] = [
  ['Company', 'Owner', 'Status', 'Date', 'Phone', 'Email', 'Link', 'Text'],
  ['Acme Roofing LLC', 'Jordan Blake', 'Working on it', '2025-11-03', '+1 415 555 0132', 'ops@acmeroofing.com', '', 'Referral from Bob'],
  ['Bright Dental', 'Sara Kim', 'Done', '2025-10-28', '+1 415 555 0177', 'front@brightdental.com', '', ''],
  [],
  ['Prospects', '', '', '', '', '', '', ''],
  ['Name', 'Person', 'Status', 'Date', 'Phone', 'Email', 'Link', 'Text'],
  ['Northwind Cafe', 'Lee Park, Sara Kim', '', '2025-11-12', '+1 206 555 0101', 'hello@northwindcafe.com', '', ''],
];

describe('a board’s repeated header after its first two headers were renamed', () => {
  test('the repeat and the group title above it are group breaks; the customers are not', () => {
    expect([...groupBreakRows(CLEANED)].sort((a, b) => a - b)).toEqual([4, 5]);
  });

  test('a customer whose first two cells are header words is still a customer', () => {
    // prettier-ignore
    const rows: CellValue[][] = [
      CLEANED[0]!,
      ['Name', 'Person', 'Active', '2025-11-12', '+1 206 555 0101', 'name@person.com', '', ''],
    ];
    expect(groupBreakRows(rows).size).toBe(0);
  });
});
