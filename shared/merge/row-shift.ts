/**
 * Counts deleted rows above a row as merges are planned one after another, so each merge's
 * inverse can be numbered as the sheet is after the earlier ones. A Fenwick tree (Fenwick 1994,
 * "A new data structure for cumulative frequency tables"): O(log n) per row, for runs of
 * thousands of merges.
 */
export class DeletedRows {
  private readonly tree: Int32Array;

  constructor(lastRow: number) {
    this.tree = new Int32Array(lastRow + 1);
  }

  add(row: number): void {
    for (let i = row; i < this.tree.length; i += i & -i) this.tree[i]! += 1;
  }

  /** Deleted rows numbered below `row`. */
  countBelow(row: number): number {
    let count = 0;
    for (let i = Math.min(row - 1, this.tree.length - 1); i > 0; i -= i & -i) count += this.tree[i]!;
    return count;
  }

  /** Where `row` is once the deleted rows are gone. */
  shift(row: number): number {
    return row - this.countBelow(row);
  }
}
