import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { planSetup } from '../../shared/operations/setup';
import { undoOperation, type UndoTarget } from '../../shared/history/undo-operation';
import { readEntries } from '../../shared/history/operation-entry';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { run, tempDir } from '../cli/run';

const NOW = new Date('2024-06-30T09:00:00Z');

/** A Chinese team's list: dates in a yyyy/m/d column, spend with one decimal, a code column of their own. */
const CHINESE: CellValue[][] = [
  ['客户编号', '姓名', '手机号', '邮箱', '客户等级', '最近联系时间', '累计消费', '内部代码'],
  ['C000001', '张伟', '13800138000', 'zhangwei@163.com', 'VIP', new Date('2024-06-01T00:00:00Z'), 1234.5, 'x-1'],
  ['C000002', '李娜', '13900139000', 'lina@qq.com', 'A级', new Date('2024-06-05T00:00:00Z'), 1200, 'x-2'],
];
const CHINESE_FORMATS = [null, null, null, null, null, 'yyyy/m/d', '0.0', null];

/** A Western team's list: names split, a US date format, spend as currency with no cents. */
const ENGLISH: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Email', 'Last Contact', 'Total Spend'],
  ['Mary', 'Smith', '(415) 555-0100', 'mary.smith@example.com', new Date('2024-01-15T00:00:00Z'), 1200],
  ['John', 'Brown', '415 555 0199', 'jb@example.org', new Date('2024-02-01T00:00:00Z'), 99],
];
const ENGLISH_FORMATS = [null, null, null, null, 'm/d/yyyy', '$#,##0'];

const cases = [
  { locale: 'zh-CN' as const, sheet: '客户', rows: CHINESE, formats: CHINESE_FORMATS },
  { locale: 'en-US' as const, sheet: 'Customers', rows: ENGLISH, formats: ENGLISH_FORMATS },
];

function memoryTarget(start: MemoryWorkbook): UndoTarget & { workbook: () => MemoryWorkbook } {
  let workbook = start;
  return {
    workbook: () => workbook,
    meta: () => ({ ...workbook.meta }),
    read: (sheet) => (findSheet(workbook, sheet) ? snapshotOf(workbook, sheet) : undefined),
    apply: (plan) => void (workbook = applyPlan(workbook, plan)),
  };
}

describe('undo of set up', () => {
  test.each(cases)(
    'gives back the column formats and takes away rules, marks, freeze and filter when set up is undone after a reload ($locale)',
    async ({ sheet, rows, formats, locale }) => {
      const snapshot: SheetSnapshot = { name: sheet, values: rows, columnFormats: formats, meta: {} };
      const setup = planSetup(snapshot, { now: NOW, locale });
      const target = memoryTarget(applyPlan(workbookFromSnapshot(snapshot), setup.plan));
      const governed = findSheet(target.workbook(), sheet)!;
      expect(governed.validations.length).toBeGreaterThan(0);
      expect(governed.required.length).toBeGreaterThan(0);
      expect(governed.freezeRows).toBe(1);
      expect(governed.filter).toBeDefined();

      // A reload keeps only what the workbook stores: the meta and the sheet.
      const { entries } = readEntries(target.workbook().meta);
      expect(entries.map((e) => e.kind)).toEqual(['setup']);
      const result = await undoOperation(target, entries[0]!.id, NOW, locale);
      expect(result.ok).toBe(true);

      const after = findSheet(target.workbook(), sheet)!;
      expect(snapshotOf(target.workbook(), sheet).columnFormats?.slice(0, formats.length) ?? []).toEqual(
        formats.some((f) => f !== null) ? formats : [],
      );
      expect(after.validations).toEqual([]);
      expect(after.required).toEqual([]);
      expect(after.freezeRows).toBe(0);
      expect(after.filter).toBeUndefined();
      expect(after.values.map((row) => row.slice(0, rows[0]!.length))).toEqual(rows);
    },
  );
});

/** A sheet's formatting over its first `width` columns, as exceljs reads it back from a file. */
async function formattingOf(path: string, sheet: string, width: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet(sheet)!;
  const cells: { value: unknown; numFmt: string | null }[][] = [];
  ws.eachRow((row, r) => {
    cells[r - 1] = Array.from({ length: width }, (_, c) => {
      const cell = row.getCell(c + 1);
      return { value: cell.value ?? null, numFmt: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null };
    });
  });
  const header = Array.from({ length: width }, (_, c) => ws.getRow(1).getCell(c + 1));
  const model = ws.model as { dataValidations?: Record<string, unknown>; conditionalFormattings?: unknown[] };
  return {
    cells,
    headerFills: header.map(
      (cell) => (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null,
    ),
    notes: header.map((cell) => cell.note ?? null),
    validations: Object.keys(model.dataValidations ?? {}).length,
    conditionalFormats: (model.conditionalFormattings ?? []).length,
    frozen: (ws.views ?? []).some((view) => view.state === 'frozen'),
    filter: ws.autoFilter ?? null,
  };
}

describe('custodian undo of set up', () => {
  const dir = tempDir();

  test.each(cases)(
    'leaves the sheet as it was before Custodian touched it when --all undoes clean and set up ($locale)',
    async ({ sheet, rows, formats }) => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet(sheet);
      for (const row of rows) ws.addRow(row);
      formats.forEach((format, c) => {
        for (let r = 2; r <= rows.length; r++) if (format) ws.getRow(r).getCell(c + 1).numFmt = format;
      });
      const input = join(dir, `${sheet}.xlsx`);
      await workbook.xlsx.writeFile(input);

      const cleaned = await run(['clean', input, '-o', `${sheet}-clean.xlsx`, '--today', '2024-06-30'], dir);
      expect(cleaned.code).toBe(0);
      const governed = await formattingOf(join(dir, `${sheet}-clean.xlsx`), sheet, rows[0]!.length);
      expect(governed.validations).toBeGreaterThan(0);
      expect(governed.frozen).toBe(true);

      const undone = await run(['undo', `${sheet}-clean.xlsx`, '-o', `${sheet}-undone.xlsx`, '--all'], dir);
      expect(undone.stderr).toBe('');
      expect(undone.code).toBe(0);
      const before = await formattingOf(input, sheet, rows[0]!.length);
      const after = await formattingOf(join(dir, `${sheet}-undone.xlsx`), sheet, rows[0]!.length);
      expect(after.cells.map((row) => row.map((c) => c.numFmt))).toEqual(
        before.cells.map((row) => row.map((c) => c.numFmt)),
      );
      expect(after).toMatchObject({
        headerFills: before.headerFills,
        notes: before.notes,
        validations: 0,
        conditionalFormats: 0,
        frozen: false,
        filter: null,
      });
    },
  );
});
