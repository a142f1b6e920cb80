/**
 * A CSV file's one sheet, held once: the parsed rows become the snapshot in place (no exceljs
 * worksheet in between), and the exceljs workbook plans are applied to is built from the snapshot
 * only when a command asks for it (clean, merge, an action that writes), never for check or dedupe.
 */
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../sheet/snapshot';
import { attachColumnCodes, type ColumnCodes } from '../sheet/column-codes';

/**
 * Parsed rows → the snapshot a one-sheet workbook of them would give: '' read as empty, trailing
 * empty rows and columns trimmed, every row padded to one width. Reuses `rows` (they are the
 * parse's own arrays), so a million-row file is not copied; `codes`, the parse's, go with them.
 */
export function snapshotFromCsvRows(rows: string[][], name: string, codes?: ColumnCodes): SheetSnapshot {
  let height = 0;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] === '') continue;
      height = r + 1;
      if (c + 1 > width) width = c + 1;
      break;
    }
  }
  rows.length = height;
  const values = rows as (string | null)[][];
  for (const row of values) {
    const length = row.length;
    row.length = width;
    for (let c = 0; c < width; c++) if (c >= length || row[c] === '') row[c] = null;
  }
  if (codes) attachColumnCodes(values, codes);
  // A CSV holds text only: the core treats its values as typed text.
  return { name, values, textOnly: true };
}

/** The one-sheet workbook of a CSV's snapshot, for applying a plan and writing it out. */
export function workbookFromCsvSnapshot(snapshot: SheetSnapshot, sheetName: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  snapshot.values.forEach((row, index) => {
    if (row.some((value) => value !== null)) sheet.getRow(index + 1).values = row;
  });
  return workbook;
}
