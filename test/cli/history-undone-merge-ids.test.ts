import { join } from 'node:path';
import type { HistoryJsonEntry } from '../../cli/commands/history-command';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-05'];

const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱'],
  ['C000001', '张伟', '13800138000', 'zhangwei@xingchen.com'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn'],
  ['C000003', '张伟', '+86 138 0013 8000', ''],
  ['C000004', '王芳', '13700137000', 'wangfang@xihutea.cn'],
  ['C000005', '李娜', '139-1234-5678', 'lina@haijing.cn'],
];

const EN: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email'],
  ['C000001', 'John Smith', '(415) 555-0134', 'john.smith@example.com'],
  ['C000002', 'Mary Jones', '212-555-0199', 'mary@example.com'],
  ['C000003', 'John Smith', '415.555.0134', ''],
  ['C000004', 'Ann Lee', '646-555-0101', 'ann@example.com'],
  ['C000005', 'Mary Jones', '(212) 555-0199', 'mary@example.com'],
];

async function operations(file: string, dir: string): Promise<HistoryJsonEntry[]> {
  const result = await run(['history', file, '--json'], dir);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { operations: HistoryJsonEntry[] }).operations;
}

describe('custodian history of an undone merge run', () => {
  const dir = tempDir();

  test.each([
    ['zh-CN', 'zh.xlsx', ZH, '客户', /已被操作 \d+ 撤销/],
    ['en-US', 'en.xlsx', EN, 'Customers', /undone by \d+/],
  ])('still lists its merge ids, marked undone, when a %s list is undone', async (_locale, file, rows, sheet, said) => {
    await writeXlsx(join(dir, file), rows, { sheet });
    const merged = `merged-${file}`;
    const undone = `undone-${file}`;
    expect((await run(['merge', file, '-o', merged, ...TODAY], dir)).code).toBe(0);

    const before = (await operations(merged, dir)).find((o) => o.operation === 'merge')!;
    expect(before.mergeIds).toEqual(['M-20240605-1', 'M-20240605-2']);
    expect(before).toMatchObject({ undoable: true, undoneBy: null, blocked: null });

    expect((await run(['undo', merged, '-o', undone, '--last'], dir)).code).toBe(0);
    const after = await operations(undone, dir);
    const merge = after.find((o) => o.id === before.id)!;
    const undo = after.find((o) => o.operation === 'undo')!;
    expect(Object.keys(merge)).toEqual(Object.keys(before));
    expect(merge).toMatchObject({
      operation: 'merge',
      mergeIds: ['M-20240605-1', 'M-20240605-2'],
      undoable: false,
      undoneBy: undo.id,
      blocked: { reason: 'undone' },
    });
    // The undo itself is no merge run.
    expect(undo).toMatchObject({ undoes: before.id, mergeIds: [] });

    const text = await run(['history', undone], dir);
    const line = text.stdout.split('\n').find((l) => l.includes('M-20240605-1'));
    expect(line).toMatch(said);
    expect(line).toContain('M-20240605-2');
  });
});
