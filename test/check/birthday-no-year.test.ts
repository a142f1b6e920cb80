/**
 * A birthday typed without its year (03-08, 8 Mar, 3月8日) under Birthday, DOB or 生日: the template's
 * birthday field (Date of Birth, 生日) is a date field of whole dates, so it cannot be written as one.
 * Check warns of it, clean keeps it as typed, and a birthday with its year is no issue.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { planClean } from '../../shared/operations/clean';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

/** A salon's client list: birthdays as clients gave them, some without a year. */
const SALON: CellValue[][] = [
  ['Client', 'Mobile', 'Email', 'DOB'],
  ['Sophie Turner', '07700 900451', 'sophie.t@gmail.com', '03-08'],
  ['Grace Hall', '07700 900452', 'grace.hall@outlook.com', '8 Mar'],
  ['Chloe Wright', '07700 900453', 'chloe.w@yahoo.co.uk', '1990-11-21'],
  ['Emily Clarke', '07700 900454', 'emily.clarke@gmail.com', '--12-01'],
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

describe('a birthday without its year', () => {
  test('the template’s birthday field is a date field', () => {
    const field = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'birthDate')!;
    expect(field).toMatchObject({ kind: 'date', labels: { 'zh-CN': '生日', 'en-US': 'Date of Birth' } });
    expect(field.synonyms).toContain('DOB');
  });

  test('is a warning that it cannot be written as a whole date, in English', () => {
    const issues = issuesIn(SALON, 'DOB', 'en-US');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, 'date.noYear', 'warning', '03-08', null],
      [3, 'date.noYear', 'warning', '8 Mar', null],
      [5, 'date.noYear', 'warning', '--12-01', null],
    ]);
    expect(issues[1]!.message).toBe(
      '"8 Mar" is a birthday without its year: DOB holds whole dates (yyyy-mm-dd), so it cannot be written as one; left as typed, no year added. Add the year if the customer gives it.',
    );
  });

  test('is a warning in Chinese under the Chinese header', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '生日'],
      ['张伟', '13800138000', '3月8日'],
      ['王芳', '13900139000', '1990-05-12'],
    ];
    const [issue] = issuesIn(values, '生日', 'zh-CN');
    expect(issue).toMatchObject({ row: 2, code: 'date.noYear', severity: 'warning' });
    expect(issue!.message).toBe(
      '“3月8日”是没有年份的生日：“生日”要填完整日期（年-月-日），它无法写成日期；保持原样，不补年份。客户告知年份后请补上。',
    );
  });

  test('clean keeps it as typed and writes the whole birthday as yyyy-mm-dd', () => {
    const { plan } = planClean(sheet(SALON), { now: TODAY, locale: 'en-US' });
    const dob = plan.edits.filter((e) => e.col === 4);
    expect(dob).toEqual([]);
  });

  test('no day of a year (13-32, 30 Feb) is a birthday: still no date', () => {
    const values: CellValue[][] = [
      ['Client', 'Mobile', 'DOB'],
      ['Sophie Turner', '07700 900451', '13-32'],
      ['Grace Hall', '07700 900452', '30 Feb'],
    ];
    expect(issuesIn(values, 'DOB', 'en-US').map((i) => [i.row, i.code])).toEqual([
      [2, 'date.invalid'],
      [3, 'date.invalid'],
    ]);
  });
});
