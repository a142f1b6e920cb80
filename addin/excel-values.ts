/**
 * Cell values between the core and Office.js. Excel hands dates over as serial numbers (converted
 * by the cell's number format) and reinterprets strings written to `values` as it would typed
 * input ("=…" and "+86 …" become formulas, "00123" a number, "2024-03-05" a date), so strings that
 * could change are written with Excel's text prefix, an apostrophe that is not part of the value.
 */
import type { CellValue } from '../shared/sheet/cell-value';
import { dateToSerial, isDateFormat, isPlausibleSerial, serialToDate } from '../shared/sheet/excel-dates';

export type ExcelScalar = string | number | boolean;

/** The format given to a date written into a column that has no date format. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

/** What the host knows about the column a value goes into. */
export interface ColumnKind {
  /** The column shows dates: canonical `yyyy-mm-dd` text is written as a real date. */
  date: boolean;
  /** The column is formatted as text (`@`): Excel stores input as typed, no prefix needed. */
  text: boolean;
}

export const PLAIN_COLUMN: ColumnKind = { date: false, text: false };

export function columnKind(format: string | null | undefined): ColumnKind {
  return { date: isDateFormat(format), text: format === TEXT_FORMAT };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoToDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1 ? date : null;
}

/**
 * Whether Excel might store a string as something else: formula and error starters, anything with
 * a digit (numbers, dates, times, percentages, fractions, "1e5") and the boolean words.
 */
export function needsTextPrefix(text: string): boolean {
  return /^\s*[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The input for Range.values or Range.formulas that stores exactly `value`, never a formula. */
export function toExcelInput(value: CellValue, kind: ColumnKind): ExcelScalar {
  if (value === null) return '';
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  if (kind.date) {
    const date = isoToDate(value);
    if (date) return dateToSerial(date);
  }
  if (kind.text) return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** The number format a written value needs, or null to leave the cell's format alone. */
export function formatForInput(value: CellValue, kind: ColumnKind): string | null {
  return value instanceof Date && !kind.date ? DATE_FORMAT : null;
}

/** A value read from Range.values as the core sees it; `format` is the cell's number format. */
export function fromExcel(raw: unknown, format: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    return typeof format === 'string' && isDateFormat(format) && isPlausibleSerial(raw) ? serialToDate(raw) : raw;
  }
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** UTF-8 length of a string, as it travels in a request. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value once serialised as JSON (what Office.js sends or receives for it). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
