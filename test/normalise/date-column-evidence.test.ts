import { dateOrderOf, normaliseDate } from '../../shared/normalise/date';

// What a column's dates say about reading one of them, and a time of day that is no time.
const NOW = new Date(Date.UTC(2024, 5, 30));
const column = (...cells: string[]) => [['生日'], ...cells.map((c) => [c])];

describe('the order a column writes day and month in', () => {
  test('counts a day-first short date whose last part cannot be a day as day first', () => {
    // 25/12/85 cannot be year first (2025-12-85), so only the day comes first.
    expect(dateOrderOf(column('25/12/85', '13/04/95', '2/3/1985'), 1)).toBe('dmy');
    expect(dateOrderOf(column('12/25/85', '04/13/95', '2/3/1985'), 1)).toBe('mdy');
  });

  test('is no order where the column is written both ways, however short its years', () => {
    const dayFirst = column('25/12/85', '13/04/95', '12/13/1990', '2/3/1985', '10/11/12');
    const monthFirst = column('12/25/85', '04/13/95', '13/12/1990', '2/3/1985', '10/11/12');
    expect(dateOrderOf(dayFirst, 1)).toBeUndefined();
    expect(dateOrderOf(monthFirst, 1)).toBeUndefined();
  });
});

describe('a one-digit last part in a column that writes the year last', () => {
  test('is year first or last where the column says nothing of its order: both readings stay', () => {
    expect(normaliseDate('28/2/4', {})).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2028-02-04', '2004-02-28'],
    });
  });

  test.each([
    ['28/2/4', 'dmy', ['2028-02-04', '2004-02-28']],
    ['15/1/5', 'dmy', ['2015-01-05', '2005-01-15']],
    ['24/3/5', 'dmy', ['2024-03-05', '2005-03-24']],
    ['12/3/4', 'mdy', ['2012-03-04', '2004-12-03']],
  ] as const)('leaves %j in a %s column as typed with both readings', (input, order, readings) => {
    expect(normaliseDate(input, { dateOrder: order })).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings,
    });
  });

  test('reads it by the column where the year-first reading is no day', () => {
    expect(normaliseDate('12/31/4', { dateOrder: 'mdy' })).toEqual({ status: 'valid', value: '2004-12-31' });
  });

  test('names a birth date’s readings, none of them ahead of today', () => {
    const birth = { dateOrder: 'dmy' as const, birthDate: true, now: NOW };
    expect(normaliseDate('31/1/2', birth)).toMatchObject({
      status: 'ambiguous',
      readings: ['1931-01-02', '2002-01-31'],
    });
    expect(normaliseDate('24/3/5', birth)).toMatchObject({
      status: 'ambiguous',
      readings: ['2024-03-05', '2005-03-24'],
    });
  });
});

describe('a time of day that is no time', () => {
  test.each([
    ['2024-03-05 25:00'],
    ['2024-03-05 10:75'],
    ['2024/3/5 99:99'],
    ['2024-03-05 10:00:99'],
    ['2024-03-05 13:00 PM'],
    ['2024-03-05 24:00'],
    ['2024年3月5日 下午13:30'],
  ])('makes %j no date, not the day without it', (input) => {
    expect(normaliseDate(input, {})).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    ['2024-03-05 12:30', '12:30'],
    ['2024-03-05 0:30 AM', '00:30'],
    ['2024-03-05 12:00 AM', ''],
    ['2024-03-05 00:00', ''],
  ])('keeps %j’s time', (input, time) => {
    expect(normaliseDate(input, {})).toEqual({ status: 'valid', value: '2024-03-05', ...(time ? { time } : {}) });
  });
});
