/**
 * A date given only to the month (2024年3月, 2024-03, 2024/3, 2024.3, March 2024) is a real date with no
 * day: check warns that it names only the month, clean leaves it as typed (no day invented), and it is
 * no error. A birth date's 1990年5月 stays part of a date, as before; 2024.3 in a column of numbers is
 * not a month, and Mar-24 (24 March in Excel's d-mmm too) is not read as one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CheckResult } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { run, tempDir } from '../cli/run';

/** A sales team's follow-up list, 最近联系 typed by hand: some only to the month. */
const FOLLOW_UPS: CellValue[][] = [
  ['客户名称', '手机', '出生日期', '最近联系'],
  ['张伟', '13800138000', '1988-04-12', '2024-05-20'],
  ['王芳', '13900139000', '1990年5月', '2024年3月'],
  ['刘洋', '13700137000', '1985-11-03', '2024-03'],
  ['陈静', '13600136000', '1992-02-29', '2024/3'],
  ['赵磊', '13500135000', '1979-07-07', '2024.3'],
];

/** A US team's contacts: Last Contacted written to the month by some reps. */
const CONTACTS: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Last Contacted'],
  ['Dana', 'Whitfield', 'dana@whitfield.io', '2024-05-20'],
  ['Sam', 'Ortiz', 'sam@ortiz.dev', 'March 2024'],
  ['Kim', 'Nguyen', 'kim@adatum.com', 'Mar. 2024'],
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

describe('a date given only to the month', () => {
  test('is a warning naming it, in Chinese, and kept as typed', () => {
    const issues = issuesIn(FOLLOW_UPS, '最近联系', 'zh-CN').filter((i) => i.code !== 'record.stale');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [3, 'date.monthOnly', 'warning', '2024年3月', null],
      [4, 'date.monthOnly', 'warning', '2024-03', null],
      [5, 'date.monthOnly', 'warning', '2024/3', null],
      [6, 'date.monthOnly', 'warning', '2024.3', null],
    ]);
    expect(issues[0]!.message).toContain('“2024年3月”只写到月份：保持原样');
  });

  test('is a warning naming it, in English', () => {
    const issues = issuesIn(CONTACTS, 'Last Contacted', 'en-US').filter((i) => i.code !== 'record.stale');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [3, 'date.monthOnly', 'warning', 'March 2024'],
      [4, 'date.monthOnly', 'warning', 'Mar. 2024'],
    ]);
    expect(issues[0]!.message).toContain('"March 2024" gives only the month: left as typed');
  });

  test('month before year (03/2022, 3-2021), as British, Indian and American teams type it, is the same warning', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Business', 'Contact', 'Phone', 'Last Contacted'],
      ['The Crown Inn', 'Tom Hughes', '07912 345678', '03/2022'],
      ['Kwik Fix Motors', 'Priya Shah', '07700 900456', '3-2021'],
      ['Harbour Cafe', 'Ann Lee', '07700 900789', '13/2022'],
      ['Rose & Thistle', 'Mark Bell', '07700 900321', '14/03/2024'],
      ['Bridge Bakery', 'Sue Park', '07700 900654', '2024-05-02'],
    ];
    const issues = issuesIn(values, 'Last Contacted', 'en-US').filter(
      (i) => i.code === 'date.monthOnly' || i.code === 'date.invalid',
    );
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, 'date.monthOnly', 'warning', '03/2022', null],
      [3, 'date.monthOnly', 'warning', '3-2021', null],
      // No month 13: not a date at all.
      [4, 'date.invalid', 'error', '13/2022', null],
    ]);
    expect(issues[0]!.message).toContain('"03/2022" gives only the month: left as typed');
  });

  test('a last contact given only to its month is stale when the whole month is, as the report judges it', () => {
    const now = new Date(Date.UTC(2024, 6, 1)); // 180 days before: 2024-01-03
    const values: CellValue[][] = [
      ['客户名称', '手机', '最近联系'],
      ['张伟', '13800138000', '2023年12月'],
      ['王芳', '13900139000', '2024年1月'],
    ];
    const issues = checkSheet(sheet(values), { now, locale: 'zh-CN' }).issues.filter((i) => i.column === '最近联系');
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'date.monthOnly'],
      [2, 'record.stale'],
      [3, 'date.monthOnly'],
    ]);
    expect(issues[1]!.message).toBe('最近联系日期 2023年12月 已超过 180 天。');
  });

  test('a birth date’s 1990年5月 is still no issue', () => {
    expect(issuesIn(FOLLOW_UPS, '出生日期', 'zh-CN')).toEqual([]);
  });

  test('clean writes it as typed, and check of the output says the same', async () => {
    const dir = tempDir();
    const csv = (rows: CellValue[][]) => rows.map((row) => row.map((v) => String(v ?? '')).join(',')).join('\n');
    writeFileSync(join(dir, 'follow-ups.csv'), csv(FOLLOW_UPS));
    const result = await run(['clean', 'follow-ups.csv', '-o', 'out.csv', '--today', '2024-06-30'], dir);
    expect(result.code).toBe(0);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8');
    for (const typed of ['2024年3月', '2024-03,', '2024/3', '2024.3', '1990年5月']) expect(out).toContain(typed);
    expect(out).not.toContain('2024-03-01');
    const check = JSON.parse(
      (await run(['check', 'out.csv', '--json', '--today', '2024-06-30'], dir)).stdout,
    ) as CheckResult;
    expect(check.issues.filter((i) => i.code === 'date.monthOnly').map((i) => i.value)).toEqual([
      '2024年3月',
      '2024-03',
      '2024/3',
      '2024.3',
    ]);
    expect(check.issues.filter((i) => i.code === 'date.invalid')).toEqual([]);
  });

  test('2024.3 is no month in a column holding numbers, nor Mar-24 anywhere', () => {
    const values: CellValue[][] = [['跟进日期'], ['2024.3'], ['1500.50'], ['2024-05-20']];
    expect(normaliseDate('2024.3', dateColumnContext(values, 1)).status).toBe('invalid');
    const numbers: CellValue[][] = [['跟进日期'], [2024.3], ['2024-05-20']];
    expect(normaliseDate('2024.3', dateColumnContext(numbers, 1)).status).toBe('invalid');
    const dates: CellValue[][] = [['跟进日期'], ['2024.3'], ['2024-05-20']];
    expect(normaliseDate('2024.3', dateColumnContext(dates, 1))).toMatchObject({
      status: 'ambiguous',
      code: 'date.monthOnly',
      readings: ['2024-03'],
    });
    expect(normaliseDate('Mar-24').status).toBe('invalid');
    expect(normaliseDate('2024年13月').status).toBe('invalid');
  });
});
