/**
 * Cell values between the core and Office.js. Excel hands dates over as serial numbers (converted
 * by the cell's number format) and reinterprets strings written to `values` as it would typed
 * input, so strings that could change are written with the text prefix (shared/sheet/typed-input.ts).
 */
import type { CellValue } from '../shared/sheet/cell-value';
import { dateToSerial, isDateFormat, isPlausibleSerial, serialToDate } from '../shared/sheet/excel-dates';
import { DATE_FORMAT, isoDateToUtc, TEXT_FORMAT, textInput, type CellKind } from '../shared/sheet/typed-input';

export type ExcelScalar = string | number | boolean;
export function columnKind(format: string | null | undefined): CellKind {
  return { date: isDateFormat(format), text: format === TEXT_FORMAT };
}

/** The input for Range.values or Range.formulas that stores exactly `value`, never a formula. */
export function toExcelInput(value: CellValue, kind: CellKind): ExcelScalar {
  if (value === null) return '';
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  const date = kind.date ? isoDateToUtc(value) : null;
  return date ? dateToSerial(date) : textInput(value, kind);
}

/** The number format a written value needs, or null to leave the cell's format alone. */
export function formatForInput(value: CellValue, kind: CellKind): string | null {
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
