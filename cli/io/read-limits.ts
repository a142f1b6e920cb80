/**
 * How much the file host agrees to read, so a small hostile file (a value at XFD1048576, one
 * 200 MB string, a zip bomb) is refused with a message instead of exhausting memory. Reading an
 * .xlsx costs about 400 bytes of heap per existing cell (exceljs's cell objects) plus the core's
 * work, so the cell budget is one cell per kilobyte of V8's heap limit.
 */
import { getHeapStatistics } from 'node:v8';

export interface ReadLimits {
  /** Cells a file may hold (every `<c>` element of every worksheet, or every CSV field). */
  cells: number;
  /** Rows × columns of the sheet's used range from A1 (the grid the core receives). */
  gridCells: number;
  /** Bytes of one text run in the workbook's XML (one cell text, one shared string). */
  textBytes: number;
  /** Uncompressed bytes of all parts of an .xlsx, or bytes of a CSV file. */
  fileBytes: number;
}

/** Excel cells hold at most 32,767 characters; 1 MB of XML text is far beyond any real cell. */
const TEXT_BYTES = 1024 * 1024;

export function defaultReadLimits(heapLimit = getHeapStatistics().heap_size_limit): ReadLimits {
  const cells = Math.max(100_000, Math.floor(heapLimit / 1024 / 100_000) * 100_000);
  return { cells, gridCells: cells * 5, textBytes: TEXT_BYTES, fileBytes: cells * 250 };
}

/** 1234567 → "1,234,567" (the CLI's messages are English). */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes in the unit a user reads: "205 KB", "200 MB", "1.5 GB". */
export function byteText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** The advice every "too large" message ends with. */
export const RAISE_LIMIT_HINT =
  'Split the file, or give Node more memory (e.g. NODE_OPTIONS=--max-old-space-size=8192), which raises the limit.';
