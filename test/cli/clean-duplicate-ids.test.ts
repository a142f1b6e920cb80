import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

describe('custodian clean', () => {
  const dir = tempDir();

  test('renumbers a later duplicate ID, lists it in the summary and logs the old ID when an en-US sheet has one twice', async () => {
    await writeXlsx(
      join(dir, 'crm.xlsx'),
      [
        ['Customer ID', 'Name', 'Phone', 'City'],
        ['C000105', 'Alice Martin', '+1 415 555 0101', 'San Francisco'],
        ['C000107', 'Bob Chen', '+1 415 555 0102', 'Oakland'],
        ['C000105', 'Carol Diaz', '+1 415 555 0103', 'San Jose'],
      ],
      { sheet: 'Customers' },
    );
    const result = await run(['clean', 'crm.xlsx', '-o', 'crm-clean.xlsx', '--locale', 'en-US', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 {2}duplicate customer IDs renumbered/);
    expect(result.stdout).toContain('row 4: C000105 → C000108 (was a duplicate of row 2)');
    expect(result.stdout).toContain('"custodian dedupe" finds them');

    const workbook = await readXlsx(join(dir, 'crm-clean.xlsx'));
    const sheet = workbook.getWorksheet('Customers')!;
    expect([2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(['C000105', 'C000107', 'C000108']);
    const log = workbook.getWorksheet('Custodian Log')!;
    const reasons = (log.getRow(log.rowCount).values as unknown[]).map(String).join(' ');
    expect(reasons).toContain('C000105 → C000108 (was a duplicate of row 2)');
  });

  test('logs the renumbered ID in Chinese when a zh-CN sheet has one twice', async () => {
    await writeXlsx(join(dir, '客户.xlsx'), [
      ['客户编号', '姓名', '手机号'],
      ['C000012', '陈静', '13800138012'],
      ['C000013', '赵磊', '13800138014'],
      ['C000012', '陈静', '13800138012'],
    ]);
    const result = await run(['clean', '客户.xlsx', '-o', '客户-清理.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const workbook = await readXlsx(join(dir, '客户-清理.xlsx'));
    expect(workbook.getWorksheet('客户')!.getCell(4, 1).value).toBe('C000014');
    const log = workbook.getWorksheet('操作日志')!;
    const reasons = (log.getRow(log.rowCount).values as unknown[]).map(String).join(' ');
    expect(reasons).toContain('C000012 → C000014（原与第 2 行编号重复）');
    expect(reasons).toContain('查找重复');
  });
});
