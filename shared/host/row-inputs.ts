/**
 * Whole rows as blocks of cell input, for the rows a plan inserts and the helper sheets it writes:
 * values with the plan's formulas over them, one rectangle per run of consecutive rows, as wide
 * as its widest row (the cells past a shorter row are blank, as inserted rows are); and a block
 * as the cells a host writes (its input, the date format a date needs, and the format it takes
 * where its row carries extras: shared/host/cell-extras-grid.ts).
 */
import type { Block } from '../plan/blocks';
import type { RowContent } from '../plan/plan';
import type { RowRun } from '../plan/plan-writer';
import type { CellValue } from '../sheet/cell-value';
import type { CellKind } from '../sheet/typed-input';
import type { CellExtras } from '../sheet/snapshot';
import { dateFormatFor, isDate } from './cell-input';
import { writtenFormat, type ExtrasRow } from './cell-extras-grid';

/** A cell to write: its value, or a formula that takes precedence (restored rows, helper sheets). */
export interface CellInput {
  value: CellValue;
  formula?: string | null;
  /** The cell's link, note and own format; present (null: none) only where its row carries extras. */
  extras?: CellExtras | null;
}

/** Rows written from (firstRow, column 1) as one block; null when there is nothing to write. */
export function rowsBlock(
  firstRow: number,
  rows: readonly (readonly CellValue[])[],
  formulas?: readonly (readonly (string | null)[] | undefined)[],
  extras?: readonly (ExtrasRow | null | undefined)[],
): Block<CellInput> | null {
  const width = rows.reduce((w, r, i) => Math.max(w, r.length, formulas?.[i]?.length ?? 0), 0);
  const more = (i: number, j: number) => (extras?.[i] ? { extras: extras[i]![j] ?? null } : {});
  if (width === 0) return null;
  return {
    row: firstRow,
    col: 1,
    cells: rows.map((r, i) =>
      Array.from({ length: width }, (_, j) => ({
        value: r[j] ?? null,
        formula: formulas?.[i]?.[j] ?? null,
        ...more(i, j),
      })),
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
      slice.map((r) => r.extras),
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
  /** The date format a date needs where the cell shows none (null: none). */
  format: string | null;
  /**
   * The number format to write: the cell's own, else `format` or a date's column format, else General
   * for a filled cell of a row with extras (null: leave).
   */
  numberFormat: string | null;
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
      const { value, formula, extras } = cell!;
      if (formula)
        return { input: formula, format: null, numberFormat: writtenFormat(extras, formula, null), formula: true };
      const kind = kindOf(block.col + j);
      const format = dateFormatFor(value, kind);
      // A date takes its column's date format too: the cell it goes into may show none (a blank one, say).
      const dated = format ?? (isDate(value) ? (kind.dateFormat ?? null) : null);
      return { input: input(value, kind), format, numberFormat: writtenFormat(extras, value, dated), formula: false };
    }),
  );
}
