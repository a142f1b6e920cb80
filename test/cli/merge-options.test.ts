import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

// One customer entered by two salespeople: the later row is newer but has fewer cells filled.
const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司', '标签', '累计消费金额', '更新日期'],
  ['C000001', '张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', '高意向', 1200, '2024-01-10'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司', '', 300, '2024-02-02'],
  ['C000003', '张伟', '138 0013 8000', 'zhangwei@xingchen.com', '', '决策人', 800, '2024-05-20'],
];

const EN: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Tags', 'Total Spend'],
  ['C1', 'Mary Smith', '+1 415 555 0100', 'mary@acme.com', 'VIP', 450.5],
  ['C2', 'John Brown', '+1 415 555 0199', 'jb@globex.com', '', 99],
  ['C3', 'Mary Smith', '(415) 555-0100', 'mary@acme.com', 'Bulk Buyer', 1300],
];

async function mergedRows(dir: string, file: string, out: string): Promise<CellValue[][]> {
  const workbook = await readXlsx(join(dir, out));
  const sheet = workbook.getWorksheet(file === 'zh.xlsx' ? '客户' : 'Customers')!;
  // The deleted rows leave blank rows at the end of the written range.
  return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as CellValue[]).slice(1)).filter(
    (r) => r.length > 0,
  );
}

describe('custodian merge --keep and --rule', () => {
  const dir = tempDir();
  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), ZH);
    await writeXlsx(join(dir, 'en.xlsx'), EN, { sheet: 'Customers' });
  });

  test('keeps the newest row and joins tags with ";" when asked', async () => {
    const result = await run(
      [
        'merge',
        'zh.xlsx',
        '-o',
        'zh-out.xlsx',
        '--exact',
        '--columns',
        '手机,邮箱',
        '--keep',
        'newest',
        '--rule',
        '标签=join:;',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/第 2 行 → 第 4 行（C000003）/);
    const rows = await mergedRows(dir, 'zh.xlsx', 'zh-out.xlsx');
    expect(rows).toHaveLength(3);
    expect(rows[2]!.slice(0, 6)).toEqual([
      'C000003',
      '张伟',
      '138 0013 8000',
      'zhangwei@xingchen.com',
      '北京星辰科技有限公司',
      '决策人;高意向',
    ]);
  });

  test("writes the log's 原因 column in Chinese for a Chinese sheet and in English for an English one", async () => {
    const reasonsIn = async (out: string, logName: string) => {
      const log = (await readXlsx(join(dir, out))).getWorksheet(logName)!;
      const header = (log.getRow(1).values as CellValue[]).slice(1);
      const col = header.findIndex((h) => h === '原因' || h === 'Reasons' || h === 'Reason') + 1;
      return String(log.getRow(2).getCell(col).value);
    };
    await run(['merge', 'zh.xlsx', '-o', 'zh-log.xlsx', '--exact', '--columns', '手机,邮箱'], dir);
    const zh = await reasonsIn('zh-log.xlsx', '操作日志');
    expect(zh).toBe('手机：相同（13800138000 = 138 0013 8000）; 邮箱：相同（zhangwei@xingchen.com）');
    expect(zh).toMatch(/邮箱：相同/);
    expect(zh).not.toMatch(/same/);
    await run(['merge', 'en.xlsx', '-o', 'en-log.xlsx', '--exact', '--columns', 'Phone,Email'], dir);
    expect(await reasonsIn('en-log.xlsx', 'Custodian Log')).toMatch(/Email: same value \(mary@acme\.com\)/);
  });

  test('keeps the first row and sums spend when each row is an order', async () => {
    const result = await run(
      [
        'merge',
        'en.xlsx',
        '-o',
        'en-out.xlsx',
        '--exact',
        '--columns',
        'Phone,Email',
        '--keep',
        'first',
        '--rule',
        'Total Spend=sum',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 group, 1 row merged away/);
    const rows = await mergedRows(dir, 'en.xlsx', 'en-out.xlsx');
    expect(rows[1]).toEqual(['C1', 'Mary Smith', '+1 415 555 0100', 'mary@acme.com', 'VIP, Bulk Buyer', 1750.5]);
  });

  test('sums with --sum-purchases as with --rule …=sum', async () => {
    const result = await run(
      [
        'merge',
        'en.xlsx',
        '-o',
        'en-sum.xlsx',
        '--exact',
        '--columns',
        'Phone,Email',
        '--keep',
        'first',
        '--sum-purchases',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect((await mergedRows(dir, 'en.xlsx', 'en-sum.xlsx'))[1]![5]).toBe(1750.5);
  });

  test.each([
    [['--keep', 'oldest'], /--keep must be first, last, most-complete or newest/],
    [['--rule', '标签'], /--rule takes a column and a rule/],
    [['--rule', '标签=average'], /--rule takes a column and a rule/],
    [['--rule', '微信=join'], /"微信", which the sheet does not have/],
    [['--rule', '累计消费金额=sum:;'], /Only join takes a delimiter/],
  ])('exits 2 for %j', async (extra, message) => {
    const result = await run(['merge', 'zh.xlsx', '-o', 'bad.xlsx', '--exact', '--columns', '手机', ...extra], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('will not merge into a CSV, which would lose the archive and the log', async () => {
    const result = await run(['merge', 'zh.xlsx', '-o', 'merged.csv', '--exact', '--columns', '手机'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/archive sheet .* which a CSV file cannot hold: write a \.xlsx file/);
    expect(existsSync(join(dir, 'merged.csv'))).toBe(false);
  });
});
