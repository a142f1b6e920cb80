import { dateOrderOf, normaliseDate } from '../../shared/normalise/date';
import { dateToSerial } from '../../shared/sheet/excel-dates';

const zh = { columnFormat: null };
const dateColumn = { columnFormat: 'yyyy-mm-dd' };

describe('date', () => {
  test.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024 - 03 - 05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05日', '2024-03-05'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['2024年3月5号', '2024-03-05'],
    ['2024年3月5', '2024-03-05'],
    ['2024年3月5日 10:30', '2024-03-05', '10:30'],
    ['2024年3月5日下午3:30', '2024-03-05', '15:30'],
    ['20240305', '2024-03-05'],
    ['2024-3-5 10:30', '2024-03-05', '10:30'],
    ['2024/03/05 10:30:15', '2024-03-05', '10:30:15'],
    ['2024-03-05T10:30:00', '2024-03-05', '10:30:00'],
    ['2024-03-05T10:30:00.000Z', '2024-03-05', '10:30:00 UTC'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05', '23:30:00 -05:00'], // the date as written, not shifted to UTC
    ['2024-03-05T00:00:00+08:00', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['  2024-03-05  ', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    // d/m/y or m/d/y where only one reading is a date (both readings: see "day or month first" below).
    ['25/03/2024', '2024-03-25'],
    ['03/25/2024', '2024-03-25'],
    ['05/05/2024', '2024-05-05'],
    ['25-12-2024', '2024-12-25'],
    ['12/25/2024 9:15 AM', '2024-12-25', '09:15'],
    // English month names.
    ['5 Mar 2024', '2024-03-05'],
    ['05-Mar-2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar 5 2024', '2024-03-05'],
    ['Sept 9, 2024', '2024-09-09'],
    ['1st January 2024', '2024-01-01'],
    // A time of day is kept beside the date (clean writes both); midnight is how exports write a plain date.
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['2024/3/5 0:00', '2024-03-05'],
    ['2024-03-05 12:05 PM', '2024-03-05', '12:05'],
    ['2024-03-05 12:05 AM', '2024-03-05', '00:05'],
    ['2024年3月5日 晚上9:05', '2024-03-05', '21:05'],
    ['2024年3月5日 上午9:05:30', '2024-03-05', '09:05:30'],
    ['2024-03-05 14:22:10.250', '2024-03-05', '14:22:10'],
    // A rest parameter: jest would take a third named one for its done callback on two-cell rows.
  ])('normalises %j to %j', (input: string, expected: string, ...[time]: string[]) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'valid', value: expected, ...(time ? { time } : {}) });
  });

  test('a time of day that cannot be one makes the value no date', () => {
    expect(normaliseDate('2024-03-05 25:10', zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
    [new Date('2024-03-05T00:00:00.000Z'), '2024-03-05'],
    [dateToSerial(new Date(Date.UTC(2024, 2, 5))), '2024-03-05'],
    [45356, '2024-03-05'],
    [20240305, '2024-03-05'],
  ])('reads the cell value %j as %j', (input, expected) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'valid', value: expected });
  });

  test('reads a serial with a time of day with its time', () => {
    expect(normaliseDate(45356.75, zh)).toEqual({ status: 'valid', value: '2024-03-05', time: '18:00' });
  });

  test('reads a numeric string as a serial only in a date-formatted column', () => {
    expect(normaliseDate('45356', dateColumn)).toEqual({ status: 'valid', value: '2024-03-05' });
    expect(normaliseDate('45356', { columnFormat: 'yyyy"年"m"月"d"日"' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
    expect(normaliseDate('45356', zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
    expect(normaliseDate('45356', { columnFormat: '0.00' })).toEqual({ status: 'invalid', code: 'date.invalid' });
    expect(normaliseDate('45356')).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    ['2024-02-30'],
    ['2023-02-29'],
    ['1900-02-29'],
    ['2024-13-01'],
    ['2024-00-10'],
    ['2024-04-31'],
    ['2024年13月1日'],
    ['1899-12-31'],
    ['2200-01-01'],
    ['0024-03-05'],
    ['20241305'],
    ['13/13/2024'],
    ['32/01/2024'],
    // 2024-03 and 2024年3月 give only the month: date.monthOnly (test/check/date-month-only.test.ts).
    ['2024-13'],
    ['2024年0月'],
    // 3/5 has no year: date.noYear (test/check/date-no-year.test.ts).
    ['2024-03/05'],
    ['明天'],
    ['下周一'],
    ['asap'],
    ['TBD'],
    ['5 Foo 2024'],
    ['2024-03-05 晚些时候'],
    ['2024-03-05T25'],
  ])('reports %j as invalid', (input) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    [true],
    [false],
    [0],
    [-1],
    [109575],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Date(Number.NaN)],
    [new Date(Date.UTC(1850, 0, 1))],
  ])('reports the cell value %j as invalid', (input) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([[''], ['   '], ['\u3000'], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'empty' });
  });
});

describe('day or month first', () => {
  test.each([
    ['05/03/2024', ['2024-03-05', '2024-05-03']],
    ['3/5/2024', ['2024-05-03', '2024-03-05']],
    ['5.3.2024', ['2024-03-05', '2024-05-03']],
    ['3/5/2024 9:15 AM', ['2024-05-03', '2024-03-05']],
  ])('leaves %j as typed with both readings when nothing says which', (input, readings) => {
    expect(normaliseDate(input, zh)).toEqual({ status: 'ambiguous', code: 'date.ambiguous', readings });
  });

  it("reads it the way the column's other dates are written", () => {
    expect(normaliseDate('03/04/1995', { dateOrder: 'dmy' })).toEqual({ status: 'valid', value: '1995-04-03' });
    expect(normaliseDate('03/04/1995', { dateOrder: 'mdy' })).toEqual({ status: 'valid', value: '1995-03-04' });
    expect(normaliseDate('3/5/2024 14:30', { dateOrder: 'dmy' })).toEqual({
      status: 'valid',
      value: '2024-05-03',
      time: '14:30',
    });
    // A date only one way round is read that way whatever the column says.
    expect(normaliseDate('25/12/2024', { dateOrder: 'mdy' })).toEqual({ status: 'valid', value: '2024-12-25' });
  });

  const column = (...cells: (string | number | null)[]) => [['生日'], ...cells.map((c) => [c])];

  it('learns the order from dates that can only be read one way', () => {
    // A member book written day first (13/04, 25/12, 30/06) and a British list.
    expect(dateOrderOf(column('13/04/1995', '25/12/1988', '30/06/1991', '03/04/1995'), 1)).toBe('dmy');
    expect(dateOrderOf(column('04/03/2024', '29/02/2024 10:15', null, '11/05/2021'), 1)).toBe('dmy');
    // A US list.
    expect(dateOrderOf(column('04/15/2024', '03/04/2024', 'March 5, 2024'), 1)).toBe('mdy');
  });

  it('learns nothing when no date says, or when the column is written both ways', () => {
    expect(dateOrderOf(column('03/04/2024', '2024-05-06', '1990年5月3日', 45000), 1)).toBeUndefined();
    expect(dateOrderOf(column('25/12/2024', '12/25/2024'), 1)).toBeUndefined();
    expect(dateOrderOf(column(), 1)).toBeUndefined();
  });
});
