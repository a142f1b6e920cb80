/** fast-check generators for sheets and valid plans over them (used by the plan and merge property tests). */
import fc from 'fast-check';
import type { CellValue } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import {
  applyPlan,
  snapshotOf,
  workbookFromSnapshot,
  type MemorySheet,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { withFormatsBefore } from '../../shared/plan/edit-formats';
import { DATE_FORMAT } from '../../shared/sheet/typed-input';
import { emptyPlan, type CellEdit, type Plan, type RowContent } from '../../shared/plan/plan';

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('张伟', '李娜', '13800138000', 'mary@example.com', ''),
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
);

export interface GeneratedSheet {
  workbook: MemoryWorkbook;
  width: number;
}

/** A one-sheet workbook "S": a header row, up to 7 data rows, some formula cells. */
export const sheetArb: fc.Arbitrary<GeneratedSheet> = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc
    .record({
      rows: fc.array(fc.array(cellValue, { minLength: width, maxLength: width }), { minLength: 0, maxLength: 7 }),
      formulaSeeds: fc.array(fc.nat(), { maxLength: 6 }),
    })
    .map(({ rows, formulaSeeds }) => {
      const header = Array.from({ length: width }, (_, i) => `H${i + 1}`);
      const values = [header, ...rows];
      const formulas = new Map<string, { row: number; col: number; formula: string }>();
      if (rows.length > 0) {
        for (const seed of formulaSeeds) {
          const row = 2 + (seed % rows.length);
          const col = 1 + (Math.floor(seed / 7) % width);
          formulas.set(cellAddress(row, col), { row, col, formula: `=A${row}&"${seed}"` });
        }
      }
      // A spreadsheet date is a number shown with a date format: every date cell shows one.
      const extras = values.flatMap((row, r) =>
        row.flatMap((v, c) => (v instanceof Date ? [{ row: r + 1, col: c + 1, format: DATE_FORMAT }] : [])),
      );
      return {
        workbook: workbookFromSnapshot({ name: 'S', values, formulas: [...formulas.values()], extras, meta: {} }),
        width,
      };
    }),
);

/** A row's extras giving each date a date format, when it holds one. */
function datesShown(values: readonly CellValue[]): Pick<RowContent, 'extras'> {
  return values.some((v) => v instanceof Date)
    ? { extras: values.map((v) => (v instanceof Date ? { format: DATE_FORMAT } : null)) }
    : {};
}

function formulasOfRow(sheet: MemorySheet, row: number, width: number): (string | null)[] | undefined {
  const formulas = Array.from({ length: width }, (_, i) => sheet.formulas[cellAddress(row, i + 1)] ?? null);
  return formulas.some((f) => f !== null) ? formulas : undefined;
}

/** A valid plan for the sheet: inserts, edits of non-formula cells (before = what is there), deletes with the rows' content. */
export function planArb({ workbook, width }: GeneratedSheet): fc.Arbitrary<Plan> {
  return fc
    .record({
      inserts: fc.array(
        fc.record({
          seed: fc.nat(),
          values: fc.array(cellValue, { minLength: width, maxLength: width }),
          formula: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      edits: fc.array(fc.record({ seed: fc.nat(), value: cellValue }), { maxLength: 6 }),
      deletes: fc.array(fc.nat(), { maxLength: 4 }),
    })
    .map(({ inserts, edits, deletes }) => {
      const start = workbook.sheets[0]!;
      const finalLength = start.values.length + inserts.length;
      const taken = new Set<number>();
      const insertRows: RowContent[] = [];
      for (const insert of inserts) {
        let row = 2 + (insert.seed % Math.max(1, finalLength - 1));
        while (taken.has(row)) row = row + 1 > finalLength ? 2 : row + 1;
        taken.add(row);
        insertRows.push({
          row,
          values: insert.values,
          ...datesShown(insert.values),
          ...(insert.formula ? { formulas: [`=ROW()*${row}`, ...new Array<null>(width - 1).fill(null)] } : {}),
        });
      }
      let middle = applyPlan(workbook, { ...emptyPlan('S'), insertRows }).sheets[0]!;
      const dataRows = middle.values.length - 1;
      const cellEdits: CellEdit[] = [];
      if (dataRows > 0) {
        for (const edit of edits) {
          const row = 2 + (edit.seed % dataRows);
          const col = 1 + (Math.floor(edit.seed / 11) % width);
          if (middle.formulas[cellAddress(row, col)] !== undefined) continue;
          // As operations record them: a date written where the cell shows none keeps the cell's format.
          const [one] = withFormatsBefore(
            [{ row, col, before: middle.values[row - 1]![col - 1] ?? null, after: edit.value }],
            snapshotOf({ sheets: [middle], meta: {} }, 'S'),
          ) as [CellEdit];
          cellEdits.push(one);
          middle = applyPlan({ sheets: [middle], meta: {} }, { ...emptyPlan('S'), edits: [one] }).sheets[0]!;
        }
      }
      const deleteRows: RowContent[] = [];
      const deleted = new Set<number>();
      if (dataRows > 0) {
        for (const seed of deletes) {
          const row = 2 + (seed % dataRows);
          if (deleted.has(row)) continue;
          deleted.add(row);
          const formulas = formulasOfRow(middle, row, width);
          const extras = Array.from({ length: width }, (_, i) => middle.extras?.[cellAddress(row, i + 1)] ?? null);
          deleteRows.push({
            row,
            values: [...middle.values[row - 1]!],
            ...(formulas ? { formulas } : {}),
            ...(extras.some((e) => e !== null) ? { extras } : {}),
          });
        }
      }
      return { ...emptyPlan('S'), insertRows, edits: cellEdits, deleteRows };
    });
}
