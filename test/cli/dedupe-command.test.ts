import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const ROWS: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司', '备注'],
  ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', '老客户'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司', null],
  ['C000003', '张 伟', '138-0013-8000', 'ZHANGWEI@XINGCHEN.COM', '星辰科技', '年底续约'],
  ['C000004', '张伟', '13600001111', 'zw@other.cn', '广州远航物流有限公司', null],
  ['C000005', 'John Smith', '+1 415 555 2671', 'john@acme.com', 'Acme Ltd', null],
];

describe('custodian dedupe', () => {
  const dir = tempDir();

  test('prints exactly {clusters, rows} with --json, rows as spreadsheet rows', async () => {
    writeUtf8Csv(join(dir, 'list.csv'), ROWS);
    const result = await run(['dedupe', 'list.csv', '--json'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['clusters', 'rows']);
    expect(output.rows).toBe(5);
    expect(output.clusters).toHaveLength(1);
    expect(Object.keys(output.clusters[0])).toEqual(['rows', 'confidence', 'reasons']);
    expect(output.clusters[0].rows).toEqual([2, 4]);
    expect(output.clusters[0].confidence).toBeGreaterThanOrEqual(0.9);
    expect(output.clusters[0].reasons.map((r: { field: string }) => r.field)).toEqual(
      expect.arrayContaining(['phone', 'email']),
    );
  });

  test('explains each group in the readable output', async () => {
    const result = await run(['dedupe', 'list.csv'], dir);
    expect(result.stdout).toMatch(/5 行，1 组重复（2 行）/);
    expect(result.stdout).toMatch(/#1 {2}第 2、4 行（置信度 (?:0\.\d\d|1\.00)）/);
    expect(result.stdout).toMatch(/手机：相同/);
  });

  test('shows each row of a group under the same columns, a blank as —', async () => {
    // Row 3 has no e-mail: its company must not slide left under the e-mail column.
    writeUtf8Csv(join(dir, 'blanks.csv'), [
      ['姓名', '手机', '邮箱', '公司'],
      ['王芳', '139-1234-5678', 'wangfang@163.com', '杭州云栖科技'],
      ['王芳', '8613912345678', null, '杭州云栖科技'],
      ['李娜', '13800000001', 'lina@qq.com', '北京鼎盛'],
    ]);
    const result = await run(['dedupe', 'blanks.csv'], dir);
    expect(result.stdout).toContain('第 2 行：王芳 | 139-1234-5678 | wangfang@163.com | 杭州云栖科技');
    expect(result.stdout).toContain('第 3 行：王芳 | 8613912345678 | — | 杭州云栖科技');
  });

  test('matches only on the chosen columns', async () => {
    const output = JSON.parse((await run(['dedupe', 'list.csv', '--json', '--columns', '姓名'], dir)).stdout);
    for (const cluster of output.clusters) for (const reason of cluster.reasons) expect(reason.column).toBe('姓名');
  });

  test.each([
    [['--threshold', '1.5'], /--threshold must be a number/],
    [['--threshold', 'high'], /--threshold must be a number/],
    [['--columns', '姓名,Nope'], /"Nope", which the sheet does not have/],
  ])('exits 2 for %j', async (extra, message) => {
    const result = await run(['dedupe', 'list.csv', ...extra], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('custodian merge', () => {
  const dir = tempDir();

  test('merges each group into its survivor, archiving the merged-away rows and logging the merge', async () => {
    await writeXlsx(join(dir, 'list.xlsx'), ROWS);
    const result = await run(['merge', 'list.xlsx', '-o', 'merged.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 组，合并掉 1 行/);
    expect(result.stdout).toMatch(/第 4 行 → 第 2 行（C000001）/);

    const workbook = await readXlsx(join(dir, 'merged.xlsx'));
    const sheet = workbook.getWorksheet('客户')!;
    const ids = [2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value);
    expect(ids).toEqual(['C000001', 'C000002', 'C000004', 'C000005']);
    expect(String(sheet.getCell(2, 6).value)).toMatch(/老客户.*年底续约/);

    const archive = workbook.worksheets.find((s) => s.name === '合并归档')!;
    const archivedRows = Array.from({ length: archive.rowCount - 1 }, (_, i) =>
      (archive.getRow(i + 2).values as CellValue[]).slice(1).map(String),
    );
    expect(
      archivedRows.some((r) =>
        ['C000003', '张 伟', '138-0013-8000', 'ZHANGWEI@XINGCHEN.COM'].every((v) => r.includes(v)),
      ),
    ).toBe(true);
    const log = workbook.worksheets.find((s) => s.name === '操作日志')!;
    expect(log.rowCount).toBe(2);

    const again = JSON.parse((await run(['dedupe', 'merged.xlsx', '--json'], dir)).stdout);
    expect(again.clusters).toEqual([]);
  });

  test('needs an output file', async () => {
    const result = await run(['merge', 'list.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/-o/);
  });
});
