/**
 * Writing a core value into an exceljs cell. The core writes dates as `yyyy-mm-dd` text, with the
 * time of day when one was typed; where the column shows dates (a date format planned for it, on the
 * cell, or on its row-2 cell) the text becomes a real date (a UTC Date, which exceljs stores as a
 * serial) so Excel can sort and filter it, in a format that shows its time.
 */
import type ExcelJS from 'exceljs';
import { isDateFormat } from '../sheet/excel-dates';
import { isoDate, type CellValue } from '../sheet/cell-value';
import { GENERAL_FORMAT, type CellEdit, type NumberFormatChange } from '../plan/plan';
import { DATE_FORMAT, formatShowingTime, isoDateTimeToUtc } from '../sheet/typed-input';
import { keepNote } from './cell-extras';

/**
 * Answers "which date format does this cell show?" for the target sheet of a plan. `textOnly`: the
 * workbook is written out as a CSV, which holds text, so date text stays text (as typed, no seconds added).
 */
export class DateFormats {
  private readonly columnCache = new Map<number, string | null>();

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly planned: readonly NumberFormatChange[],
    private readonly textOnly = false,
  ) {}

  /** The date format cell (row, col) has or gets, or undefined when it does not show a date. */
  formatFor(cell: ExcelJS.Cell, row: number, col: number): string | undefined {
    if (this.textOnly) return undefined;
    for (let i = this.planned.length - 1; i >= 0; i--) {
      const change = this.planned[i];
      if (change.col === col && row >= change.firstRow && row <= change.lastRow)
        return isDateFormat(change.format) ? change.format : undefined;
    }
    if (typeof cell.numFmt === 'string' && cell.numFmt !== '')
      return isDateFormat(cell.numFmt) ? cell.numFmt : undefined;
    return this.columnFormat(col) ?? undefined;
  }

  private columnFormat(col: number): string | null {
    const cached = this.columnCache.get(col);
    if (cached !== undefined) return cached;
    const candidates = [this.sheet.getColumn(col).numFmt, this.sheet.findRow(2)?.findCell(col)?.numFmt];
    const found = candidates.find((f): f is string => typeof f === 'string' && isDateFormat(f)) ?? null;
    this.columnCache.set(col, found);
    return found;
  }
}

/**
 * Sets a cell to a core value, keeping its style. Never call it on a formula cell (callers check).
 * A date (or `yyyy-mm-dd` text in a date column) gets the column's date format when the cell
 * has none, so Excel does not fall back to its default m/d/yy.
 */
export function writeCellValue(cell: ExcelJS.Cell, value: CellValue, dateFormat: string | undefined): void {
  // A text-formatted cell holds text (a serial there reads back as a number): the date goes in as yyyy-mm-dd.
  if (value instanceof Date && cell.numFmt === '@') {
    cell.value = isoDate(value);
    return;
  }
  // A linked cell keeps its link when its text changes (exceljs holds the link in the value).
  const link = (cell.value as { hyperlink?: unknown } | null)?.hyperlink;
  if (typeof link === 'string' && typeof value === 'string' && value !== '') {
    cell.value = { text: value, hyperlink: link };
    return;
  }
  const date = value instanceof Date ? value : typeof value === 'string' && dateFormat ? isoDateTimeToUtc(value) : null;
  if (date) {
    cell.value = date;
    const shown = isDateFormat(cell.numFmt) ? cell.numFmt : dateFormat;
    const format = shown && typeof value === 'string' ? formatShowingTime(shown, value) : shown;
    if (format && format !== cell.numFmt) cell.style = { ...cell.style, numFmt: format };
    return;
  }
  cell.value = value;
  if (value === null) keepNote(cell);
}

/**
 * Writes an edit's value; an edit carrying a format (an undo's) sets it first, General as none. A date
 * where the cell shows none takes DATE_FORMAT, as in Excel and Sheets (cell-input.ts), not Excel's m/d/yy.
 */
export function writeEditedCell(cell: ExcelJS.Cell, edit: CellEdit, dates: DateFormats): void {
  if (edit.format !== undefined) {
    const { numFmt: _numFmt, ...rest } = cell.style;
    cell.style = edit.format === GENERAL_FORMAT ? rest : { ...rest, numFmt: edit.format };
  }
  const shown = edit.format === undefined ? dates.formatFor(cell, edit.row, edit.col) : edit.format;
  const dateFormat = isDateFormat(shown) ? shown : edit.after instanceof Date ? DATE_FORMAT : undefined;
  writeCellValue(cell, edit.after, dateFormat);
  // An edit that moves the cell's link (clean's mailto: of the old address) sets it; others keep it.
  if (edit.link !== undefined && typeof edit.after === 'string' && edit.after !== '')
    cell.value = { text: edit.after, hyperlink: edit.link };
}
