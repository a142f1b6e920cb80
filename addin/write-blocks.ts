/**
 * Turns scattered cell writes into few rectangular range writes: contiguous cells of a row form a
 * run, runs over the same columns on consecutive rows form a block. A clean that fixes one column
 * on most rows becomes one tall block instead of thousands of one-cell writes.
 */

export interface CellWrite<T> {
  row: number;
  col: number;
  value: T;
}

/** A rectangle of values whose top-left cell is (row, col); every row has the same length. */
export interface Block<T> {
  row: number;
  col: number;
  rows: T[][];
}

interface Run<T> {
  row: number;
  col: number;
  values: T[];
}

/** Groups writes into blocks; a later write to the same cell wins. */
export function groupIntoBlocks<T>(cells: readonly CellWrite<T>[]): Block<T>[] {
  const byRow = new Map<number, Map<number, T>>();
  for (const { row, col, value } of cells) {
    let cols = byRow.get(row);
    if (!cols) byRow.set(row, (cols = new Map()));
    cols.set(col, value);
  }
  const runs: Run<T>[] = [];
  for (const [row, cols] of byRow) {
    const sorted = [...cols.keys()].sort((a, b) => a - b);
    let run: Run<T> | null = null;
    for (const col of sorted) {
      if (run && col === run.col + run.values.length) run.values.push(cols.get(col) as T);
      else runs.push((run = { row, col, values: [cols.get(col) as T] }));
    }
  }
  runs.sort((a, b) => a.col - b.col || a.values.length - b.values.length || a.row - b.row);
  const blocks: Block<T>[] = [];
  let current: Block<T> | null = null;
  for (const run of runs) {
    const width = run.values.length;
    if (current && current.col === run.col && current.rows[0]!.length === width && current.row + current.rows.length === run.row) {
      current.rows.push(run.values);
    } else {
      blocks.push((current = { row: run.row, col: run.col, rows: [run.values] }));
    }
  }
  return blocks.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Splits a block into row slices of at most `maxBytes` each (a single row is never split). */
export function splitBlock<T>(block: Block<T>, maxBytes: number, rowBytes: (row: T[]) => number): Block<T>[] {
  const slices: Block<T>[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < block.rows.length; i++) {
    const size = rowBytes(block.rows[i]!);
    if (i > start && bytes + size > maxBytes) {
      slices.push({ row: block.row + start, col: block.col, rows: block.rows.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  slices.push({ row: block.row + start, col: block.col, rows: block.rows.slice(start) });
  return slices;
}

export { consecutiveRuns } from '../shared/sheet/row-runs';
