/**
 * Turns scattered cell writes into few rectangular setValues calls, so the number of calls does
 * not grow with the number of rows: each column's writes become one block from its first to its
 * last written row, and neighbouring columns with the same span share a block. Cells of a block
 * that the plan does not write are gaps: the writer reads what they hold and writes it back.
 */

export interface CellWrite<T> {
  row: number;
  col: number;
  value: T;
}

/** A rectangle whose top-left cell is (row, col); `cells[i][j]` is undefined for a gap. */
export interface Block<T> {
  row: number;
  col: number;
  cells: (T | undefined)[][];
}

export function blockHeight(block: Block<unknown>): number {
  return block.cells.length;
}

export function blockWidth(block: Block<unknown>): number {
  return block.cells[0]?.length ?? 0;
}

export function hasGaps(block: Block<unknown>): boolean {
  return block.cells.some((row) => row.some((cell) => cell === undefined));
}

/** Blocks for the writes (a later write to the same cell wins), left to right. */
export function groupIntoBlocks<T>(writes: readonly CellWrite<T>[]): Block<T>[] {
  const byCol = new Map<number, Map<number, T>>();
  for (const { row, col, value } of writes) {
    let rows = byCol.get(col);
    if (!rows) byCol.set(col, (rows = new Map()));
    rows.set(row, value);
  }
  const spans = [...byCol.entries()]
    .map(([col, rows]) => {
      let first = Infinity;
      let last = -Infinity;
      for (const row of rows.keys()) {
        if (row < first) first = row;
        if (row > last) last = row;
      }
      return { col, first, last, rows };
    })
    .sort((a, b) => a.col - b.col);

  const blocks: Block<T>[] = [];
  let current: { block: Block<T>; first: number; last: number } | null = null;
  for (const span of spans) {
    const column = Array.from({ length: span.last - span.first + 1 }, (_, i) => span.rows.get(span.first + i));
    if (current && current.first === span.first && current.last === span.last && current.block.col + blockWidth(current.block) === span.col) {
      current.block.cells.forEach((row, i) => row.push(column[i]));
    } else {
      current = { block: { row: span.first, col: span.col, cells: column.map((cell) => [cell]) }, first: span.first, last: span.last };
      blocks.push(current.block);
    }
  }
  return blocks;
}

export { consecutiveRuns } from '../../shared/sheet/row-runs';
