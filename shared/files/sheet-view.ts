/**
 * An .xlsx sheet's frozen rows and filter as the core's SheetView (the file host reads them, so
 * undoing set up gives a team back their own freeze and filter).
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress } from '../sheet/a1';
import type { FilterRange, HeaderLook, SheetView } from '../sheet/snapshot';

function filterRange(filter: ExcelJS.Worksheet['autoFilter']): FilterRange | null {
  if (!filter) return null;
  const corner = (at: string | { row: number; column: number }) =>
    typeof at === 'string' ? at : rangeAddress(at.row, at.column, at.row, at.column);
  const range = parseRange(typeof filter === 'string' ? filter : `${corner(filter.from)}:${corner(filter.to)}`);
  return range && { firstRow: range.top, firstCol: range.left, lastRow: range.bottom, lastCol: range.right };
}

/** Undefined when the sheet has neither a freeze nor a filter (what a host that does not read them says too). */
/** A header cell's solid fill and bold; null for a fill only a theme or pattern can say. */
function headerLook(cell: ExcelJS.Cell): HeaderLook | null {
  const fill = cell.fill;
  const bold = cell.font?.bold === true;
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return { fill: null, bold };
  const color = fill.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  return color && /^[0-9A-F]{8}$/i.test(color) ? { fill: `#${color.slice(2).toUpperCase()}`, bold } : null;
}

/** Undefined for a sheet with no header, no freeze and no filter (what a host that does not read them says too). */
export function readSheetView(sheet: ExcelJS.Worksheet): SheetView | undefined {
  const view = sheet.views?.[0];
  const freezeRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  const freezeColumns = view?.state === 'frozen' ? (view.xSplit ?? 0) : 0;
  const filter = filterRange(sheet.autoFilter);
  const row = sheet.findRow(1);
  const header = row ? Array.from({ length: row.cellCount }, (_, i) => headerLook(row.getCell(i + 1))) : [];
  if (freezeRows === 0 && freezeColumns === 0 && !filter && header.length === 0) return undefined;
  const columns = freezeColumns > 0 ? { freezeColumns } : {};
  return { freezeRows, ...columns, filter, ...(header.length > 0 ? { header } : {}) };
}
