/**
 * A year typed alone in a date column (Customer since 2018, 成立年份 2018年) is a date given only to its
 * year: no month or day is invented for it. Only a plausible year counts; five digits stay Excel's serial.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { yearOnlyOf } from '../../shared/normalise/date-year-only';

describe('normaliseDate of a year alone', () => {
  test.each([
    ['2018', '2018'],
    [' 2019 ', '2019'],
    ['2018年', '2018'],
    ['２０１８', '2018'],
    [2018, '2018'],
    ['1900', '1900'],
    ['2100', '2100'],
  ])('reads %j as the year %s, never 2018-01-01', (input, year) => {
    expect(normaliseDate(input)).toEqual({ status: 'ambiguous', code: 'date.yearOnly', readings: [year] });
  });

  test('reads a birth year alone so too: no whole birthday', () => {
    expect(normaliseDate('1985', { birthDate: true, now: new Date('2024-06-30T00:00:00Z') })).toMatchObject({
      code: 'date.yearOnly',
      readings: ['1985'],
    });
  });

  test.each([['1899'], ['2101'], ['0218'], [1899], [2018.5], ['201'], ['2018-']])(
    'reads %j as no date: no year a customer list holds',
    (input) => {
      expect(normaliseDate(input)).toEqual({ status: 'invalid', code: 'date.invalid' });
    },
  );

  test('keeps five digits in a column of dates as Excel’s serial, as before', () => {
    expect(normaliseDate('45356', { serialText: true })).toEqual({ status: 'valid', value: '2024-03-05' });
    expect(normaliseDate(45356)).toEqual({ status: 'valid', value: '2024-03-05' });
  });

  test('yearOnlyOf reads text and whole numbers only', () => {
    expect(yearOnlyOf('2018')).toBe('2018');
    expect(yearOnlyOf(new Date('2018-01-01T00:00:00Z'))).toBeNull();
    expect(yearOnlyOf(true)).toBeNull();
    expect(yearOnlyOf(null)).toBeNull();
  });
});

describe('dateColumnContext of a column of years', () => {
  test('years count as no dates for a five-digit number beside them, as before', () => {
    const years = [['Customer since'], ['2018'], ['2019'], ['45356'], ['2021']];
    expect(dateColumnContext(years, 1).serialText).toBeUndefined();
    expect(normaliseDate('45356', dateColumnContext(years, 1))).toEqual({ status: 'invalid', code: 'date.invalid' });
    const dates = [['Customer since'], ['2018-03-01'], ['2019-07-15'], ['45356'], ['2018']];
    expect(normaliseDate('45356', dateColumnContext(dates, 1))).toEqual({ status: 'valid', value: '2024-03-05' });
  });
});
