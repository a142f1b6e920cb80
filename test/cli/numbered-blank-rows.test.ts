/**
 * A ledger numbered down past its last customer (序号 14, 15 with every other cell blank): those rows
 * name no customer. Check reports nothing on them, clean gives them no customer ID, the report does
 * not count them, dedupe and export pass over them, and the rows stay in the sheet as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InsightsReport } from '../../shared/insights';
import type { CheckResult } from '../../shared/check/check-sheet';
import { readXlsx, writeXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-10'];

// prettier-ignore
const LEDGER = [
  ['序号', '客户编号', '客户名称', '联系人', '手机', '客户等级', '负责人'],
  [1, 'C000001', '杭州云栖科技有限公司', '王磊', '13800138001', 'A', '张三'],
  [2, 'C000002', '宁波海曙贸易有限公司', '李娜', '13900139002', 'B', '张三'],
  [3, '', '苏州恒达物流集团', '陈刚', '13700137000', 'A', '李四'],
  [4, null, null, null, null, null, null],
  [5, null, null, null, null, null, null],
];

describe('rows blank but for their row number', () => {
  const dir = tempDir();

  test('check, clean and report pass over them; they stay in the sheet', async () => {
    await writeXlsx(join(dir, 'ledger.xlsx'), LEDGER, { sheet: '客户台账' });
    const check = JSON.parse((await run(['check', 'ledger.xlsx', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(check.rows).toBe(3);
    expect(check.issues.filter((i) => i.row >= 5)).toEqual([]);
    // The customer without an ID gets one; the numbered blank rows none.
    expect(check.issues.filter((i) => i.code === 'id.missing').map((i) => i.row)).toEqual([4]);

    const report = JSON.parse((await run(['report', 'ledger.xlsx', '--json', ...TODAY], dir)).stdout) as InsightsReport;
    expect(report.rows).toBe(3);
    const tiers = report.segments.find((s) => s.field === 'valueTier')!;
    expect(tiers.values.find((v) => v.value === '')).toBeUndefined();

    expect((await run(['clean', 'ledger.xlsx', '-o', 'clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).getWorksheet('客户台账')!;
    expect(sheet.getCell('B4').value).toBe('C000003');
    expect([sheet.getCell('A5').value, sheet.getCell('B5').value, sheet.getCell('C5').value]).toEqual([4, null, null]);
    expect([sheet.getCell('A6').value, sheet.getCell('B6').value]).toEqual([5, null]);
  });

  test('dedupe and export pass over them too', async () => {
    await writeXlsx(join(dir, 'ledger2.xlsx'), LEDGER, { sheet: '客户台账' });
    const dedupe = await run(['dedupe', 'ledger2.xlsx', '--json', ...TODAY], dir);
    expect(JSON.parse(dedupe.stdout).clusters).toEqual([]);
    const exported = await run(['export', 'ledger2.xlsx', '--to', 'fxiaoke', '-o', 'fx.csv', ...TODAY], dir);
    expect(exported.code).toBe(0);
    const lines = readFileSync(join(dir, 'fx.csv'), 'utf8').trim().split(/\r?\n/);
    // The header and the three companies: no empty account for 序号 4 and 5.
    expect(lines).toHaveLength(4);
  });

  test('an English list’s No. column', async () => {
    await writeXlsx(
      join(dir, 'list.xlsx'),
      [
        ['No.', 'Name', 'Phone', 'Email'],
        [1, 'Mary Evans', '(415) 555-2671', 'mary@example.com'],
        [2, 'John Smith', '(212) 555-0100', 'john@example.com'],
        [3, null, null, null],
      ],
      { sheet: 'Customers' },
    );
    const check = JSON.parse((await run(['check', 'list.xlsx', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(check.rows).toBe(2);
    expect(check.issues.filter((i) => i.row === 4)).toEqual([]);
  });
});
