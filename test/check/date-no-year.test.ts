/**
 * A date typed without its year (下次跟进 6月1日, Next Follow-up 12/25) is a real day whose year only
 * the typist knows (this one, the next): check warns that it has no year, clean leaves it as typed (no
 * year invented), and it is no error. A birthday's 3月8日 is warned of too, as the birthday column holds
 * whole dates; 6月31日 is no day.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet, type CheckResult } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import { normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { run, tempDir } from '../cli/run';

/** A sales rep's follow-up list: the next call typed as the day, as people say it. */
const FOLLOW_UPS: CellValue[][] = [
  ['客户名称', '手机', '生日', '最近联系', '下次跟进'],
  ['张伟', '13800138000', '3月8日', '2024-05-20', '6月1日'],
  ['王芳', '13900139000', '1990-05-12', '2024-05-28', '2024-07-01'],
  ['刘洋', '13700137000', '11-03', '2024-06-02', '7月15号'],
];

/** A US team's contacts: Next Follow-up typed month first without a year. */
const CONTACTS: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Next Follow-up'],
  ['Dana', 'Whitfield', 'dana@whitfield.io', '12/25'],
  ['Sam', 'Ortiz', 'sam@ortiz.dev', '2024-07-08'],
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

describe('a date without its year', () => {
  test('is a warning naming it, in Chinese, and kept as typed', () => {
    const issues = issuesIn(FOLLOW_UPS, '下次跟进', 'zh-CN');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, 'date.noYear', 'warning', '6月1日', null],
      [4, 'date.noYear', 'warning', '7月15号', null],
    ]);
    expect(issues[0]!.message).toBe('“6月1日”没有年份：保持原样，不补年份。');
  });

  test('is a warning naming it, in English', () => {
    const issues = issuesIn(CONTACTS, 'Next Follow-up', 'en-US');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value])).toEqual([[2, 'date.noYear', 'warning', '12/25']]);
    expect(issues[0]!.message).toBe('"12/25" has no year: left as typed, no year added.');
  });

  test('a birthday without its year is a warning that it cannot be written as a whole date', () => {
    const issues = issuesIn(FOLLOW_UPS, '生日', 'zh-CN');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, 'date.noYear', 'warning', '3月8日', null],
      [4, 'date.noYear', 'warning', '11-03', null],
    ]);
    expect(issues[0]!.message).toBe(
      '“3月8日”是没有年份的生日：“生日”要填完整日期（年-月-日），它无法写成日期；保持原样，不补年份。客户告知年份后请补上。',
    );
  });

  test('names the days it may be, both where the order is not known, and is no day when none is real', () => {
    expect(normaliseDate('6月1日')).toEqual({ status: 'ambiguous', code: 'date.noYear', readings: ['06-01'] });
    expect(normaliseDate('6/1')).toEqual({ status: 'ambiguous', code: 'date.noYear', readings: ['06-01', '01-06'] });
    expect(normaliseDate('6/1', { dateOrder: 'dmy' })).toMatchObject({ readings: ['01-06'] });
    expect(normaliseDate('12/25')).toMatchObject({ readings: ['12-25'] });
    expect(normaliseDate('6月31日').status).toBe('invalid');
    expect(normaliseDate('13/32').status).toBe('invalid');
  });

  test('clean writes it as typed, and check of the output says the same', async () => {
    const dir = tempDir();
    const csv = (rows: CellValue[][]) => rows.map((row) => row.map((v) => String(v ?? '')).join(',')).join('\n');
    writeFileSync(join(dir, 'follow-ups.csv'), csv(FOLLOW_UPS));
    const result = await run(['clean', 'follow-ups.csv', '-o', 'out.csv', '--today', '2024-06-30'], dir);
    expect(result.code).toBe(0);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8');
    for (const typed of [',6月1日', ',7月15号', ',3月8日']) expect(out).toContain(typed);
    const check = JSON.parse(
      (await run(['check', 'out.csv', '--json', '--today', '2024-06-30'], dir)).stdout,
    ) as CheckResult;
    expect(check.issues.filter((i) => i.code === 'date.noYear').map((i) => i.value)).toEqual([
      '3月8日',
      '6月1日',
      '11-03',
      '7月15号',
    ]);
    expect(check.issues.filter((i) => i.code === 'date.invalid')).toEqual([]);
  });
});
