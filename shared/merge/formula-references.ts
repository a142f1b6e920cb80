/**
 * Formulas that point at a row a merge deletes. Spreadsheets turn such a reference into #REF!
 * (the reference host does too), and undo cannot bring it back: undo re-inserts rows, it does not
 * rewrite other cells. Found with the same reference scanner the hosts use, reported as warnings.
 */
import type { FormulaCell } from '../sheet/snapshot';
import { remapFormulaRows } from '../sheet/formula-rows';

const refCount = (formula: string) => formula.split('#REF!').length - 1;

/**
 * Cluster index -> formula cells that lose a reference, in sheet order. `clusterOf` maps each
 * merged-away row to its cluster; references between rows of one cluster survive (they go and come
 * back together). A formula on a merged-away row goes to the archive with its row, and is not one.
 */
export function brokenReferences(
  sheet: string,
  formulas: readonly FormulaCell[],
  clusterOf: ReadonlyMap<number, number>,
): Map<number, FormulaCell[]> {
  const broken = new Map<number, FormulaCell[]>();
  if (clusterOf.size === 0) return broken;
  for (const cell of formulas) {
    if (clusterOf.has(cell.row)) continue;
    const hits = new Set<number>();
    const map = (row: number) => {
      const cluster = clusterOf.get(row);
      if (cluster === undefined) return row;
      hits.add(cluster);
      return null;
    };
    if (refCount(remapFormulaRows(cell.formula, sheet, { sheet, map })) <= refCount(cell.formula)) continue;
    for (const cluster of hits) {
      const list = broken.get(cluster) ?? [];
      list.push(cell);
      broken.set(cluster, list);
    }
  }
  return broken;
}
