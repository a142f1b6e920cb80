/**
 * Number cells in a date column. Hosts turn a date-formatted cell into a Date, so a number that
 * reaches the core is shown as a number: 45293 is the serial a list saved from a General column
 * holds, but 1985 typed under 生日 is a year, not the serial of 1905-06-07.
 */
import { normaliseDate } from '../../shared/normalise/date';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from '../operations/fixtures';

describe('date', () => {
  test.each([
    [1985, {}],
    [2024, {}],
    [1985, { birthDate: true }],
    [2024, { columnFormat: 'yyyy-mm-dd' }],
  ])('reads the number %j as a year alone, not a date of 1900-1927 (%j)', (input, ctx) => {
    expect(normaliseDate(input, ctx)).toEqual({
      status: 'ambiguous',
      code: 'date.yearOnly',
      readings: [String(input)],
    });
  });

  test.each([
    [365, {}],
    [1, {}],
  ])('does not read the number %j as a date of 1900-1927 (%j)', (input, ctx) => {
    expect(normaliseDate(input, ctx)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    ['1985', { columnFormat: 'yyyy-mm-dd' }],
    ['2024', { columnFormat: 'yyyy"年"m"月"d"日"' }],
  ])('reads the text %j in a date-formatted column as a year alone, not a serial of 1905', (input, ctx) => {
    expect(normaliseDate(input, ctx)).toEqual({ status: 'ambiguous', code: 'date.yearOnly', readings: [input] });
  });

  test.each([
    [45293, '2024-01-02'],
    [32207, '1988-03-05'],
    [10000, '1927-05-18'],
  ])('still reads the five-digit number %j as the serial of %j', (input, expected) => {
    expect(normaliseDate(input)).toEqual({ status: 'valid', value: expected });
  });

  // A CRM's 创建时间 saved under General: the serial's fraction is the time of day, kept as typed text's is.
  test.each([
    [45293.6041666667, '2024-01-02', '14:30'],
    [45293.604166, '2024-01-02', '14:30'],
    [45293.5000115741, '2024-01-02', '12:00:01'],
    // The day is the serial's own: a time rounded up to midnight stays on it.
    [45293.9999999999, '2024-01-02', '23:59:59'],
    [45293.0000001, '2024-01-02', undefined],
  ])('reads the serial %j as %j at %j', (input, value, time) => {
    expect(normaliseDate(input)).toEqual({ status: 'valid', value, ...(time ? { time } : {}) });
  });

  test('reads a serial with its time typed into a CSV date column', () => {
    expect(normaliseDate('45293.6041666667', { serialText: true })).toEqual({
      status: 'valid',
      value: '2024-01-02',
      time: '14:30',
    });
    expect(normaliseDate('45293.6041666667', {})).toEqual({ status: 'invalid', code: 'date.invalid' });
  });
});

describe('check and clean of years typed into a date column', () => {
  // An .xlsx member list: most birthdays are date cells, two members gave only their year.
  const members = () =>
    sheet(
      [
        ['姓名', '手机', '生日', '最近购买日期'],
        ['张伟', '13800138001', 1985, new Date(Date.UTC(2024, 0, 2))],
        ['李娜', '13800138002', new Date(Date.UTC(1990, 2, 5)), 2024],
        ['王芳', '13800138003', new Date(Date.UTC(1991, 2, 5)), 45293],
      ],
      { columnFormats: [null, null, 'yyyy-mm-dd', 'yyyy-mm-dd'] },
    );

  test('check warns that the year is only a year instead of suggesting 1905', () => {
    const { issues } = checkSheet(members(), { now: TODAY, locale: 'zh-CN' });
    expect(issues.map((i) => [i.row, i.column, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, '生日', 'date.yearOnly', 'warning', 1985, null],
      [3, '最近购买日期', 'date.yearOnly', 'warning', 2024, null],
    ]);
  });

  test('clean leaves the years as typed', () => {
    const { plan } = planClean(members(), { now: TODAY, locale: 'zh-CN' });
    const dates = plan.edits.filter((e) => e.col === 3 || e.col === 4);
    expect(dates.map((e) => [e.row, e.col, e.after])).not.toContainEqual([2, 3, '1905-06-07']);
    expect(dates.some((e) => e.before === 1985 || e.before === 2024)).toBe(false);
  });
});

describe('clean of a date and time stored as a serial', () => {
  test('keeps the time of day', () => {
    const created = sheet([
      ['姓名', '手机', '创建时间'],
      ['张伟', '13800138001', 45293.6041666667],
      ['李娜', '13800138002', '2024-01-03 09:15'],
    ]);
    const { plan } = planClean(created, { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 3).map((e) => [e.row, e.after])).toEqual([[2, '2024-01-02 14:30']]);
  });
});
