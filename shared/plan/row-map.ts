/**
 * Row arithmetic of a plan, written once for every host. A plan inserts rows at their final
 * positions, numbers edits after the inserts, and deletes rows numbered before any of them goes
 * (plan.ts); these maps turn one numbering into another with a binary search per row.
 */
import type { RowMap } from '../sheet/formula-rows';

/** How many of the ascending `sorted` numbers are at most `n`. */
export function countUpTo(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where an existing row ends up once rows are inserted at these final positions (ascending, distinct). */
export function insertionMap(positions: readonly number[]): RowMap {
  // The k-th inserted position p pushes down every old row r with r + k >= p, i.e. r >= p - k.
  const thresholds = positions.map((p, k) => p - k);
  return (row) => row + countUpTo(thresholds, row);
}

/** Where a row ends up once these rows (ascending, numbered before any is deleted) are gone; null for a deleted row. */
export function deletionMap(rows: readonly number[]): RowMap {
  const deleted = new Set(rows);
  return (row) => (deleted.has(row) ? null : row - countUpTo(rows, row - 1));
}

/** A row numbered after the inserts (ascending positions), numbered as it is before them; null for an inserted row. */
export function rowBeforeInserts(positions: readonly number[], row: number): number | null {
  const upTo = countUpTo(positions, row);
  return upTo > 0 && positions[upTo - 1] === row ? null : row - upTo;
}

/** Distinct row numbers, ascending. */
export function sortedRows(rows: Iterable<number>): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}
