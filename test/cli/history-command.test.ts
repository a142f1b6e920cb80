import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { HistoryJsonEntry } from '../../cli/commands/history-command';
import { run, tempDir } from './run';
import { MESSY_ROWS, writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

async function historyJson(file: string, dir: string): Promise<HistoryJsonEntry[]> {
  const result = await run(['history', file, '--json'], dir);
  expect(result.code).toBe(0);
  const parsed = JSON.parse(result.stdout) as { version: number; operations: HistoryJsonEntry[] };
  expect(parsed.version).toBe(1);
  return parsed.operations;
}

describe('custodian history', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'customers.xlsx'), MESSY_ROWS);
    await run(['clean', 'customers.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
  });

  test('lists set up and clean newest first, with counts, reasons and which can be undone', async () => {
    const operations = await historyJson('clean.xlsx', dir);
    expect(operations.map((o) => [o.id, o.operation, o.sheet, o.undoable])).toEqual([
      ['2', 'clean', '客户', true],
      ['1', 'setup', '客户', false],
    ]);
    const [clean, setup] = operations;
    expect(clean!.cells).toBeGreaterThan(5);
    expect(clean!.reasons['phone.nonCanonical']).toBeGreaterThan(0);
    expect(clean!.blocked).toBeNull();
    expect(setup!.reasons['setup.header']).toBeGreaterThan(0);
    expect(setup!.blocked).toMatchObject({ reason: 'laterOperations', operations: ['2'] });
    expect(Number.isNaN(Date.parse(clean!.at))).toBe(false);

    const text = await run(['history', 'clean.xlsx'], dir);
    expect(text.stdout).toMatch(/2 项操作，最新的在前/);
    expect(text.stdout).toMatch(/ 2 .* UTC {2}清理，工作表“客户”：\d+ 个单元格 {2}— 可以撤销/);
    expect(text.stdout).toMatch(
      / 1 .* UTC {2}设置工作表，工作表“客户”：\d+ 个单元格 {2}— 无法撤销：请先撤销之后的操作：2/,
    );
  });

  test('says which cells someone changed since, and records the undo once it is done', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'clean.xlsx'));
    workbook.getWorksheet('客户')!.getCell('E2').value = 'new.address@example.com';
    await workbook.xlsx.writeFile(join(dir, 'edited.xlsx'));
    const [clean] = await historyJson('edited.xlsx', dir);
    expect(clean).toMatchObject({
      undoable: false,
      blocked: { reason: 'cellsChanged', cells: ['E2: new.address@example.com'] },
    });

    await run(['undo', 'clean.xlsx', '-o', 'undone.xlsx'], dir);
    const after = await historyJson('undone.xlsx', dir);
    expect(after.map((o) => [o.id, o.operation, o.undoable, o.undoes, o.undoneBy])).toEqual([
      ['3', 'undo', false, '2', null],
      ['2', 'clean', false, null, '3'],
      ['1', 'setup', true, null, null],
    ]);
  });

  test("writes every operation in the log sheet, in the sheet's language", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'undone.xlsx'));
    const log = workbook.getWorksheet('操作日志')!;
    const rows = [2, 3, 4].map((r) => (log.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1', '设置工作表', '客户'],
      ['2', '清理', '客户'],
      ['3', '撤销', '客户'],
    ]);
    expect(String(rows[1]![6])).toMatch(/^\d+ 个单元格$/);
    expect(String(rows[1]![8])).toMatch(/电话号码统一 \d+/);
    expect(String(rows[2]![8])).toMatch(/^清理（操作 2）/);
  });

  test('says a CSV keeps no history, and lists nothing', async () => {
    writeUtf8Csv(join(dir, 'list.csv'), MESSY_ROWS);
    const text = await run(['history', 'list.csv'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/list\.csv 是 CSV 文件，不保存 Custodian 操作记录/);
    expect(await historyJson('list.csv', dir)).toEqual([]);
  });
});
