/**
 * Formulas that point at a row a merge deletes. Spreadsheets turn such a reference into #REF!
 * (the reference host does too), and undo cannot bring it back: undo re-inserts rows, it does not
 * rewrite other cells. Found with the same reference scanner the hosts use, reported as warnings.
 */
import type { FormulaCell } from '../sheet/snapshot';
import { cellAddress } from '../sheet/a1';
import { remapFormulaRows } from '../sheet/formula-rows';

const refCount = (formula: string) => formula.split('#REF!').length - 1;

/**
 * Cluster index -> formula cells (A1) that lose a reference. `clusterOf` maps each merged-away
 * row to its cluster; references between rows of one cluster survive (they go and come back together).
 */
export function brokenReferences(
  sheet: string,
  formulas: readonly FormulaCell[],
  clusterOf: ReadonlyMap<number, number>,
): Map<number, string[]> {
  const broken = new Map<number, string[]>();
  if (clusterOf.size === 0) return broken;
  for (const cell of formulas) {
    const own = clusterOf.get(cell.row);
    const hits = new Set<number>();
    const map = (row: number) => {
      const cluster = clusterOf.get(row);
      if (cluster === undefined || cluster === own) return row;
      hits.add(cluster);
      return null;
    };
    if (refCount(remapFormulaRows(cell.formula, sheet, { sheet, map })) <= refCount(cell.formula)) continue;
    for (const cluster of hits) {
      const list = broken.get(cluster) ?? [];
      list.push(cellAddress(cell.row, cell.col));
      broken.set(cluster, list);
    }
  }
  return broken;
}
