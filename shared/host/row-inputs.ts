/**
 * Whole rows as blocks of cell input, for the rows a plan inserts and the helper sheets it writes:
 * values with the plan's formulas over them, one rectangle per run of consecutive rows, as wide
 * as its widest row (the cells past a shorter row are blank, as inserted rows are); and a block
 * as the cells a host writes (its input, and the date format a date needs).
 */
import type { Block } from '../plan/blocks';
import type { RowContent } from '../plan/plan';
import type { RowRun } from '../plan/plan-writer';
import type { CellValue } from '../sheet/cell-value';
import type { CellKind } from '../sheet/typed-input';
import { dateFormatFor } from './cell-input';

/** A cell to write: its value, or a formula that takes precedence (restored rows, helper sheets). */
export interface CellInput {
  value: CellValue;
  formula?: string | null;
}

/** Rows written from (firstRow, column 1) as one block; null when there is nothing to write. */
export function rowsBlock(
  firstRow: number,
  rows: readonly (readonly CellValue[])[],
  formulas?: readonly (readonly (string | null)[] | undefined)[],
): Block<CellInput> | null {
  const width = rows.reduce((w, r, i) => Math.max(w, r.length, formulas?.[i]?.length ?? 0), 0);
  if (width === 0) return null;
  return {
    row: firstRow,
    col: 1,
    cells: rows.map((r, i) =>
      Array.from({ length: width }, (_, j) => ({ value: r[j] ?? null, formula: formulas?.[i]?.[j] ?? null })),
    ),
  };
}

/** The inserted rows as one block per run of consecutive rows (a later insert of the same row wins). */
export function insertedBlocks(rows: readonly RowContent[], runs: readonly RowRun[]): Block<CellInput>[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  return runs.flatMap((run) => {
    const slice = Array.from({ length: run.count }, (_, i) => byRow.get(run.first + i)!);
    const block = rowsBlock(
      run.first,
      slice.map((r) => r.values),
      slice.map((r) => r.formulas),
    );
    return block ? [block] : [];
  });
}

/** How wide the inserted rows are: the columns whose row-2 formats they take. */
export function insertedWidth(rows: readonly RowContent[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.values.length, row.formulas?.length ?? 0);
  return width;
}

/** A cell as a host writes it: its input (a formula as it is) and the date format it needs (null: none). */
export interface HostCell<I> {
  input: I | string;
  format: string | null;
  formula: boolean;
}

/** A block as a host writes it; `input` words a value for a cell of its kind (cell-input.ts). */
export function hostCells<I>(
  block: Block<CellInput>,
  kindOf: (col: number) => CellKind,
  input: (value: CellValue, kind: CellKind) => I,
): HostCell<I>[][] {
  return block.cells.map((row) =>
    row.map((cell, j) => {
      if (cell!.formula) return { input: cell!.formula, format: null, formula: true };
      const kind = kindOf(block.col + j);
      return { input: input(cell!.value, kind), format: dateFormatFor(cell!.value, kind), formula: false };
    }),
  );
}
