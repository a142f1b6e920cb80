/**
 * A latest or earliest over dates the column cannot order (05/06/2019 on a list that never says whether
 * the day or the month comes first): where every row holds the same date there is nothing to choose and
 * nothing to warn about; different dates of two readings are still said.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const HEADER = [
  'Customer Name',
  'Company',
  'Phone',
  'Mobile',
  'Email',
  'Address',
  'Town',
  'Postcode',
  'Last Visit',
  'Total Spent',
  'Customer Since',
  'Notes',
];
const PLUMBER: CellValue[][] = [
  HEADER,
  [
    'Smith, John',
    '',
    '020 7123 4567',
    '07911 123456',
    'john.smith@btinternet.com',
    '12 Acacia Avenue',
    'London',
    'SW1A 1AA',
    '03/04/2024',
    '£185.00',
    '05/06/2019',
    'Boiler service - annual',
  ],
  [
    'Mrs Margaret Thatcher-Jones',
    '',
    '0118 912 3456',
    '',
    'maggie.tj@gmail.com',
    '4 Church Lane',
    'Reading',
    'RG1 2AB',
    '12/01/2024',
    '£1,250.00',
    '11/02/2020',
    'New combi fitted',
  ],
  [
    'John & Mary Smith',
    '',
    '020 7123 4567',
    '07911 123456',
    'john.smith@btinternet.com',
    '12 Acacia Ave',
    'London',
    'sw1a1aa',
    '15/06/2024',
    '£95',
    '05/06/2019',
    'Blocked drain',
  ],
];

function mergeRows(values: CellValue[][], rules: Record<string, 'latest' | 'earliest'> = {}) {
  const snapshot = sheet('Customers', values);
  const mapping = mapHeaders(values[0] ?? [], DEFAULT_TEMPLATE, undefined, values);
  return mergeAndApply(snapshot, [{ rows: [2, 4] }], optionsFor(snapshot, 'en-US', { mapping, rules }));
}

describe('latest and earliest over dates of two readings', () => {
  test.each(['latest', 'earliest'] as const)('gives no warning when both rows say 05/06/2019 (%s)', (rule) => {
    const { rowAt, result } = mergeRows(PLUMBER, { 'Customer Since': rule });
    // Row 4 is kept: row 2 goes, so the kept row is row 3 after the merge.
    expect(result.merges[0]!.survivorRow).toBe(4);
    expect(rowAt(3)['Customer Since']).toBe('05/06/2019');
    expect(result.problems.filter((p) => p.code === 'date.notRead')).toEqual([]);
  });

  test('gives no warning under the default rule when both rows say 05/06/2019', () => {
    const { result } = mergeRows(PLUMBER);
    expect(result.problems.filter((p) => p.code === 'date.notRead')).toEqual([]);
  });

  test('gives no warning when one row writes the same date as 5/6/2019', () => {
    const values = PLUMBER.map((row, i) => (i === 3 ? row.map((v, c) => (c === 10 ? '5/6/2019' : v)) : row));
    const { result } = mergeRows(values, { 'Customer Since': 'earliest' });
    expect(result.problems.filter((p) => p.code === 'date.notRead')).toEqual([]);
  });

  test('still warns when the two rows hold different dates of two readings', () => {
    // Last Visit's 15/06/2024 would say the sheet writes the day first (one export, one format): 10/06/2024 says nothing.
    const values = PLUMBER.map((row, i) =>
      i === 3 ? row.map((v, c) => (c === 10 ? '06/05/2019' : c === 8 ? '10/06/2024' : v)) : row,
    );
    const { result } = mergeRows(values, { 'Customer Since': 'earliest' });
    expect(result.problems.map((p) => p.message)).toContain(
      'Group 1: "Customer Since" has a date that cannot be read as one day (day and month order unknown, or no date); it was left out of the latest/earliest, check it',
    );
  });
});
