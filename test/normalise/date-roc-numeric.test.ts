/**
 * Taiwan's systems export dates as a three-digit 民國 year in numbers (113/03/05, 112.12.31, 113-3-5)
 * or run together (1130305). A three-digit year is no other calendar's, so it is read wherever it
 * stands; seven digits run together are read only in a date column of a Taiwan list.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';

/** A Taiwan member list as a POS system exports it. */
const POS_MEMBERS: CellValue[][] = [
  ['會員編號', '姓名', '手機', '最後消費日期', '入會日期'],
  ['M001', '陳志明', '0912-345-678', '113/03/05', '1120117'],
  ['M002', '林美玲', '0933-123-456', '112.12.31', '1110520'],
  ['M003', '黃淑芬', '0920-555-111', '69/9/15', '1130101'],
];

describe('normaliseDate of a 民國 year in numbers', () => {
  test.each([
    ['113/03/05', '2024-03-05'],
    ['112.12.31', '2023-12-31'],
    ['113-3-5', '2024-03-05'],
    ['100/01/01', '2011-01-01'],
  ])('reads %s as %s anywhere', (typed, iso) => {
    expect(normaliseDate(typed)).toEqual({ status: 'valid', value: iso });
  });

  test('reads a column of them, and its two-digit years, as 民國', () => {
    const ctx = dateColumnContext(POS_MEMBERS, 4);
    expect(normaliseDate('113/03/05', ctx)).toEqual({ status: 'valid', value: '2024-03-05' });
    expect(normaliseDate('69/9/15', ctx)).toEqual({ status: 'valid', value: '1980-09-15' });
  });

  test('reads 1130305 in a Taiwan list’s date column, and not elsewhere', () => {
    const ctx = dateColumnContext(POS_MEMBERS, 5);
    expect(normaliseDate('1120117', ctx)).toEqual({ status: 'valid', value: '2023-01-17' });
    expect(normaliseDate('1130305').status).toBe('invalid');
  });

  test('refuses a day that does not exist (113/02/30) and a mixed separator (113/03.05)', () => {
    expect(normaliseDate('113/02/30').status).toBe('invalid');
    expect(normaliseDate('113/03.05').status).toBe('invalid');
  });
});
