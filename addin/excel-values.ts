/**
 * Cell values between the core and Office.js. Excel hands dates over as serial numbers (converted
 * by the cell's number format); values are written as shared/host/cell-input.ts says, dates as serials.
 */
import { cellInput } from '../shared/host/cell-input';
import type { CellValue } from '../shared/sheet/cell-value';
import { dateToSerial, isDateFormat, isPlausibleSerial, serialToDate } from '../shared/sheet/excel-dates';
import type { CellKind } from '../shared/sheet/typed-input';

export type ExcelScalar = string | number | boolean;

/** The input for Range.values or Range.formulas that stores exactly `value`, never a formula. */
export function toExcelInput(value: CellValue, kind: CellKind): ExcelScalar {
  return cellInput(value, kind, dateToSerial);
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
