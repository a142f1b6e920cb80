/**
 * Cell values between the core and SpreadsheetApp, kept consistent with the Excel host
 * (addin/excel-values.ts): a cell that shows a date reaches the core as a Date at UTC midnight of
 * the date shown in the spreadsheet's time zone (its time, if any, dropped, as Excel's serials
 * are); a cell formatted as a time or duration reaches it as the serial number Excel would give.
 * Sheets hands dates over as instants and reinterprets strings written with setValues as typed
 * input ("=…" a formula, "00123" a number, "2024-03-05" a date), so such strings are written with
 * the apostrophe quote prefix, which is not part of the value.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { cellInput, cellKind, isDate } from '../../shared/host/cell-input';
import { MS_PER_DAY, WALL_CLOCK_PATTERN, WallClock } from '../../shared/host/wall-clock';
import { isDateFormat } from '../../shared/sheet/excel-dates';
import { needsTextPrefix, TEXT_FORMAT, type CellKind } from '../../shared/sheet/typed-input';
import type { WireCell } from './protocol';

/** Day 0 of Sheets' serial numbers (and Excel's, from 1900-03-01 on). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** What getNumberFormat answers for a cell left on "Automatic". */
const AUTOMATIC_FORMATS = new Set(['', 'General', 'general', '0.###############']);

export type SheetsInput = string | number | boolean | Date;

/** A format as the core sees it: null for automatic. */
export function formatOrNull(format: unknown): string | null {
  return typeof format === 'string' && !AUTOMATIC_FORMATS.has(format) ? format : null;
}

/** Each cell's link, one read (a link over part of a text is not the cell's; a number has none). */
export const linkUrls = (range: GoogleAppsScript.Spreadsheet.Range) =>
  range.getRichTextValues().map((row) => row.map((text) => text?.getLinkUrl() ?? null));

/** What a cell of this format takes, where the plan gives its column `plannedFormat`. */
export function sheetsCellKind(format: unknown, plannedFormat?: string | null): CellKind {
  return cellKind(formatOrNull(format), plannedFormat);
}

/** Whether a format shows only a time or a duration (Sheets still hands such cells over as Dates). */
function isTimeOnly(format: unknown): boolean {
  const f = formatOrNull(format);
  return f !== null && !isDateFormat(f);
}

/** Dates <-> the spreadsheet's wall clock (shared/host/wall-clock.ts), through Utilities.formatDate. */
export class SheetDates extends WallClock {
  constructor(timeZone: string) {
    super((instant) => Utilities.formatDate(new Date(instant), timeZone, WALL_CLOCK_PATTERN));
  }

  /** A value from getValues as the core sees it (dates as `{$date}` for the transport). */
  fromSheets(raw: unknown, format: unknown): WireCell {
    if (raw === '' || raw === null || raw === undefined) return null;
    if (isDate(raw)) {
      const instant = raw.getTime();
      if (Number.isNaN(instant)) return { $date: null };
      if (isTimeOnly(format)) return (this.wallClock(instant) - SERIAL_EPOCH) / MS_PER_DAY;
      return { $date: this.dateShown(instant).toISOString() };
    }
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    return String(raw);
  }

  /** The input for setValues that stores exactly `value`, never a formula. */
  toSheets(value: CellValue, kind: CellKind): SheetsInput {
    return cellInput(value, kind, (date) =>
      Number.isNaN(date.getTime()) ? '' : this.localMidnight(Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY),
    );
  }
}

/**
 * The input that writes back what a cell holds now (a cell inside a written block that the plan
 * does not change): its formula, or its value as read, quote-prefixed where Sheets would reparse it.
 */
export function unchangedInput(raw: unknown, formula: unknown, format: unknown): SheetsInput {
  if (typeof formula === 'string' && formula !== '') return formula;
  if (typeof raw === 'string')
    return raw !== '' && formatOrNull(format) !== TEXT_FORMAT && needsTextPrefix(raw) ? `'${raw}` : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || isDate(raw)) return raw;
  return raw === null || raw === undefined ? '' : String(raw);
}
