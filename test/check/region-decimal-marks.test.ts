/**
 * Amounts written 2,000 or 1.500 with nothing in their column to say which mark they use: the
 * sheet's region (from its phones and countries) says, as its people write numbers.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const spend = (values: CellValue[][]) =>
  checkSheet({ name: 'Customers', values, textOnly: true }, { now: TODAY, locale: 'en-US' })
    .issues.filter((i) => i.column === 'Total Spend')
    .map((i) => [i.row, i.code, i.suggestion]);

describe('decimal marks from the sheet region', () => {
  test("a US list's 2,000 and 15,000 are thousands", () => {
    expect(
      spend([
        ['Name', 'Phone', 'Total Spend'],
        ['John Smith', '(617) 555-0123', '2,000'],
        ['Mary Jones', '(212) 555-0199', '15,000'],
        ['Bob Brown', '(415) 555-0134', '350'],
        ['Ann Lee', '(312) 555-0188', '1,250'],
      ]),
    ).toEqual([
      [2, 'number.nonCanonical', 2000],
      [3, 'number.nonCanonical', 15000],
      [5, 'number.nonCanonical', 1250],
    ]);
  });

  test("a French list's 1.500 is 1500 and its 2,50 is 2.5", () => {
    expect(
      spend([
        ['Name', 'Phone', 'Total Spend'],
        ['Marie Dupont', '+33 1 42 68 53 00', '1.500'],
        ['Jean Martin', '+33 1 42 68 53 01', '2.000'],
        ['Luc Bernard', '+33 6 12 34 56 78', '12.000'],
        ['Anne Petit', '+33 6 98 76 54 32', '350'],
      ]),
    ).toEqual([
      [2, 'number.nonCanonical', 1500],
      [3, 'number.nonCanonical', 2000],
      [4, 'number.nonCanonical', 12000],
    ]);
  });
});
