/**
 * What a spreadsheet cell holds, as every host hands it to the core.
 * Dates are `Date` objects at UTC midnight for date-only values; hosts that read serial numbers
 * convert them with `serialToDate` so the core sees one representation.
 */
import { z } from 'zod';

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string' || value.length === 0) return typeof value === 'string';
  // A first character that is no white space (printable ASCII, most letters, every Han character)
  // settles it without trimming: that is nearly every cell of a list, read by check and dedupe alike.
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0xa0) || (first > 0x3000 && first !== 0xfeff)) return false;
  return value.trim() === '';
}

/** A row with nothing a user could see (also a row past the end of the values). */
export function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const value of row) if (!isBlank(value)) return false;
  return true;
}

/** The text a user would see for a value, used for messages and string comparisons. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value);
}

export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Two cell values are the same when a user could not tell them apart in the sheet. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  const aBlank = a === null || a === undefined || a === '';
  const bBlank = b === null || b === undefined || b === '';
  if (aBlank || bBlank) return aBlank && bBlank;
  return a === b;
}
