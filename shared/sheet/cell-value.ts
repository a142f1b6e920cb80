/**
 * What a spreadsheet cell holds, as every host hands it to the core.
 * Dates are `Date` objects at UTC midnight for date-only values; hosts that read serial numbers
 * convert them with `serialToDate` so the core sees one representation.
 */
import { z } from 'zod';

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/**
 * Outlook's 0/0/00 (0/0/0000, 00/00/0000): what its contact export writes in Birthday and Anniversary
 * for a contact it has no date of. The export's own blank, not a word a user typed for "none" (无, N/A:
 * check/placeholder.ts), so it is blank to every command alike.
 */
export const NO_DATE = /^0{1,2}\/0{1,2}\/(?:00|0000)$/;
const ZERO = 0x30;

/** Nothing a user could see, or Outlook's mark of no date (`NO_DATE`). */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string' || value.length === 0) return typeof value === 'string';
  // A first character that is no white space (printable ASCII, most letters, every Han character)
  // settles it without trimming: that is nearly every cell of a list, read by check and dedupe alike.
  const first = value.charCodeAt(0);
  if (first === ZERO) return value.length <= 10 && NO_DATE.test(value);
  if ((first > 0x20 && first < 0xa0) || (first > 0x3000 && first !== 0xfeff)) return false;
  const text = value.trim();
  return text === '' || NO_DATE.test(text);
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
