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
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan } from '../../shared/plan/plan';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import { run, tempDir } from '../cli/run';
import { caseSnapshot, NOW, SETUP_CASES, TEAM_RULES } from './setup-undo-fixtures';
import { planSchema } from '../../shared/plan/plan';

const cases = SETUP_CASES;

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
    async (setupCase) => {
      const { sheet, rows, formats, locale } = setupCase;
      const snapshot = caseSnapshot(setupCase);
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
      // The analysis sheet stays: whichever set up finds it missing writes it, so no one set up owns it.
      const insights = INSIGHTS_LABELS[locale].sheetName;
      expect(findSheet(target.workbook(), insights)).toBeDefined();
      expect(readEntries(target.workbook().meta).entries.at(-1)!.sheets).toBeUndefined();
    },
  );
});

describe("undo of set up and the sheet's own rules at entry", () => {
  test.each(cases)(
    'gives back the dropdown, date and whole-number rules set up replaced, after a reload ($locale)',
    async (setupCase) => {
      const { sheet, locale } = setupCase;
      const snapshot = { ...caseSnapshot(setupCase), rules: TEAM_RULES[locale] };
      const start = workbookFromSnapshot(snapshot);
      expect(snapshotOf(start, sheet).rules).toEqual(TEAM_RULES[locale]);
      const { plan } = planSetup(snapshotOf(start, sheet), { now: NOW, locale });
      // Each team rule rides on the rule of set up's that replaces it.
      for (const rule of TEAM_RULES[locale]) {
        const custodian = plan.validations.find((v) => v.col === rule.col);
        expect(custodian && 'replaced' in custodian ? custodian.replaced : undefined).toEqual([rule]);
      }
      const target = memoryTarget(applyPlan(start, plan));
      const governed = snapshotOf(target.workbook(), sheet).rules ?? [];
      for (const rule of TEAM_RULES[locale]) expect(governed).not.toContainEqual(rule);

      const { entries } = readEntries(target.workbook().meta);
      const result = await undoOperation(target, entries[0]!.id, NOW, locale);
      expect(result).toMatchObject({ ok: true, notKept: [] });
      const back = [...(snapshotOf(target.workbook(), sheet).rules ?? [])].sort((a, b) => a.col - b.col);
      expect(back).toEqual(TEAM_RULES[locale]);
    },
  );

  test.each([
    ['zh-CN', '客户', /“客户”E 列第 2–100 行原有的数据验证（复选框）无法读取/],
    ['en-US', 'Customers', /column D of "Customers" had on rows 2–100 \(checkbox\) could not be read/],
  ] as const)(
    'says which rule it could not give back when a host could not read it (%s)',
    async (locale, sheet, said) => {
      const setupCase = SETUP_CASES.find((c) => c.locale === locale)!;
      const col = locale === 'zh-CN' ? 5 : 4;
      const unread = { col, firstRow: 2, lastRow: 100, unread: locale === 'zh-CN' ? '复选框' : 'checkbox' };
      const snapshot = { ...caseSnapshot(setupCase), rules: [unread] };
      const { plan } = planSetup(snapshot, { now: NOW, locale });
      const target = memoryTarget(applyPlan(workbookFromSnapshot(snapshot), plan));
      const { entries } = readEntries(target.workbook().meta);
      const result = await undoOperation(target, entries[0]!.id, NOW, locale);
      if (!result.ok) throw new Error(result.refusal.message);
      expect(result.notKept).toHaveLength(1);
      expect(result.notKept[0]).toMatch(said);
      expect(result.notKept[0]).toContain(sheet);
    },
  );

  test('reads plans saved before own rules, and plans that carry them', () => {
    const old = { col: 5, firstRow: 2, lastRow: 9, kind: 'list', source: { kind: 'inline', values: ['是', '否'] } };
    const list = { ...old, allowBlank: true, strict: true };
    expect(planSchema.parse({ sheet: 'S', validations: [list] }).validations).toEqual([list]);
    const own = { ...TEAM_RULES['zh-CN'][2]!, kind: 'own' };
    const withReplaced = {
      ...list,
      replaced: [TEAM_RULES['zh-CN'][0], { col: 5, firstRow: 2, lastRow: 3, unread: 'x' }],
    };
    expect(planSchema.parse({ sheet: 'S', validations: [withReplaced, own] }).validations).toEqual([withReplaced, own]);
    expect(() => planSchema.parse({ sheet: 'S', validations: [{ ...own, type: 'checkbox' }] })).toThrow();
  });
});

describe('set up number formats', () => {
  test.each(cases)(
    'leaves the date column as set up formatted it when undone, where its dates were formatted cell by cell ($locale)',
    (setupCase) => {
      // Row 2's date is missing, so the column format the snapshot reads (row 2's) is not a date's.
      const rows = setupCase.rows.map((row, r) => row.map((v) => (r === 1 && v instanceof Date ? null : v)));
      const dateCol = setupCase.rows[1]!.findIndex((v) => v instanceof Date) + 1;
      const snapshot = { ...caseSnapshot(setupCase), values: rows, columnFormats: rows[0]!.map(() => null) };
      const { plan } = planSetup(snapshot, { now: NOW, locale: setupCase.locale });
      const dateFormat = plan.numberFormats.find((f) => f.col === dateCol)!;
      expect(dateFormat).toMatchObject({ format: 'yyyy-mm-dd' });
      expect(dateFormat).not.toHaveProperty('previous');
      // Restoring General would show the dates as serial numbers: undo leaves this format alone.
      const undone = applyPlan(applyPlan(workbookFromSnapshot(snapshot), plan), invertPlan(plan));
      expect(snapshotOf(undone, setupCase.sheet).columnFormats?.[dateCol - 1]).toBe('yyyy-mm-dd');
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

describe('undo of set up on a sheet the team had frozen and filtered', () => {
  test.each(cases)(
    'freezes their rows and puts their filter back instead of clearing both ($locale)',
    async (setupCase) => {
      const { sheet, rows, locale } = setupCase;
      const filter = { firstRow: 1, firstCol: 1, lastRow: rows.length, lastCol: 2 };
      const snapshot = { ...caseSnapshot(setupCase), view: { freezeRows: 2, filter } };
      const setup = planSetup(snapshot, { now: NOW, locale });
      expect(setup.plan).toMatchObject({ freezeRows: 1, freezeRowsBefore: 2, filterBefore: filter });
      const target = memoryTarget(applyPlan(workbookFromSnapshot(snapshot), setup.plan));
      expect(findSheet(target.workbook(), sheet)).toMatchObject({ freezeRows: 1 });
      expect(findSheet(target.workbook(), sheet)!.filter).not.toEqual(filter);

      const { entries } = readEntries(target.workbook().meta);
      expect((await undoOperation(target, entries[0]!.id, NOW, locale)).ok).toBe(true);
      expect(findSheet(target.workbook(), sheet)).toMatchObject({ freezeRows: 2, filter });
      expect(snapshotOf(target.workbook(), sheet).view).toEqual({ freezeRows: 2, filter });
    },
  );

  test('leaves the freeze alone when the sheet already had its header frozen, and undo of the undo sets the filter again', () => {
    const filter = { firstRow: 1, firstCol: 1, lastRow: 9, lastCol: 6 };
    const plan = { freezeRows: 1, freezeRowsBefore: 1, filter: { ...filter, lastCol: 20 }, filterBefore: filter };
    const inverse = invertPlan({ ...emptyPlan('客户'), ...plan });
    expect(inverse.freezeRows).toBeUndefined();
    expect(inverse).toMatchObject({ filter, filterBefore: plan.filter });
    expect(invertPlan(inverse)).toMatchObject({ filter: plan.filter, filterBefore: filter });
  });
});

describe('set up and its undo on a sheet with its first column frozen (客户名称 / Company)', () => {
  test.each(cases.flatMap((c) => [0, 2].map((rows) => [c.locale, rows, c] as const)))(
    'keeps the column frozen with the header, and undo freezes their rows again (%s, %i rows frozen)',
    async (_locale, rows, setupCase) => {
      const { sheet, locale } = setupCase;
      const snapshot = { ...caseSnapshot(setupCase), view: { freezeRows: rows, freezeColumns: 1, filter: null } };
      const setup = planSetup(snapshot, { now: NOW, locale });
      expect(setup.plan).toMatchObject({ freezeRows: 1, freezeRowsBefore: rows, freezeColumns: 1 });
      const target = memoryTarget(applyPlan(workbookFromSnapshot(snapshot), setup.plan));
      expect(findSheet(target.workbook(), sheet)).toMatchObject({ freezeRows: 1, freezeColumns: 1 });

      const { entries } = readEntries(target.workbook().meta);
      expect((await undoOperation(target, entries[0]!.id, NOW, locale)).ok).toBe(true);
      expect(snapshotOf(target.workbook(), sheet).view).toEqual(snapshot.view);
    },
  );

  test('the inverse of a freeze keeps the columns frozen whether or not the rows before were read', () => {
    const inverse = (more: object) => invertPlan({ ...emptyPlan('客户'), freezeRows: 1, freezeColumns: 1, ...more });
    expect(inverse({ freezeRowsBefore: 0 })).toMatchObject({ freezeRows: 0, freezeRowsBefore: 1, freezeColumns: 1 });
    expect(inverse({})).toMatchObject({ freezeRows: 0, freezeColumns: 1 });
    expect(inverse({ freezeRowsBefore: 1 }).freezeRows).toBeUndefined();
  });
});
