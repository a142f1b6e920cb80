import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSnapshot, readWorkbookFile } from '../../cli/io/read-workbook';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { listBackups } from '../../shared/history/backup';
import { planRestore } from '../../shared/history/restore-backup';
import { sameMeaning } from '../../shared/history/same-meaning';
import type { CellValue } from '../../shared/sheet/cell-value';
import { formatCleanSummary } from '../../cli/commands/clean-command';
import { run, tempDir } from './run';
import { MESSY_ROWS, readXlsx, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

/** A Western team's list with one customer typed twice. */
const ENGLISH_ROWS: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Email', 'Company'],
  ['Mary', 'Smith', '(415) 555-0100', 'Mary.Smith@Example.com ', 'Acme Inc.'],
  ['John', 'Brown', '415 555 0199', 'jb@example.org', 'Globex'],
  ['Mary', 'Smith', '415-555-0100', 'mary.smith@example.com', 'ACME'],
];

function expectSameMeaning(actual: readonly CellValue[][], expected: readonly CellValue[][]): void {
  expected.forEach((row, r) =>
    row.forEach((value, c) =>
      expect([r + 1, c + 1, sameMeaning(actual[r]?.[c] ?? null, value)]).toEqual([r + 1, c + 1, true]),
    ),
  );
}

describe('backup sheet in files', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, '客户.xlsx'), MESSY_ROWS, {
      formula: { address: 'I3', formula: 'UPPER("x-2")', result: 0 },
    });
    await writeXlsx(join(dir, 'customers.xlsx'), ENGLISH_ROWS, { sheet: 'Customers' });
  });

  test('keeps the sheet as typed in a hidden backup when a Chinese workbook is cleaned', async () => {
    const result = await run(['clean', '客户.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const workbook = await readXlsx(join(dir, 'clean.xlsx'));
    const backup = workbook.getWorksheet('_custodian_backup_1')!;
    expect(backup.state).toBe('hidden');
    expect(backup.getCell('D2').value).toBe('+86 138 0013 8000');
    expect(backup.getCell('B2').value).toBe('张 伟');
    expect(backup.getCell('I3').formula).toBe('UPPER("x-2")');
    expect(workbook.getWorksheet('客户')!.getCell('D2').value).toBe('13800138000');

    // check on the cleaned workbook still governs 客户, never the backup.
    const check = await run(['check', 'clean.xlsx', ...TODAY], dir);
    expect(check.stdout).not.toMatch(/_custodian_backup/);
  });

  test('lists the backup and says the input is left as it was when history is asked', async () => {
    const history = await run(['history', 'clean.xlsx'], dir);
    // Clean backs up the sheet as set up left it: the 9 columns typed and the template's added ones.
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(
      /_custodian_backup_1 {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}客户，清理（操作 2）之前：4 行 × 30 列/,
    );
    expect(history.stdout).toMatch(/每个命令都不改动输入文件：输入文件就是该命令所做改动的备份/);
  });

  test('brings the cleaned sheet back to the backup when restored through the file host', async () => {
    const loaded = await readWorkbookFile(join(dir, 'clean.xlsx'), { sheet: '客户' });
    const [info] = listBackups(loaded.snapshot.meta ?? {});
    expect(info).toMatchObject({ sheet: '客户', rows: 4, before: 'clean' });
    const backup = await readWorkbookFile(join(dir, 'clean.xlsx'), { sheet: info!.name });
    const { plan, cells } = planRestore(backup.snapshot, info!, loaded.snapshot, { at: new Date(), locale: 'zh-CN' });
    expect(cells).toBeGreaterThan(5);
    applyPlanToWorkbook(loaded, plan);
    const restored = readSnapshot(loaded);
    // The sheet as clean found it (after set up, which is its own operation): phones as typed again.
    expectSameMeaning(restored.values, backup.snapshot.values);
    expect(restored.formulas).toEqual(backup.snapshot.formulas);
    const sheet = loaded.workbook.getWorksheet('客户')!;
    expect(sheet.getCell('D2').value).toBe('+86 138 0013 8000');
    expect(sheet.getCell('B2').value).toBe('张 伟');
    expect(sheet.getCell('I3').formula).toBe('UPPER("x-2")');
  });

  test('keeps the rows merged away in the backup when an English workbook is merged', async () => {
    const result = await run(['merge', 'customers.xlsx', '-o', 'merged.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const merged = await readWorkbookFile(join(dir, 'merged.xlsx'), { sheet: 'Customers' });
    expect(merged.snapshot.values.length).toBe(3);
    const [info] = listBackups(merged.snapshot.meta ?? {});
    expect(info).toMatchObject({ sheet: 'Customers', rows: 4, columns: 5, before: 'merge' });
    const backup = await readWorkbookFile(join(dir, 'merged.xlsx'), { sheet: info!.name });
    expectSameMeaning(backup.snapshot.values, ENGLISH_ROWS);
  });

  test('keeps fills, number formats, notes, links, widths and validations when a formatted English workbook is cleaned', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    for (const row of ENGLISH_ROWS) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    // A data cell's fill: setup (which clean runs first) paints the required headers its own colour.
    sheet.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    sheet.getColumn(4).width = 32;
    sheet.getCell('C2').numFmt = '@';
    sheet.getCell('B2').note = 'Key account since 2019';
    sheet.getCell('E2').value = { text: 'Acme Inc.', hyperlink: 'https://acme.example.com' };
    sheet.getCell('E3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Acme Inc.,Globex"'] };
    await workbook.xlsx.writeFile(join(dir, 'formatted.xlsx'));

    const result = await run(['clean', 'formatted.xlsx', '-o', 'formatted-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const backup = (await readXlsx(join(dir, 'formatted-clean.xlsx'))).getWorksheet('_custodian_backup_1')!;
    expect(backup.state).toBe('hidden');
    expect(backup.getCell('D2').value).toBe('Mary.Smith@Example.com ');
    expect(backup.getCell('A1').font?.bold).toBe(true);
    expect(backup.getCell('B3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(backup.getColumn(4).width).toBe(32);
    expect(backup.getCell('C2').numFmt).toBe('@');
    expect(JSON.stringify(backup.getCell('B2').note)).toContain('Key account since 2019');
    expect(backup.getCell('E2').value).toEqual({ text: 'Acme Inc.', hyperlink: 'https://acme.example.com' });
    expect(backup.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Acme Inc.,Globex"'] });
  });

  test('says no backup was kept, and why, when the cleaned sheet is over the size limit', () => {
    const report = {
      locale: 'en-US' as const,
      columnsAdded: [],
      headersRenamed: 0,
      dropdowns: 9,
      summary: {
        changes: 1200,
        byReason: { 'phone.nonCanonical': 1200 },
        unfixable: 0,
        rows: 80_000,
        renumbered: [],
        backup: { written: false as const, why: 'tooLarge' as const, cells: 1_200_015, limit: 1_000_000 },
      },
    };
    expect(formatCleanSummary('customers.xlsx', 'clean.xlsx', report)).toMatch(
      /No backup sheet kept: the sheet has 1,200,015 cells, over the 1,000,000 a backup takes \(undo still works/,
    );
    expect(formatCleanSummary('客户.xlsx', 'clean.xlsx', { ...report, locale: 'zh-CN' })).toContain(
      '  未保留备份工作表：该表有 1,200,015 个单元格，超过备份上限 1,000,000 个（仍可撤销，输入文件也未改动）。\n',
    );
  });
});
