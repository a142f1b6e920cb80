/**
 * A short date of one- and two-digit parts (24/3/5, 5/3/4) puts its year first or last; the column's
 * other dates say which where they can only be read one way, and otherwise both readings stay.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { yearPlaceOf } from '../../shared/normalise/date-year-place';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';

const NOW = new Date(Date.UTC(2024, 5, 30));
const column = (header: string, ...cells: string[]): CellValue[][] => [[header], ...cells.map((c) => [c])];

describe('yearPlaceOf', () => {
  test.each([
    // A Chinese sales ledger: 2023/11/20 and 2024年1月8日 write the year first; 99.3.5 has no day 99.
    [['2023/11/20', '24/3/5'], 'first'],
    [['2024年1月8日', '24/3/5'], 'first'],
    [['99.3.5', '24.3.5'], 'first'],
    [['113/03/05', '24/3/5'], 'first'],
    // A British member list's d/m/yy: no 85th day of a month 12.
    [['25/12/85', '15/3/99', '5/3/4'], 'last'],
    // A US export's Excel short dates.
    [['3/15/24', '12/31/23'], 'last'],
  ] as const)('finds the year in %j %s', (cells, place) => {
    expect(yearPlaceOf(column('日期', ...cells), 1)).toBe(place);
  });

  test.each([
    // Clean's own form, an export's ISO dates: no one's typing, so a second run reads a cell as the first did.
    [['2024-03-05', '2024-02-18 10:30:00', '24/3/5']],
    // Four-digit years last say nothing of where a short date puts its year.
    [['25/12/2023', '13/1/2024', '5/3/4']],
    // Both ways in one column.
    [['2023/11/20', '25/12/85']],
    [['24/3/5', '5/3/4']],
  ])('finds no place in %j', (cells) => {
    expect(yearPlaceOf(column('日期', ...cells), 1)).toBeUndefined();
  });
});

describe('normaliseDate of a short date whose last part is one digit', () => {
  test('leaves 24/3/5 as typed, 2024-03-05 or 2005-03-24, in a column that says nothing', () => {
    // A WeCom export's 最近联系: ISO dates and one typed by hand.
    const ctx = dateColumnContext(column('最近联系', '2024-02-18', '24/3/5', '2024-03-11'), 1);
    expect(ctx.yearPlace).toBeUndefined();
    expect(normaliseDate('24/3/5', ctx)).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2024-03-05', '2005-03-24'],
    });
  });

  test('leaves a birth date’s 24/3/5 as typed too', () => {
    const ctx = dateColumnContext(column('生日', '1990-05-12', '24/3/5'), 1, { birthDate: true, now: NOW });
    expect(normaliseDate('24/3/5', ctx)).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2024-03-05', '2005-03-24'],
    });
  });

  test('reads 24/3/5 as 2024-03-05 in a ledger that writes its years first', () => {
    const ctx = dateColumnContext(column('最近联系日期', '2024/1/8', '24/3/5', '2023/12/20'), 1);
    expect(normaliseDate('24/3/5', ctx)).toEqual({ status: 'valid', value: '2024-03-05' });
    // A two-digit year in either place stays open: 24-01-15 is 2024-01-15 or 2015-01-24.
    expect(normaliseDate('24-01-15', ctx)).toMatchObject({
      status: 'ambiguous',
      readings: ['2024-01-15', '2015-01-24'],
    });
  });

  test('names all three readings of 5/3/4 where the column says nothing, never “no date”', () => {
    expect(normaliseDate('5/3/4', {})).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2005-03-04', '2004-03-05', '2004-05-03'],
    });
  });

  test('reads 5/3/4 as 5 March 2004 in a day-first column of two-digit years', () => {
    const ctx = dateColumnContext(column('Date of Birth', '25/12/85', '15/3/99', '5/3/4'), 1, {
      birthDate: true,
      now: NOW,
    });
    expect(ctx).toMatchObject({ dateOrder: 'dmy', yearPlace: 'last' });
    expect(normaliseDate('5/3/4', ctx)).toEqual({ status: 'valid', value: '2004-03-05' });
    // 24/3/5 there keeps both: 24 is as much a year first as 5 is one last.
    expect(normaliseDate('24/3/5', ctx)).toMatchObject({ status: 'ambiguous', readings: ['2024-03-05', '2005-03-24'] });
  });

  test('leaves 5/3/4 as typed in a day-first column of four-digit years: the year may be first', () => {
    const ctx = dateColumnContext(column('Joined', '25/12/2023', '13/1/2024', '5/3/4'), 1);
    expect(ctx).toMatchObject({ dateOrder: 'dmy' });
    expect(normaliseDate('5/3/4', ctx)).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2005-03-04', '2004-03-05'],
    });
  });

  test('reads a US export’s 3/15/4 as Excel reads it: no other reading has a month 15', () => {
    expect(normaliseDate('3/15/4', {})).toEqual({ status: 'valid', value: '2004-03-15' });
  });
});

describe('check and clean of a list with 24/3/5 in a column that says nothing', () => {
  const values: CellValue[][] = [
    ['姓名', '手机', '最近消费日期'],
    ['王芳', '13800001111', '2024-02-18'],
    ['李明', '13800002222', '24/3/5'],
  ];

  test('check names both readings and says the year may be first or last', () => {
    const issue = checkSheet({ name: '会员', values }, { now: NOW, locale: 'en-US' }).issues.find((i) => i.row === 3);
    expect(issue).toMatchObject({ code: 'date.ambiguous', severity: 'warning', value: '24/3/5' });
    expect(issue?.message).toContain('2024-03-05 or 2005-03-24');
    expect(issue?.message).toContain('(year first or last)');
  });

  test('clean leaves it as typed', () => {
    const { plan } = planClean({ name: '会员', values }, { now: NOW });
    expect(plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });
});
