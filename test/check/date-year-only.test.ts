/**
 * A year typed alone in a date column (Customer since 2018, 成立年份 2018年) is a real date given only to
 * its year: check warns that it gives only the year, as it does of a date given only to its month, and
 * clean leaves it as typed (never 2018-01-01). A last contact of a year long past is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet, type CheckResult } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from '../operations/fixtures';
import { run, tempDir } from '../cli/run';

/** A UK shop's customer list: the year each became a customer, and birthdays, one without its year. */
const SHOP =
  'Name,Phone,Customer since,Birthday\nAnn Lee,07700 900123,2018,03-08\nBob Ray,07700 900124,2019,1985-07-02\n';

/** A Chinese B2B list: 成立年份 and 创建日期 typed as years. */
const FIRMS: CellValue[][] = [
  ['客户名称', '手机', '创建日期', '最近联系'],
  ['杭州森源建材有限公司', '13800138000', '2018年', '2016'],
  ['上海华通物流有限公司', '13900139000', '2021-05-12', '2024-06-20'],
  ['苏州明德电子科技有限公司', '13700137000', 2019, '2024-06-02'],
];

const issuesIn = (values: CellValue[][], locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues;

describe('a year alone in a date column', () => {
  test('is a warning that it gives only the year, in Chinese, for text and number cells', () => {
    const issues = issuesIn(FIRMS, 'zh-CN').filter((i) => i.code === 'date.yearOnly');
    expect(issues.map((i) => [i.row, i.column, i.severity, i.value, i.suggestion])).toEqual([
      [2, '创建日期', 'warning', '2018年', null],
      [2, '最近联系', 'warning', '2016', null],
      [4, '创建日期', 'warning', 2019, null],
    ]);
    expect(issues[0]!.message).toBe('“2018年”只写到年份：保持原样，不补月份和日期。');
  });

  test('a last contact of a year wholly past the stale days is stale, as a month is', () => {
    const stale = issuesIn(FIRMS, 'zh-CN').filter((i) => i.code === 'record.stale');
    expect(stale.map((i) => [i.row, i.value])).toEqual([[2, '2016']]);
  });

  test('clean changes none of them', () => {
    const { plan } = planClean(sheet(FIRMS), { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => ['2018年', '2016', 2019].includes(e.before as string | number))).toEqual([]);
  });

  test('the shop’s CSV: check warns of 2018 and 2019 in English instead of calling them no date', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'shop.csv'), SHOP);
    const out = await run(['check', 'shop.csv', '--json', '--locale', 'en-US', '--today', '2024-06-30'], dir);
    const check = JSON.parse(out.stdout) as CheckResult;
    const since = check.issues.filter((i) => i.column === 'Customer since');
    expect(since.map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'date.yearOnly', 'warning'],
      [3, 'date.yearOnly', 'warning'],
    ]);
    expect(since[0]!.message).toBe('"2018" gives only the year: left as typed, no month or day added.');
    expect(check.issues.some((i) => i.code === 'date.invalid')).toBe(false);
  });

  test('the shop’s CSV: clean writes 2018 as typed, never 2018-01-01', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'shop.csv'), SHOP);
    const result = await run(['clean', 'shop.csv', '-o', 'out.csv', '--today', '2024-06-30'], dir);
    expect(result.code).toBe(0);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8');
    const ann = out.split(/\r?\n/).find((line) => line.startsWith('Ann Lee,'))!;
    expect(ann.split(',').slice(2, 4)).toEqual(['2018', '03-08']);
    expect(out).not.toContain('2018-01-01');
  });
});
