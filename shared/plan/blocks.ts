/**
 * Scattered cell writes grouped into few rectangular range writes, so the number of host calls
 * depends on the shape of a plan, not on its number of rows. One block type, two strategies a
 * host picks by its cost model:
 * - `runs` (Excel): contiguous cells of a row form a run, runs over the same columns on
 *   consecutive rows form a block. Blocks hold exactly the written cells.
 * - `columnSpans` (Google Sheets, where every call costs): each column's writes span from its
 *   first to its last written row, neighbouring columns with the same span share a block. Cells
 *   the plan does not write are gaps (undefined) that the host fills with what they hold.
 */
import { rangeAddress } from '../sheet/a1';

export interface CellWrite<T> {
  row: number;
  col: number;
  value: T;
}

/** A rectangle whose top-left cell is (row, col); every row has the same length; undefined is a gap. */
export interface Block<T> {
  row: number;
  col: number;
  cells: (T | undefined)[][];
}

export type BlockStrategy = 'runs' | 'columnSpans';

export function blockHeight(block: Block<unknown>): number {
  return block.cells.length;
}

export function blockWidth(block: Block<unknown>): number {
  return block.cells[0]?.length ?? 0;
}

export function blockAddress(block: Block<unknown>): string {
  return rangeAddress(block.row, block.col, block.row + blockHeight(block) - 1, block.col + blockWidth(block) - 1);
}

export function hasGaps(block: Block<unknown>): boolean {
  return block.cells.some((row) => row.some((cell) => cell === undefined));
}

/** Later writes to the same cell win. */
function byLine<T>(cells: readonly CellWrite<T>[], key: 'row' | 'col'): Map<number, Map<number, T>> {
  const other = key === 'row' ? 'col' : 'row';
  const lines = new Map<number, Map<number, T>>();
  for (const cell of cells) {
    let line = lines.get(cell[key]);
    if (!line) lines.set(cell[key], (line = new Map()));
    line.set(cell[other], cell.value);
  }
  return lines;
}

function groupRuns<T>(cells: readonly CellWrite<T>[]): Block<T>[] {
  const runs: Array<{ row: number; col: number; values: T[] }> = [];
  for (const [row, cols] of byLine(cells, 'row')) {
    let run: { row: number; col: number; values: T[] } | null = null;
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      if (run && col === run.col + run.values.length) run.values.push(cols.get(col) as T);
      else runs.push((run = { row, col, values: [cols.get(col) as T] }));
    }
  }
  runs.sort((a, b) => a.col - b.col || a.values.length - b.values.length || a.row - b.row);
  const blocks: Block<T>[] = [];
  let current: Block<T> | null = null;
  for (const run of runs) {
    if (
      current &&
      current.col === run.col &&
      blockWidth(current) === run.values.length &&
      current.row + blockHeight(current) === run.row
    )
      current.cells.push(run.values);
    else blocks.push((current = { row: run.row, col: run.col, cells: [run.values] }));
  }
  return blocks.sort((a, b) => a.row - b.row || a.col - b.col);
}

function groupColumnSpans<T>(cells: readonly CellWrite<T>[]): Block<T>[] {
  const spans = [...byLine(cells, 'col').entries()]
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
  let current: Block<T> | null = null;
  for (const span of spans) {
    const column = Array.from({ length: span.last - span.first + 1 }, (_, i) => span.rows.get(span.first + i));
    if (
      current &&
      current.row === span.first &&
      blockHeight(current) === column.length &&
      current.col + blockWidth(current) === span.col
    ) {
      current.cells.forEach((row, i) => row.push(column[i]));
    } else blocks.push((current = { row: span.first, col: span.col, cells: column.map((cell) => [cell]) }));
  }
  return blocks;
}

/** Blocks for the writes: `runs` sorted by row then column, `columnSpans` left to right. */
export function groupIntoBlocks<T>(cells: readonly CellWrite<T>[], strategy: BlockStrategy): Block<T>[] {
  return strategy === 'runs' ? groupRuns(cells) : groupColumnSpans(cells);
}

/** Splits a block into row slices of at most `maxSize` each by `rowSize` (a single row is never split). */
export function splitBlock<T>(
  block: Block<T>,
  maxSize: number,
  rowSize: (row: (T | undefined)[]) => number,
): Block<T>[] {
  const slices: Block<T>[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < block.cells.length; i++) {
    const next = rowSize(block.cells[i]!);
    if (i > start && size + next > maxSize) {
      slices.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start, i) });
      start = i;
      size = 0;
    }
    size += next;
  }
  slices.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start) });
  return slices;
}
