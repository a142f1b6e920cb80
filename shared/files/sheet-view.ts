/**
 * An .xlsx sheet's frozen rows and filter as the core's SheetView (the file host reads them, so
 * undoing set up gives a team back their own freeze and filter).
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress } from '../sheet/a1';
import type { FilterRange, SheetView } from '../sheet/snapshot';

function filterRange(filter: ExcelJS.Worksheet['autoFilter']): FilterRange | null {
  if (!filter) return null;
  const corner = (at: string | { row: number; column: number }) =>
    typeof at === 'string' ? at : rangeAddress(at.row, at.column, at.row, at.column);
  const range = parseRange(typeof filter === 'string' ? filter : `${corner(filter.from)}:${corner(filter.to)}`);
  return range && { firstRow: range.top, firstCol: range.left, lastRow: range.bottom, lastCol: range.right };
}

/** Undefined when the sheet has neither a freeze nor a filter (what a host that does not read them says too). */
export function readSheetView(sheet: ExcelJS.Worksheet): SheetView | undefined {
  const view = sheet.views?.[0];
  const freezeRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  const filter = filterRange(sheet.autoFilter);
  return freezeRows > 0 || filter ? { freezeRows, filter } : undefined;
}
