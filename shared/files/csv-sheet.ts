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
  const misaligned = misalignedRows(rows);
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
  return { name, values, textOnly: true, ...(misaligned.length > 0 ? { misalignedRows: misaligned } : {}) };
}

/**
 * Rows with more fields than most of the file's: an export writes every row with as many fields as
 * its header, so a longer row holds a comma not in quotes (1,280.00) and its values sit right of
 * their headers, even when its extra fields are empty (`Widgets, Inc,…,bob@x.com,` with no notes).
 * A title line above the header is shorter, never longer; a spreadsheet saving a CSV pads every row
 * to one width; a trailing comma on every line makes that width.
 */
function misalignedRows(rows: readonly string[][]): Array<{ row: number; fields: number; expected: number }> {
  // The table's width: the most common count of the rows of more than one field (a title, a note or a
  // report's footer line is one field), the header's where two counts are as common.
  const counts = new Map<number, { count: number; first: number }>();
  rows.forEach((row, r) => {
    if (row.length < 2) return;
    const seen = counts.get(row.length);
    if (seen) seen.count++;
    else counts.set(row.length, { count: 1, first: r });
  });
  let expected = 0;
  let best = { count: 0, first: Infinity };
  for (const [fields, seen] of counts)
    if (seen.count > best.count || (seen.count === best.count && seen.first < best.first))
      [expected, best] = [fields, seen];
  const found: Array<{ row: number; fields: number; expected: number }> = [];
  if (counts.size < 2) return found;
  // A row longer by empty fields only is misaligned where a row under the header has the width: when
  // the header alone has it, every row is longer in the same way (a trailing comma the header lacks).
  const header = rows.findIndex((row) => filled(row, 0) >= 2);
  let rowsOfWidth = false;
  for (let r = header + 1; r < rows.length && !rowsOfWidth; r++) rowsOfWidth = rows[r]!.length === expected;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length <= expected) continue;
    // A line of one value (a footer) or none (a line of commas) has nothing to move right.
    if (filled(row, expected) > 0 || (rowsOfWidth && r > header && filled(row, 0) >= 2))
      found.push({ row: r + 1, fields: row.length, expected });
  }
  return found;
}

/** How many of the row's fields from `from` on hold something. */
function filled(row: readonly string[], from: number): number {
  let count = 0;
  for (let c = from; c < row.length; c++) if (row[c] !== '') count++;
  return count;
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
