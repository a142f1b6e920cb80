/**
 * The rows and columns of the governed sheet hidden in the .xlsx that hold part of the list. Every
 * command reads them like any other (a team may have hidden its test rows, or a column of internal
 * notes): a CSV or a CRM import hides nothing, so the commands writing one say how many they carried.
 */
import { isBlank, isEmptyRow, type CellValue } from '../sheet/cell-value';
import type ExcelJS from 'exceljs';
import { SheetLookReader, type SheetLook } from './xlsx-sheet-look';

export interface HiddenLines {
  /** Sheet row numbers below the header, each holding a value. */
  rows: number[];
  /** Column numbers, each with a header or a value. */
  columns: number[];
}

/** Of the rows and columns hidden, those holding the list under the header in row `headerRow`; undefined when none. */
export function hiddenLinesOf(
  values: readonly (readonly CellValue[])[],
  hiddenRows: Iterable<number>,
  hiddenColumns: Iterable<number>,
  headerRow: number,
): HiddenLines | undefined {
  const rows = [...hiddenRows].filter((r) => r > headerRow && !isEmptyRow(values[r - 1])).sort((a, b) => a - b);
  // A list read under its title has its header in row 1 too (read-below-title.ts): any row may be the widest.
  const columns = [...hiddenColumns]
    .filter((c) => values.some((row, i) => i >= headerRow - 1 && !isBlank(row[c - 1])))
    .sort((a, b) => a - b);
  return rows.length > 0 || columns.length > 0 ? { rows, columns } : undefined;
}

/** The row the list's header is in: row 1, or the one under a title. */
function headerRowOf(read: { headerBelow?: { row: number }; headerToLift?: { row: number } }): number {
  return read.headerBelow?.row ?? read.headerToLift?.row ?? 1;
}

type HeaderRead = Parameters<typeof headerRowOf>[0];

/** What an exceljs worksheet hides of the list in `values` (the sheet's rows, numbered as in it). */
export function hiddenInWorksheet(
  sheet: ExcelJS.Worksheet,
  values: readonly (readonly CellValue[])[],
  read: HeaderRead,
): HiddenLines | undefined {
  const rows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.hidden) rows.push(number);
  });
  const columns: number[] = [];
  for (let c = 1; c <= (values[0]?.length ?? 0); c++) if (sheet.getColumn(c).hidden) columns.push(c);
  return hiddenLinesOf(values, rows, columns, headerRowOf(read));
}

/** What a streamed sheet's look hides of the list in `values`. */
export function hiddenInLook(
  look: SheetLook | undefined,
  values: readonly (readonly CellValue[])[],
  read: HeaderRead,
): HiddenLines | undefined {
  if (!look) return undefined;
  const columns = [...look.columns].filter(([, column]) => column.hidden).map(([col]) => col);
  return hiddenLinesOf(values, look.hidden, columns, headerRowOf(read));
}

/**
 * A look reader that keeps only what is hidden, for a read that streams the sheet into a snapshot:
 * no cell styles are held.
 */
export class HiddenLinesReader extends SheetLookReader {
  override cell(): void {}
  override endRow(): void {}
}
