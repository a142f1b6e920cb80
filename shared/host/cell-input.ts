/**
 * Core values as cell input, the rule Excel and Google Sheets share: a blank is '', a date (or
 * canonical `yyyy-mm-dd` text where the cell shows dates) becomes the host's own date input, text
 * the host would reinterpret gets the apostrophe prefix (sheet/typed-input.ts), and a date written
 * where the cell shows no date gets DATE_FORMAT instead of showing as a bare serial.
 */
import { isoDate, type CellValue } from '../sheet/cell-value';
import { isDateFormat } from '../sheet/excel-dates';
import type { CellEdit, Plan } from '../plan/plan';
import { cellAddress } from '../sheet/a1';
import { DATE_FORMAT, isoDateToUtc, TEXT_FORMAT, textInput, type CellKind } from '../sheet/typed-input';

/** True for a Date from any realm (Apps Script's getValues, or a test's vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What a cell takes, from its number format (null: automatic) and the one the plan gives its column. */
export function cellKind(format: string | null | undefined, planned?: string | null): CellKind {
  const dateFormat = [planned, format].find((f): f is string => isDateFormat(f));
  return { date: dateFormat !== undefined, text: format === TEXT_FORMAT, ...(dateFormat ? { dateFormat } : {}) };
}

/** The input that stores exactly `value` in a cell of this kind, never a formula; `date` words a UTC-midnight date. */
export function cellInput<D>(value: CellValue, kind: CellKind, date: (utc: Date) => D): D | string | number | boolean {
  if (value === null || value === '') return '';
  // A text-formatted cell holds text (a serial there reads back as a number): a date goes in as yyyy-mm-dd.
  if (isDate(value)) return kind.text ? isoDate(value) : date(value);
  if (typeof value !== 'string') return value;
  const day = kind.date ? isoDateToUtc(value) : null;
  return day ? date(day) : textInput(value, kind);
}

/** The number format a written value needs (a date where the cell shows none), or null to leave the cell's. */
export function dateFormatFor(value: CellValue, kind: CellKind): string | null {
  return isDate(value) && !kind.date && !kind.text ? DATE_FORMAT : null;
}

/** The format the plan gives each column from row 2 on (it decides where `yyyy-mm-dd` text becomes a date). */
export function plannedColumnFormats(plan: Pick<Plan, 'numberFormats'>): Map<number, string> {
  return new Map(plan.numberFormats.filter((f) => f.lastRow >= 2).map((f) => [f.col, f.format]));
}

/** The number format an edit gives its cell: the one it carries (an undo's), else a date's where the cell shows none. */
export function editedFormat(edit: CellEdit, kind: CellKind): string | null {
  return edit.format ?? dateFormatFor(edit.after, kind);
}

/** Cells by the number format a host gives them (A1 addresses), for one call per format. */
export class CellFormats extends Map<string, string[]> {
  add(format: string | null, row: number, col: number): void {
    if (!format) return;
    const cells = this.get(format);
    if (cells) cells.push(cellAddress(row, col));
    else this.set(format, [cellAddress(row, col)]);
  }
}
