/**
 * What check says of dates a column cannot settle: a column written both day and month first, a
 * one-digit year in a column that writes its years last, and a time of day no clock shows.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const list = (headers: string[], rows: string[][]): CellValue[][] => [
  headers,
  ...rows.map((cells, i) => [`客户${i}`, `1380013${String(8000 + i)}`, ...cells]),
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

const summary = (issues: Issue[]) => issues.map((i) => [i.row, i.code, i.suggestion ?? null]);

describe('a date column written both day and month first', () => {
  const BIRTHDAYS = [['25/12/85'], ['13/04/95'], ['12/13/1990'], ['2/3/1985'], ['10/11/12']];

  test.each([
    ['zh-CN', ['姓名', '手机', '生日'], '生日'],
    ['en-US', ['Name', 'Mobile', 'Date of Birth'], 'Date of Birth'],
  ] as const)('leaves the dates it could read either way as typed (%s)', (locale, headers, column) => {
    const issues = issuesIn(list([...headers], BIRTHDAYS), column, locale);
    // 12/13/1990 reads only month first, where the column's other such dates put the day first: said.
    expect(summary(issues)).toEqual([
      [2, 'date.nonCanonical', '1985-12-25'],
      [3, 'date.nonCanonical', '1995-04-13'],
      [4, 'date.otherOrder', '1990-12-13'],
      [5, 'date.ambiguous', null],
      [6, 'date.ambiguous', null],
    ]);
  });
});

describe('a one-digit last part in a column of day-first dates', () => {
  const PURCHASES = [['25/12/2023'], ['13/04/2024'], ['05/03/2024'], ['28/2/4']];

  test('names both readings, in Chinese', () => {
    const issues = issuesIn(list(['姓名', '手机', '最近购买日期'], PURCHASES), '最近购买日期', 'zh-CN');
    const last = issues.find((i) => i.row === 5)!;
    expect(last).toMatchObject({ code: 'date.ambiguous', suggestion: null });
    expect(last.message).toContain('2028-02-04 或 2004-02-28');
    expect(last.message).toContain('（年在前或在后）');
  });

  test('names both readings, in English, and no birth date lands this year unsaid', () => {
    const rows = [['25/12/85'], ['13/04/95'], ['24/3/5'], ['31/1/2']];
    const issues = issuesIn(list(['Name', 'Mobile', 'Date of Birth'], rows), 'Date of Birth', 'en-US');
    expect(summary(issues).slice(2)).toEqual([
      [4, 'date.ambiguous', null],
      [5, 'date.ambiguous', null],
    ]);
    expect(issues[2]!.message).toContain('2024-03-05 or 2005-03-24');
    expect(issues[3]!.message).toContain('1931-01-02 or 2002-01-31');
    expect(issues[3]!.message).toContain('year first or last');
  });

  test('reads 5/3/4 as 5 March 2004 where the column’s two-digit years are last (25/12/85)', () => {
    const rows = [['25/12/85'], ['13/04/95'], ['24/3/5'], ['5/3/4']];
    const issues = issuesIn(list(['Name', 'Mobile', 'Date of Birth'], rows), 'Date of Birth', 'en-US');
    // 24/3/5 keeps both: 24 is as much a year first as 5 is one last. 5 is no year first in this column.
    expect(summary(issues).slice(2)).toEqual([
      [4, 'date.ambiguous', null],
      [5, 'date.nonCanonical', '2004-03-05'],
    ]);
  });
});

describe('a time of day no clock shows', () => {
  const TIMES = [
    ['2024-03-05 25:00'],
    ['2024-03-05 10:75'],
    ['2024/3/5 99:99'],
    ['2024-03-05 10:00:99'],
    ['2024-03-05 13:00 PM'],
    ['2024-03-05 24:00'],
    ['2024-03-05 12:30'],
  ];

  test.each([
    ['zh-CN', ['姓名', '手机', '创建时间'], '创建时间'],
    ['en-US', ['Name', 'Mobile', 'Created Date'], 'Created Date'],
  ] as const)('is reported as no date and left as typed, and 12:30 kept (%s)', (locale, headers, column) => {
    const issues = issuesIn(list([...headers], TIMES), column, locale);
    expect(summary(issues)).toEqual([
      [2, 'date.invalid', null],
      [3, 'date.invalid', null],
      [4, 'date.invalid', null],
      [5, 'date.invalid', null],
      [6, 'date.invalid', null],
      [7, 'date.invalid', null],
    ]);
  });
});
