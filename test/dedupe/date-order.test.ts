/**
 * A British list writes 03/04/1990 for 3 April. Dedupe reads such a date the way the column's
 * unambiguous dates (25/12/1985) show, as check does, and says "same date" only for the same day.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const UK: CellValue[][] = [
  ['Full Name', 'Email', 'Mobile', 'Date of Birth', 'Town'],
  ['Oliver Bennett', 'oliver.bennett@btinternet.com', '07700 900123', '03/04/1990', 'Leeds'], // 2: 3 April
  ['Amelia Hughes', 'amelia.h@gmail.com', '07700 900456', '25/12/1985', 'York'],
  ['Harry Walsh', 'hwalsh@outlook.com', '07700 900789', '17/06/1979', 'Bristol'],
  ['Isla Murray', 'isla.murray@yahoo.co.uk', '07700 900321', '30/01/1994', 'Glasgow'],
  ['Jack Turner', 'jack.turner@gmail.com', '07700 900654', '14/09/1988', 'Cardiff'],
  ['Oliver Bennett', 'o.bennett@sky.com', '07700 900123', '1990-04-03', 'Leeds'], // 7: row 2, written ISO
];

const dateReason = (values: CellValue[][]) => {
  const cluster = findDuplicates({ name: 'Members', values }).clusters.find((c) => c.rows.includes(2));
  return cluster?.reasons.find((r) => r.column === 'Date of Birth');
};

describe("findDuplicates reads day/month dates in the column's order", () => {
  test('03/04/1990 in a day-first column is the same date as 1990-04-03', () => {
    const reason = dateReason(UK);
    expect(reason?.level).toBe('exact');
    expect(reason?.message).toContain('same date');
  });

  test('03/04/1990 in a day-first column is not the same date as 1990-03-04 (day and month swapped)', () => {
    const values = UK.map((row, r) => (r === 6 ? [...row.slice(0, 3), '1990-03-04', row[4]!] : row));
    expect(dateReason(values)?.level).toBe('swapped');
  });

  test('a month-first column (12/25/1985) reads 03/04/1990 as 4 March', () => {
    const us = UK.map((row, r) => {
      if (r === 0 || r === 1) return row;
      const [d, m, y] = String(row[3]).split('/');
      return r === 6 ? [...row.slice(0, 3), '1990-03-04', row[4]!] : [...row.slice(0, 3), `${m}/${d}/${y}`, row[4]!];
    });
    expect(dateReason(us)?.level).toBe('exact');
  });
});
