/**
 * How much Custodian agrees to read, so a small hostile file (a value at XFD1048576, one 200 MB
 * string, a zip bomb) is refused with a message instead of exhausting memory, and a large list is
 * refused before the heap runs out rather than by a crash. Two budgets, by what the read builds:
 *
 * - cells: an exceljs workbook (an .xlsx a command writes back, as clean does; a CSV whose rows
 *   a command writes out as exceljs cells). Reading, cleaning and writing back a 100,000-row .xlsx
 *   (900,000 cells) holds 1.7 GB live at its peak, about 1.9 KB a cell, so one cell per 2.5 KB of
 *   the JavaScript heap limit (1.6 million cells under a 4 GB heap: at 1 KB a cell, a 300,000-row
 *   .xlsx was let through and ran out of memory).
 * - fields: a CSV held only as the core's snapshot (check, dedupe, report, export to CSV). A field
 *   costs about 60 bytes there (bench/csv-snapshot-memory.ts), and the heaviest such command,
 *   dedupe, builds about four times as much again (its match records and candidate index): a
 *   million-row list of nine columns (9 million fields) peaks at 2.5 GB resident, about 280 bytes
 *   a field. FIELD_HEAP_BYTES covers that with room for the collector to work.
 */
export interface ReadLimits {
  /** Cells a file may hold when a workbook is built (every `<c>` element, or every CSV field). */
  cells: number;
  /** CSV fields a file may hold when it is read into the snapshot alone, with no workbook. */
  fields: number;
  /** Rows × columns of the sheet's used range from A1 (the grid the core receives). */
  gridCells: number;
  /** Bytes of one text run in the workbook's XML (one cell text, one shared string). */
  textBytes: number;
  /** Uncompressed bytes of all parts of an .xlsx, or bytes of a CSV file. */
  fileBytes: number;
  /**
   * Cells above which clean streams an .xlsx though exceljs could hold it, when the streamed write
   * lacks nothing of it: exceljs's model of 100,000 rows took 3.4 GB and 26 CPU seconds to clean,
   * the streamed read 0.4 GB and 13.
   */
  streamCells: number;
}

/** Heap per exceljs cell the cell budget allows. */
export const CELL_HEAP_BYTES = 2560;
/** Heap per CSV field the field budget allows (the snapshot's share and dedupe's work on it). */
export const FIELD_HEAP_BYTES = 384;

/** Excel cells hold at most 32,767 characters; 1 MB of XML text is far beyond any real cell. */
const TEXT_BYTES = 1024 * 1024;
const STEP = 100_000;
const STREAM_CELLS = 200_000;

function budget(heapLimit: number, perItem: number): number {
  return Math.max(STEP, Math.floor(heapLimit / perItem / STEP) * STEP);
}

/** The limits for a heap of `heapLimit` bytes (Node's heap_size_limit; a browser tab's is about 4 GB). */
export function defaultReadLimits(heapLimit: number): ReadLimits {
  const cells = budget(heapLimit, CELL_HEAP_BYTES);
  const fields = Math.max(cells, budget(heapLimit, FIELD_HEAP_BYTES));
  // The grid from A1 is held by the snapshot (empty cells as holes), whichever budget the cells take.
  const gridCells = budget(heapLimit, 1024) * 5;
  return { cells, fields, gridCells, textBytes: TEXT_BYTES, fileBytes: cells * 250, streamCells: STREAM_CELLS };
}

/**
 * The --max-old-space-size (MB, whole gigabytes) under which defaultReadLimits lets `count`
 * items through, at `perItem` bytes of heap each (CELL_HEAP_BYTES or FIELD_HEAP_BYTES).
 */
export function heapMegabytesFor(count: number, perItem: number): number {
  // The budget is rounded down to a step of 100,000, so ask for one step more.
  const bytes = (Math.ceil(count / STEP) + 1) * STEP * perItem;
  return Math.ceil(bytes / 1024 ** 3) * 1024;
}

/** Rows of a file's average width that fit in `limit` fields, rounded down to a plain number. */
export function rowsThatFit(limit: number, fields: number, rows: number): number {
  const fit = Math.floor((limit * rows) / Math.max(1, fields));
  const unit = fit >= 100_000 ? 10_000 : fit >= 10_000 ? 1_000 : 1;
  return Math.floor(fit / unit) * unit;
}
