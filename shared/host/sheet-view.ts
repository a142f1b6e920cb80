/**
 * What a spreadsheet host reads of a sheet's view, as the core's SheetView: its frozen rows and columns, its
 * filter's range (0-based row and column of its top-left cell and its size, as Excel and Sheets
 * report ranges) and its header cells' look. Set up records them, so undo gives them back.
 */
import type { HeaderLook, SheetView } from '../sheet/snapshot';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../sheet/a1';

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

/** Frozen rows and columns, as Sheets reports them (getFrozenRows, getFrozenColumns). */
export interface Frozen {
  rows: number;
  columns: number;
}

/**
 * Excel's frozen cells (freezePanes.getLocationOrNullObject) as rows and columns: frozen rows alone
 * are whole rows, frozen columns alone whole columns.
 */
export function frozenPanes(location: { isNullObject: boolean; rowCount: number; columnCount: number }): Frozen {
  if (location.isNullObject) return { rows: 0, columns: 0 };
  return {
    rows: location.rowCount >= MAX_SHEET_ROWS ? 0 : location.rowCount,
    columns: location.columnCount >= MAX_SHEET_COLUMNS ? 0 : location.columnCount,
  };
}

/** Undefined when the sheet has no frozen rows or columns, no filter and no header look to give back. */
export function sheetViewOf(frozen: Frozen, filter: RangeBox | null, header?: HeaderLook[]): SheetView | undefined {
  const range = filter && {
    firstRow: filter.rowIndex + 1,
    firstCol: filter.columnIndex + 1,
    lastRow: filter.rowIndex + filter.rowCount,
    lastCol: filter.columnIndex + filter.columnCount,
  };
  if (frozen.rows === 0 && frozen.columns === 0 && !range && !header?.length) return undefined;
  const columns = frozen.columns > 0 ? { freezeColumns: frozen.columns } : {};
  return { freezeRows: frozen.rows, ...columns, filter: range, ...(header?.length ? { header } : {}) };
}
