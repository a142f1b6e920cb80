/**
 * What a spreadsheet host reads of a sheet's view, as the core's SheetView: its frozen rows, its
 * filter's range (0-based row and column of its top-left cell and its size, as Excel and Sheets
 * report ranges) and its header cells' look. Set up records them, so undo gives them back.
 */
import type { HeaderLook, SheetView } from '../sheet/snapshot';

export interface RangeBox {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A header cell's fill and bold; spreadsheets report a cell without a fill as white. */
export function headerLook(color: string | null | undefined, bold: boolean | undefined): HeaderLook {
  return { fill: !color || /^#FFFFFF$/i.test(color) ? null : color.toUpperCase(), bold: bold === true };
}

/** Undefined when the sheet has no frozen rows, no filter and no header look to give back. */
export function sheetViewOf(freezeRows: number, filter: RangeBox | null, header?: HeaderLook[]): SheetView | undefined {
  const range = filter && {
    firstRow: filter.rowIndex + 1,
    firstCol: filter.columnIndex + 1,
    lastRow: filter.rowIndex + filter.rowCount,
    lastCol: filter.columnIndex + filter.columnCount,
  };
  if (freezeRows === 0 && !range && !header?.length) return undefined;
  return { freezeRows, filter: range, ...(header?.length ? { header } : {}) };
}
