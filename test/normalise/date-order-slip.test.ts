/**
 * A date that reads only in the other order than most of its column's (10/13/2023 among 15/02/2023 and
 * 28/03/2023): read in the only order it can be, with the warning date.otherOrder naming the column's.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { onlyOrderOf, otherOrderOf } from '../../shared/normalise/date-order-slip';
import type { CellValue } from '../../shared/sheet/cell-value';

const column = (...cells: string[]): CellValue[][] => [['Joined'], ...cells.map((c) => [c])];

describe('onlyOrderOf', () => {
  test.each([
    ['15/02/2023', 'dmy'],
    ['10/13/2023', 'mdy'],
    ['25/12/85', 'dmy'],
    ['12/25/85', 'mdy'],
    ['05/04/2023', undefined],
    // 25/3/05 may be year first (2025-03-05): it says no order.
    ['25/3/05', undefined],
    ['2023-02-15', undefined],
  ] as const)('reads %j as %s', (day, order) => {
    expect(onlyOrderOf(day)).toBe(order);
  });
});

describe('otherOrderOf', () => {
  test('names the column’s order where most of its one-way dates are in it', () => {
    expect(otherOrderOf('10/13/2023', { dmy: 2, mdy: 1 })).toBe('dmy');
    expect(otherOrderOf('25/12/2023', { dmy: 1, mdy: 3 })).toBe('mdy');
  });

  test('says nothing of a date in the column’s order, or where the column is split evenly', () => {
    expect(otherOrderOf('15/02/2023', { dmy: 2, mdy: 1 })).toBeUndefined();
    expect(otherOrderOf('10/13/2023', { dmy: 1, mdy: 1 })).toBeUndefined();
    expect(otherOrderOf('05/04/2023', { dmy: 3, mdy: 0 })).toBeUndefined();
    expect(otherOrderOf('10/13/2023', undefined)).toBeUndefined();
  });
});

describe('normaliseDate in a column of day-first dates with one month-first', () => {
  // A UK team's Joined column: day first, with one date typed the American way.
  const JOINED = column('15/02/2023', '28/03/2023', '05/04/2023', '10/13/2023', '07/06/2023');
  const ctx = dateColumnContext(JOINED, 1);

  test('the column’s order is not settled (one in three the other way), so 05/04/2023 stays two readings', () => {
    expect(ctx.dateOrder).toBeUndefined();
    expect(ctx.orderDates).toEqual({ dmy: 2, mdy: 1 });
    expect(normaliseDate('05/04/2023', ctx)).toMatchObject({ status: 'ambiguous', code: 'date.ambiguous' });
  });

  test('reads 10/13/2023 month first, the only way it can be, and warns that the column puts the day first', () => {
    expect(normaliseDate('10/13/2023', ctx)).toEqual({
      status: 'valid',
      value: '2023-10-13',
      warning: { code: 'date.otherOrder', readings: [], order: 'dmy' },
    });
    expect(normaliseDate('10/13/2023 14:30', ctx)).toMatchObject({
      value: '2023-10-13',
      time: '14:30',
      warning: { code: 'date.otherOrder', order: 'dmy' },
    });
  });

  test('reads the column’s own one-way dates with no warning', () => {
    expect(normaliseDate('15/02/2023', ctx)).toEqual({ status: 'valid', value: '2023-02-15' });
  });

  test('warns of a day-first date in a column of month-first ones', () => {
    const us = dateColumnContext(column('3/15/2024', '4/22/2024', '12/25/2023', '13/01/2024', '11/30/2023'), 1);
    expect(us.dateOrder).toBe('mdy');
    expect(normaliseDate('13/01/2024', us)).toMatchObject({
      value: '2024-01-13',
      warning: { code: 'date.otherOrder', order: 'mdy' },
    });
  });

  test('reads a date with no column beside it as before, with no warning', () => {
    expect(normaliseDate('10/13/2023')).toEqual({ status: 'valid', value: '2023-10-13' });
  });
});
