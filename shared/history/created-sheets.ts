/**
 * Whether a sheet an operation created still holds what it wrote, checked before undo deletes it so
 * that no one's later work goes with it: every cell it wrote and every cell past them (rows or columns
 * added since), values by meaning (same-meaning.ts; a date written there may read back as its serial
 * number, as files written before dates kept their format there hold it), formulas by their text.
 */
import { cellAddress } from '../sheet/a1';
import { cellText, isBlank } from '../sheet/cell-value';
import { cellAt, cellKey, columnCount, type SheetSnapshot } from '../sheet/snapshot';
import type { SheetRemoval } from '../plan/plan';
import { stillHoldsCreated } from './same-meaning';

/** Hosts spell a formula their own way: spaces, `$` and the case of names do not count. */
function sameFormula(a: string, b: string): boolean {
  const plain = (f: string) => f.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();
  return plain(a) === plain(b);
}

/** The first cell (by row, then column) that differs from what was written, as "B3: now", or null when none does. */
export function firstChangedCell(written: SheetRemoval, current: SheetSnapshot): string | null {
  const formulas = new Map((current.formulas ?? []).map((f) => [cellKey(f.row, f.col), f.formula]));
  const rows = Math.max(written.rows.length, current.values.length);
  const cols = Math.max(columnCount(written.rows), columnCount(current.values));
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= cols; col++) {
      const wrote = written.formulas?.[row - 1]?.[col - 1] ?? null;
      const now = formulas.get(cellKey(row, col)) ?? null;
      const value = cellAt(current, row, col);
      const same =
        wrote !== null || now !== null
          ? wrote !== null && now !== null && sameFormula(wrote, now)
          : stillHoldsCreated(value, written.rows[row - 1]?.[col - 1] ?? null) ||
            (isBlank(value) && isBlank(written.rows[row - 1]?.[col - 1] ?? null));
      if (!same) return `${cellAddress(row, col)}: ${now ?? cellText(value)}`;
    }
  }
  return null;
}
