import { dateColumnContext, dateOrderOf, normaliseDate } from '../../shared/normalise/date';

// Dates as contact exports write them: Excel's US short date, a serial typed into a CSV,
// Outlook's empty-date marker, a birthday kept without its year.
const NOW = new Date(Date.UTC(2024, 5, 30));
const column = (...cells: (string | number | null)[]) => [['注册时间'], ...cells.map((c) => [c])];

describe('two-digit years', () => {
  test.each([
    // Excel's US short date (m/d/yy): 15 and 31 cannot be months.
    ['3/15/24', '2024-03-15'],
    ['12/31/23', '2023-12-31'],
    ['12/31/23 4:05 PM', '2023-12-31', '16:05'],
    // A British short date (dd/mm/yy).
    ['25/12/99', '1999-12-25'],
    // Excel's window: 00-29 are 2000-2029, 30-99 are 1930-1999.
    ['1/13/00', '2000-01-13'],
    ['1/13/29', '2029-01-13'],
    ['1/13/30', '1930-01-13'],
    ['1/13/85', '1985-01-13'],
  ])('reads %j as %j', (input: string, expected: string, ...[time]: string[]) => {
    expect(normaliseDate(input, {})).toEqual({ status: 'valid', value: expected, ...(time ? { time } : {}) });
  });

  test('leaves 3/4/24 as typed unless the column says which comes first', () => {
    expect(normaliseDate('3/4/24', {})).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2024-04-03', '2024-03-04'],
    });
    expect(normaliseDate('3/4/24', { dateOrder: 'mdy' })).toEqual({ status: 'valid', value: '2024-03-04' });
    expect(normaliseDate('3/4/24', { dateOrder: 'dmy' })).toEqual({ status: 'valid', value: '2024-04-03' });
  });

  test('leaves 25/3/05 as typed: day first (2005) or, as a Chinese list writes a short year, year first (2025)', () => {
    expect(normaliseDate('25/3/05', {})).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2005-03-25', '2025-03-05'],
    });
    expect(normaliseDate('25/3/05', { dateOrder: 'mdy' }).status).toBe('ambiguous');
    // A British list (25/12/2024 elsewhere in the column) writes the day first.
    expect(normaliseDate('25/3/05', { dateOrder: 'dmy' })).toEqual({ status: 'valid', value: '2005-03-25' });
    // Only one reading is a date.
    expect(normaliseDate('31/3/99', {})).toEqual({ status: 'valid', value: '1999-03-31' });
  });

  test('learns the column order from short-year dates too', () => {
    expect(dateOrderOf(column('3/15/24', '3/4/24'), 1)).toBe('mdy');
    expect(dateOrderOf(column('15/3/2024', '3/4/24'), 1)).toBe('dmy');
    // 15/3/24 may be year first: it says nothing of the order.
    expect(dateOrderOf(column('15/3/24', '3/4/24'), 1)).toBeUndefined();
  });

  test('puts no birth date ahead of today: a year that would be reads as the century before', () => {
    const birth = { birthDate: true, now: NOW };
    expect(normaliseDate('12/31/28', birth)).toEqual({ status: 'valid', value: '1928-12-31' });
    expect(normaliseDate('7/13/24', birth)).toEqual({ status: 'valid', value: '1924-07-13' });
    expect(normaliseDate('6/13/24', birth)).toEqual({ status: 'valid', value: '2024-06-13' });
    // Another date column keeps Excel's reading.
    expect(normaliseDate('12/31/28', { now: NOW })).toEqual({ status: 'valid', value: '2028-12-31' });
  });

  test.each([['3/15/124'], ['13/13/24']])('does not read %j as a short-year date', (input) => {
    expect(normaliseDate(input, {})).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([['24-03-15'], ['24.3.15']])('leaves %j, year first or day first, as typed', (input) => {
    expect(normaliseDate(input, {})).toMatchObject({ status: 'ambiguous', readings: ['2024-03-15', '2015-03-24'] });
  });
});

describe('an Excel serial typed into a date column of a CSV', () => {
  test('reads a five-digit number as the date it stands for where the column holds dates', () => {
    expect(normaliseDate('45321', { serialText: true })).toEqual({ status: 'valid', value: '2024-01-30' });
    expect(normaliseDate(' 45321 ', { serialText: true })).toEqual({ status: 'valid', value: '2024-01-30' });
    // Saved from a date-and-time column shown as General: the fraction is the time of day.
    expect(normaliseDate('45321.5', { serialText: true })).toEqual({
      status: 'valid',
      value: '2024-01-30',
      time: '12:00',
    });
  });

  test.each([['45321'], ['4532'], ['453210'], ['45321.5']])('leaves %j unread elsewhere', (input) => {
    expect(normaliseDate(input, {}).status).toBe('invalid');
    if (!input.startsWith('45321')) expect(normaliseDate(input, { serialText: true }).status).toBe('invalid');
  });

  test('says a column holds dates when most of its other values read as dates', () => {
    // 微店 members: one serial among typed dates.
    expect(dateColumnContext(column('2024年3月5日', '45321', '2022/6/1'), 1)).toEqual({
      serialText: true,
      yearPlace: 'first',
    });
    expect(dateColumnContext(column('3/15/24', '45321', '12/31/23'), 1)).toEqual({
      serialText: true,
      dateOrder: 'mdy',
      orderDates: { dmy: 0, mdy: 2 },
      yearPlace: 'last',
    });
    // Postcodes or order numbers under a date header: no dates, no serials.
    expect(dateColumnContext(column('10001', '45321', '94105'), 1)).toEqual({});
    expect(dateColumnContext(column('TBD', '45321', '待定', '2024-03-05'), 1)).toEqual({});
    expect(dateColumnContext(column(), 1)).toEqual({});
  });

  test('marks a birth-date column with today', () => {
    expect(dateColumnContext(column('1985-04-12'), 1, { birthDate: true, now: NOW })).toEqual({
      serialText: true,
      birthDate: true,
      now: NOW,
    });
  });
});

describe('no date, or a date without its year', () => {
  test.each([['0/0/00'], ['0/0/0000'], ['00/00/00']])('reads Outlook’s %j as no date', (input) => {
    expect(normaliseDate(input, {})).toEqual({ status: 'empty' });
    expect(normaliseDate(input, { birthDate: true, now: NOW })).toEqual({ status: 'empty' });
  });

  test.each([['--06-21'], ['--0621'], ['06-21'], ['6/21'], ['21/6'], ['6月21日'], ['6月21号'], ['--02-29']])(
    'leaves the birthday %j as typed and says it has no year: no whole date to write',
    (input) => {
      expect(normaliseDate(input, { birthDate: true, now: NOW })).toMatchObject({
        status: 'ambiguous',
        code: 'date.noYear',
      });
    },
  );

  // A salon's or gym's birthday column typed with the month's name (Jun 5, June 5th), or Excel's d-mmm
  // (5-Jun) as a CSV saved from it shows a day typed without its year.
  test.each([['Jun 5'], ['June 5th'], ['Sept. 30'], ['5-Jun'], ['5 June'], ['21st March'], ['Feb 29']])(
    'leaves the birthday %j as typed and says it has no year: no whole date to write',
    (input) => {
      expect(normaliseDate(input, { birthDate: true, now: NOW })).toMatchObject({
        status: 'ambiguous',
        code: 'date.noYear',
      });
    },
  );

  // Jun 31 is no day; Mar-24 may be Excel's mmm-yy (March 2024), so it is no birthday either.
  test.each([['Jun 31'], ['Feb 30'], ['Mar-24'], ['Smarch 5']])('reports the birthday %j as no date', (input) => {
    expect(normaliseDate(input, { birthDate: true, now: NOW })).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  // Square's customer export and Google's People API write a birthday without its year as year 0000.
  test.each([['0000-03-15'], ['0000-02-29'], ['0000-12-01']])(
    'leaves Square’s yearless birthday %j as typed, saying it has no year',
    (input) => {
      expect(normaliseDate(input, { birthDate: true, now: NOW })).toEqual({
        status: 'ambiguous',
        code: 'date.noYear',
        readings: [input.slice(5)],
      });
    },
  );

  test('reports a yearless day outside a birthday column as having no year, and 0000-02-30 as no date', () => {
    expect(normaliseDate('0000-03-15', {})).toEqual({ status: 'ambiguous', code: 'date.noYear', readings: ['03-15'] });
    expect(normaliseDate('0000-02-30', {})).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([['--06-21'], ['06-21'], ['6月21日']])(
    'reports %j in a column of other dates as having no year',
    (input) => {
      expect(normaliseDate(input, {})).toEqual({ status: 'ambiguous', code: 'date.noYear', readings: ['06-21'] });
    },
  );

  test.each([['--13-01'], ['--02-30'], ['13/13'], ['6月32日'], ['0000-02-30'], ['0000-13-01']])(
    'reports the birthday %j as no date',
    (input) => {
      expect(normaliseDate(input, { birthDate: true, now: NOW })).toEqual({ status: 'invalid', code: 'date.invalid' });
    },
  );
});
