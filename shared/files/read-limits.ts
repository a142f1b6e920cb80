/**
 * How much Custodian agrees to read, so a small hostile file (a value at XFD1048576, one 200 MB
 * string, a zip bomb) is refused with a message instead of exhausting memory. Reading an .xlsx
 * costs about 400 bytes of heap per existing cell (exceljs's cell objects) plus the core's work,
 * so the cell budget is one cell per kilobyte of the JavaScript heap limit.
 */
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

/** The limits for a heap of `heapLimit` bytes (Node's heap_size_limit; a browser tab's is about 4 GB). */
export function defaultReadLimits(heapLimit: number): ReadLimits {
  const cells = Math.max(100_000, Math.floor(heapLimit / 1024 / 100_000) * 100_000);
  return { cells, gridCells: cells * 5, textBytes: TEXT_BYTES, fileBytes: cells * 250 };
}
