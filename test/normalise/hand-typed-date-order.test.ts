/**
 * A team typing dates by hand writes one order throughout, though not always one separator: an Indian
 * customer list's Date of Joining of 23-06-2021 beside 05/01/2022 proves the day comes first, and its
 * Last Purchase Date of 12-04-2024, where no date says so itself, is read the same way.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INDIA: CellValue[][] = [
  ['S.No', 'Customer Name', 'Mobile No', 'City', 'Date of Joining', 'Last Purchase Date'],
  ['1', 'Rajesh Kumar', '+91 98100 12345', 'New Delhi', '05-01-2022', '12-04-2024'],
  ['2', 'Sneha Patil', '9822012345', 'Pune', '23-06-2021', '03-05-2024'],
  ['3', 'Anil Mehta', '09810012399', 'Delhi', '05/01/2022', ''],
  ['4', 'Priya Nair', '+919876543210', 'Kochi', '11-11-2020', '01-02-2024'],
];

describe('a date column with no order of its own, beside a hand-typed one that proves it', () => {
  test('reads the Last Purchase Date day first, as Date of Joining proves', () => {
    const context = dateColumnContext(INDIA, 6);
    expect(context.dateOrder).toBe('dmy');
    const read = INDIA.slice(1).map((row) => normaliseDate(row[5], context));
    expect(read.map((outcome) => ('value' in outcome ? outcome.value : outcome.status))).toEqual([
      '2024-04-12',
      '2024-05-03',
      'empty',
      '2024-02-01',
    ]);
  });

  test('a column proving the other order in another separator too leaves both readings', () => {
    const mixed = INDIA.map((row, r) => (r === 3 ? [...row.slice(0, 4), '12/25/2021', row[5]!] : row));
    expect(dateColumnContext(mixed, 6).dateOrder).toBeUndefined();
  });

  test('check says no date of the list is ambiguous', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.csv'), INDIA.map((row) => row.join(',')).join('\n'));
    const check = await run(['check', 'customers.csv', '--today', '2024-06-01', '--json'], dir);
    const issues = (JSON.parse(check.stdout) as { issues: { code: string }[] }).issues;
    expect(issues.filter((i) => i.code === 'date.ambiguous')).toEqual([]);
  });
});
