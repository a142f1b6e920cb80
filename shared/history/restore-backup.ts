/**
 * planRestore: the plan that makes the customer sheet equal to one of its backups (backup.ts) —
 * edits for changed cells, rows inserted or removed at the end for a different row count, and a row
 * whose formulas differ replaced whole (formulas are never edited). Recorded in history like any
 * operation, so a restore is itself undoable.
 */
import type { Locale } from '../i18n/locale';
import { emptyPlan, type Plan, type RowContent } from '../plan/plan';
import { sameCell, type CellValue } from '../sheet/cell-value';
import type { FormulaCell, SheetSnapshot } from '../sheet/snapshot';
import { remapFormulaRows } from '../sheet/formula-rows';
import type { BackupInfo } from './backup';
import { recordOperation } from './record-operation';

export const RESTORE_REASON = 'backup.restore';

export interface RestoreResult {
  plan: Plan;
  /** Cells edited and rows added, removed or replaced, for the confirmation and the summary. */
  cells: number;
  rowsAdded: number;
  rowsRemoved: number;
}

function formulasByRow(formulas: readonly FormulaCell[] | undefined): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  for (const { row, col, formula } of formulas ?? []) {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, formula);
  }
  return rows;
}

function sameFormulas(a: Map<number, string> | undefined, b: Map<number, string> | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  for (const [col, formula] of a ?? []) if (b?.get(col) !== formula) return false;
  return true;
}

function rowContent(row: number, values: readonly CellValue[], formulas: Map<number, string> | undefined): RowContent {
  if (!formulas || formulas.size === 0) return { row, values: [...values] };
  const width = Math.max(values.length, ...formulas.keys());
  const cells: (string | null)[] = new Array<string | null>(width).fill(null);
  for (const [col, formula] of formulas) cells[col - 1] = formula;
  return { row, values: [...values], formulas: cells };
}

/**
 * The restore of `backup` (the backup sheet as read) over `current` (the customer sheet now).
 * Rows are walked once; the plan's middle state (after inserts, before deletes) holds a replaced
 * row's backup just above its current version, which is then deleted.
 */
export function planRestore(
  backup: SheetSnapshot,
  info: BackupInfo,
  current: SheetSnapshot,
  options: { at: Date; locale: Locale },
): RestoreResult {
  const plan = emptyPlan(current.name);
  // A sheet read back drops trailing blank rows; the backup's size is the one recorded.
  const target = (row: number): readonly CellValue[] => backup.values[row - 1] ?? [];
  const targetFormulas = formulasByRow(backup.formulas);
  const currentFormulas = formulasByRow(current.formulas);
  const targetRows = Math.max(info.rows, backup.values.length);
  const currentRows = current.values.length;
  let middle = 0;
  const middleOf: number[] = [];
  for (let row = 1; row <= Math.max(targetRows, currentRows); row++) {
    const want = targetFormulas.get(row);
    const have = currentFormulas.get(row);
    if (row > currentRows) {
      plan.insertRows.push(rowContent((middleOf[row] = ++middle), target(row), want));
      continue;
    }
    const values = current.values[row - 1] ?? [];
    if (row > targetRows) {
      plan.deleteRows.push(rowContent(++middle, values, have));
      continue;
    }
    if (!sameFormulas(want, have)) {
      plan.insertRows.push(rowContent((middleOf[row] = ++middle), target(row), want));
      plan.deleteRows.push(rowContent(++middle, values, have));
      continue;
    }
    middleOf[row] = ++middle;
    const wanted = target(row);
    for (let col = 1; col <= Math.max(values.length, wanted.length); col++) {
      if (have?.has(col)) continue;
      const before = values[col - 1] ?? null;
      const after = wanted[col - 1] ?? null;
      if (!sameCell(before, after)) plan.edits.push({ row: middle, col, before, after, reason: RESTORE_REASON });
    }
  }
  // Inserted formulas are written before the deletes, which then move their references: write them
  // in the middle state's rows (row `r` of the backup sits at `middleOf[r]` there).
  if (plan.deleteRows.length > 0) {
    const shift = middle - targetRows;
    const remap = { sheet: current.name, map: (row: number) => middleOf[row] ?? row + shift };
    for (const inserted of plan.insertRows)
      if (inserted.formulas)
        inserted.formulas = inserted.formulas.map((f) => (f === null ? f : remapFormulaRows(f, current.name, remap)));
  }
  const recorded = recordOperation(plan, current.meta ?? {}, {
    kind: 'restore',
    at: options.at,
    locale: options.locale,
  });
  return {
    plan: recorded,
    cells: plan.edits.length,
    rowsAdded: plan.insertRows.length,
    rowsRemoved: plan.deleteRows.length,
  };
}
