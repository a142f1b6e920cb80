/**
 * The number formats edits change. Every host gives a date written where a cell shows no date format
 * a date format (DATE_FORMAT, or its column's), so undo, which writes values, would leave it there:
 * such an edit keeps the format the snapshot says its cell shows (`formatBefore`, General for none),
 * and its inverse gives it back (`format`). A blank cell shows its column's format (row 2's), as hosts
 * read no format of an empty cell.
 */
import { isDate } from '../host/cell-input';
import { isDateFormat } from '../sheet/excel-dates';
import type { CellExtras, SheetSnapshot } from '../sheet/snapshot';
import { cellAddress } from '../sheet/a1';
import { DATE_FORMAT, TEXT_FORMAT, isoDateToUtc } from '../sheet/typed-input';
import { GENERAL_FORMAT, type CellEdit, type NumberFormatChange } from './plan';

/** The inverse of the edit writes back a yyyy-mm-dd text, which hosts write as a date where the cell shows one. */
function restoresDateText(edit: CellEdit): boolean {
  return typeof edit.before === 'string' && isoDateToUtc(edit.before) !== null;
}

/**
 * The edits, each writing a date where its cell shows no date format carrying that format as
 * `formatBefore`; so does an edit replacing yyyy-mm-dd text in a cell of its own format (General)
 * in a column whose row 2 shows dates, so that its inverse writes the text back under that format,
 * as text, not under the column's as a date.
 */
export function withFormatsBefore<E extends CellEdit>(
  edits: readonly E[],
  snapshot: Pick<SheetSnapshot, 'extras' | 'columnFormats'>,
): E[] {
  if (!edits.some((edit) => isDate(edit.after) || restoresDateText(edit))) return [...edits];
  const own = new Map((snapshot.extras ?? []).map((e) => [`${e.row}:${e.col}`, e.format]));
  return edits.map((edit) => {
    if (edit.formatBefore !== undefined) return edit;
    const ownFormat = own.get(`${edit.row}:${edit.col}`);
    const columnFormat = edit.row > 1 ? snapshot.columnFormats?.[edit.col - 1] : null;
    if (!isDate(edit.after)) {
      const textUnderOwn = ownFormat !== undefined && !isDateFormat(ownFormat) && ownFormat !== TEXT_FORMAT;
      return restoresDateText(edit) && textUnderOwn && isDateFormat(columnFormat)
        ? { ...edit, formatBefore: ownFormat }
        : edit;
    }
    const format = ownFormat ?? columnFormat ?? null;
    if (format !== null && (isDateFormat(format) || format === TEXT_FORMAT)) return edit;
    return { ...edit, formatBefore: format ?? GENERAL_FORMAT };
  });
}

/** The in-memory reference's cell formats (plan/apply-plan.ts): own formats by A1 address over column spans. */
interface FormattedSheet {
  extras?: Record<string, CellExtras>;
  numberFormats: readonly NumberFormatChange[];
}

/**
 * What an edit does to its cell's format in the reference host, as every host does it: the format it
 * carries (an undo's) is set, else a date written where the cell shows no date format takes DATE_FORMAT.
 * A format equal to the column's is no format of the cell's own.
 */
export function formatEditedCell(sheet: FormattedSheet, edit: CellEdit): void {
  if (edit.format === undefined && !isDate(edit.after)) return; // most edits: a clean of 100,000 cells
  const address = cellAddress(edit.row, edit.col);
  let column: string | null = null;
  for (const f of sheet.numberFormats)
    if (f.col === edit.col && f.firstRow <= edit.row && f.lastRow >= edit.row)
      column = f.format === GENERAL_FORMAT ? null : f.format;
  const shown = sheet.extras?.[address]?.format ?? column;
  let format = edit.format;
  if (format === undefined && isDate(edit.after) && !isDateFormat(shown) && shown !== TEXT_FORMAT) format = DATE_FORMAT;
  if (format === undefined) return;
  const { format: _old, ...rest } = sheet.extras?.[address] ?? {};
  const own = format === (column ?? GENERAL_FORMAT) ? rest : { ...rest, format };
  if (Object.keys(own).length > 0) (sheet.extras ??= {})[address] = own;
  else if (sheet.extras) {
    delete sheet.extras[address];
    if (Object.keys(sheet.extras).length === 0) delete sheet.extras;
  }
}
