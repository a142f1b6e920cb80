import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';

/**
 * Two people of one name on one shop's phone (a mother and daughter, each with her own e-mail),
 * then a real repeat: dedupe groups the pair until someone marks them as two customers.
 */
const FAMILY: CellValue[][] = [
  ['姓名', '手机', '邮箱', '城市'],
  ['王静', '13800138000', 'wangjing1962@example.cn', '上海'],
  ['王静', '138 0013 8000', 'jingjing.w@example.cn', '上海'],
  ['李娜', '13912345678', 'lina@example.cn', '杭州'],
  ['李娜', '13912345678', 'lina@example.cn', '杭州'],
];

async function writeList(path: string, rows: CellValue[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('客户').addRows(rows.map((r) => r.map((v) => (v === null ? undefined : v))));
  await workbook.xlsx.writeFile(path);
}

async function groups(dir: string, file: string): Promise<number[][]> {
  const result = await run(['dedupe', file, '--json'], dir);
  return (JSON.parse(result.stdout) as { clusters: { rows: number[] }[] }).clusters.map((c) => c.rows);
}

describe('custodian mark', () => {
  test('rows marked as different customers are never grouped again', async () => {
    const dir = tempDir();
    await writeList(join(dir, 'list.xlsx'), FAMILY);
    expect(await groups(dir, 'list.xlsx')).toEqual([
      [2, 3],
      [4, 5],
    ]);
    const marked = await run(['mark', 'list.xlsx', '-o', 'marked.xlsx', '--not-same', '2,3'], dir);
    expect([marked.code, marked.stdout]).toEqual([
      0,
      `Marked rows 2, 3 of list.xlsx [客户] as different customers → ${join(dir, 'marked.xlsx')}\n`,
    ]);
    expect(await groups(dir, 'marked.xlsx')).toEqual([[4, 5]]);
  });

  test('refuses a row that holds no customer, naming it, and writes nothing', async () => {
    const dir = tempDir();
    await writeList(join(dir, 'list.xlsx'), FAMILY);
    const result = await run(['mark', 'list.xlsx', '-o', 'marked.xlsx', '--not-same', '2,9'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Row 9 holds no customer in 客户 (rows 2-5 are data)');
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'marked.xlsx'))).toBe(false);
  });

  test('names the data rows without a report’s footer, and rows in the plural', async () => {
    const dir = tempDir();
    const report = [
      ...FAMILY,
      [null],
      ['Confidential Information - Do Not Distribute'],
      ['Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.'],
    ];
    await writeList(join(dir, 'report.xlsx'), report);
    const result = await run(['mark', 'report.xlsx', '-o', 'marked.xlsx', '--not-same', '2,7,8'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Rows 7, 8 hold no customer in 客户 (rows 2-5 are data)');
  });

  test('under a title, rows are the sheet’s as the user sees them; the header is moved to row 1 first', async () => {
    const dir = tempDir();
    await writeList(join(dir, 'titled.xlsx'), [['2024年活动报名名单'], ['报名渠道：小程序'], ...FAMILY]);
    // The family is rows 4 and 5 where the list stands.
    expect(await groups(dir, 'titled.xlsx')).toEqual([
      [4, 5],
      [6, 7],
    ]);
    const marked = await run(['mark', 'titled.xlsx', '-o', 'marked.xlsx', '--not-same', '4,5'], dir);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toMatch(/^表头上方第 1–2 行的标题（2024年活动报名名单；报名渠道：小程序）已移出表格/);
    // In the output the header is row 1: the other pair is rows 4 and 5 there, and the family stays apart.
    expect(await groups(dir, 'marked.xlsx')).toEqual([[4, 5]]);
    const wrong = await run(['mark', 'titled.xlsx', '-o', 'wrong.xlsx', '--not-same', '2,4'], dir);
    expect(wrong.stderr).toContain('Row 2 holds no customer in 客户 (rows 4-7 are data)');
  });
});
