/**
 * What each cell of a combined list shows: a number or a date keeps the number format its own list showed
 * it in, cell by cell (postcode 0800 kept as 800 under 0000, a mobile 0438 111 222 as 438111222 under
 * 0000 000 000, $980.50, 33 102 417 032), so stacking lists changes no value a person reads. Text shows
 * itself under any format and carries none.
 */
import { GENERAL_FORMAT } from '../plan/plan';
import type { CellValue } from '../sheet/cell-value';
import { isDateFormat } from '../sheet/excel-dates';
import { cellKey, type ExtrasCell, type SheetSnapshot } from '../sheet/snapshot';

/** The format a date gets where its list had none to give (a date read from text). */
const DATE_FORMAT = 'yyyy-mm-dd';

/** Whether a cell's value shows through a number format. */
function formatted(value: CellValue | undefined): value is number | Date {
  return typeof value === 'number' || value instanceof Date;
}

const plain = (format: string | null | undefined): string | null =>
  !format || format === GENERAL_FORMAT ? null : format;

/** A list's number format of its cell (1-based): the cell's own (`extras`), else its column's; null: General. */
export function cellFormatReader(
  snapshot: Pick<SheetSnapshot, 'columnFormats' | 'extras'>,
): (row: number, col: number) => string | null {
  const own = new Map<number, string>();
  for (const e of snapshot.extras ?? []) if (e.format !== undefined) own.set(cellKey(e.row, e.col), e.format);
  return (row, col) => plain(own.get(cellKey(row, col)) ?? snapshot.columnFormats?.[col - 1]);
}

/**
 * The combined cells whose format is not their combined column's (`columnFormats`), as a snapshot's
 * extras say them (General where the column has a format). `formatOf` gives a combined cell its list's.
 */
export function ownFormats(
  values: readonly CellValue[][],
  columnFormats: readonly (string | null)[],
  formatOf: (row: number, col: number) => string | null,
): ExtrasCell[] {
  const extras: ExtrasCell[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      if (!formatted(row[c])) continue;
      const format = formatOf(r + 1, c + 1);
      // A date read from its list's text has no format of its own: it shows as its column's dates.
      if (row[c] instanceof Date && !isDateFormat(format)) continue;
      if (format !== plain(columnFormats[c])) extras.push({ row: r + 1, col: c + 1, format: format ?? GENERAL_FORMAT });
    }
  }
  return extras;
}

/**
 * The number format each cell of `rows` (rows of the combined snapshot, by `rowOf`) is written with, as a
 * sheet write's extras: a number its list's, a date its list's date format, else its column's, else yyyy-mm-dd.
 */
export function writtenFormats(
  snapshot: Pick<SheetSnapshot, 'values' | 'columnFormats' | 'extras'>,
  rows: readonly CellValue[][],
  rowOf: (index: number) => number | null,
  colOf: (index: number) => number | null,
): ({ format: string } | null)[][] | undefined {
  const formatOf = cellFormatReader(snapshot);
  let any = false;
  const extras = rows.map((values, index) => {
    const row = rowOf(index);
    return values.map((value, i) => {
      const col = colOf(i);
      if (row === null || col === null || !formatted(value)) return null;
      let format = formatOf(row, col);
      if (value instanceof Date && !isDateFormat(format)) {
        const column = snapshot.columnFormats?.[col - 1];
        format = isDateFormat(column) ? column! : DATE_FORMAT;
      }
      if (format === null) return null;
      any = true;
      return { format };
    });
  });
  return any ? extras : undefined;
}
