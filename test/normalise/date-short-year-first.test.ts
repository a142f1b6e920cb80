import { normaliseDate } from '../../shared/normalise/date';
import { checkSheet } from '../../shared/check/check-sheet';

import { dateColumnContext } from '../../shared/normalise/date';

// A Chinese sales team's short dates, year first: 24/1/2, 24.1.2 and 24-1-2 are 2024年1月2日 where the
// column's other dates write the year first (2023/11/20, 99.3.5); alone, 24/1/2 is 24 January 2002 too.
const SALES = dateColumnContext([['最近跟进'], ['2023/11/20'], ['24/1/2'], ['24.12.5']], 1);

describe('date', () => {
  test('finds the year first in a column that writes 2023/11/20', () => {
    expect(SALES.yearPlace).toBe('first');
  });

  test.each([
    ['24/1/2', '2024-01-02'],
    ['24.1.2', '2024-01-02'],
    ['24-1-2', '2024-01-02'],
    ['24.12.5', '2024-12-05'],
    ['24/1/2 14:30', '2024-01-02', '14:30'],
    ['99.3.5', '1999-03-05'],
  ])('reads the short year-first date %j as %j there', (input: string, expected: string, ...[time]: string[]) => {
    expect(normaliseDate(input, SALES)).toEqual({ status: 'valid', value: expected, ...(time ? { time } : {}) });
  });

  test.each([
    ['24/1/2', ['2024-01-02', '2002-01-24']],
    ['24.12.5', ['2024-12-05', '2005-12-24']],
  ])('leaves %j as typed with its readings where the column says nothing', (input, readings) => {
    expect(normaliseDate(input)).toEqual({ status: 'ambiguous', code: 'date.ambiguous', readings });
  });

  test('reads 99.3.5 alone as 1999: there is no day 99', () => {
    expect(normaliseDate('99.3.5')).toEqual({ status: 'valid', value: '1999-03-05' });
  });

  test.each([
    ['24-01-02', ['2024-01-02', '2002-01-24']],
    ['24.1.15', ['2024-01-15', '2015-01-24']],
    ['05.03.04', ['2005-03-04', '2004-03-05', '2004-05-03']],
  ])('leaves %j, which reads year first or year last, as typed with its readings', (input, readings) => {
    expect(normaliseDate(input)).toEqual({ status: 'ambiguous', code: 'date.ambiguous', readings });
    // Knowing whether the column writes the day or the month first does not say where the year is.
    expect(normaliseDate(input, { dateOrder: 'dmy' }).status).toBe('ambiguous');
  });

  test.each([['24.13.2'], ['24.13.32'], ['24/13/2']])('reports %j as no date', (input) => {
    expect(normaliseDate(input)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test('a birth date written year first never lies ahead', () => {
    const now = new Date(Date.UTC(2024, 5, 30));
    const birth = dateColumnContext([['出生日期'], ['85.3.5'], ['25.3.5']], 1, { birthDate: true, now });
    expect(normaliseDate('85.3.5', birth)).toEqual({ status: 'valid', value: '1985-03-05' });
    expect(normaliseDate('25.3.5', birth)).toEqual({ status: 'valid', value: '1925-03-05' });
    // Alone, 25.3.5 is 25 March 2005 too.
    expect(normaliseDate('25.3.5', { birthDate: true, now })).toMatchObject({
      status: 'ambiguous',
      readings: ['1925-03-05', '2005-03-25'],
    });
  });
});

describe('the message for a short date whose year could be first or last', () => {
  test('says where the year could be, in both languages, and day-or-month for 03/04/2024', () => {
    const sheet = (locale: string) => ({
      name: 'Customers',
      values: [
        [locale === 'zh-CN' ? '姓名' : 'Name', locale === 'zh-CN' ? '最近购买日期' : 'Last Purchase Date'],
        ['Ann', '24-01-02'],
        ['Bob', '03/04/2024'],
      ],
    });
    const messages = (locale: string) =>
      checkSheet(sheet(locale), { now: new Date(Date.UTC(2024, 5, 30)) })
        .issues.filter((i) => i.code === 'date.ambiguous')
        .map((i) => i.message);
    const [yearEn, dayEn] = messages('en-US');
    expect(yearEn).toContain('(year first or last)');
    expect(dayEn).toContain('(day or month first)');
    const [yearZh, dayZh] = messages('zh-CN');
    expect(yearZh).toContain('（年在前或在后）');
    expect(dayZh).toContain('（日在前或月在前）');
  });
});
