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
import { isDateFormat } from '../../shared/sheet/excel-dates';
import { isoDateToUtc, needsTextPrefix, TEXT_FORMAT, textInput, type CellKind } from '../../shared/sheet/typed-input';
import type { WireCell } from './protocol';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Sheets' serial numbers (and Excel's, from 1900-03-01 on). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** What getNumberFormat answers for a cell left on "Automatic". */
const AUTOMATIC_FORMATS = new Set(['', 'General', 'general', '0.###############']);

export type SheetsInput = string | number | boolean | Date;

/** A format as the core sees it: null for automatic. */
export function formatOrNull(format: unknown): string | null {
  return typeof format === 'string' && !AUTOMATIC_FORMATS.has(format) ? format : null;
}

/** True for a Date from any realm (getValues' Dates, or ours inside a test's vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function cellKind(format: unknown, plannedFormat?: string | null): CellKind {
  const current = formatOrNull(format);
  return { date: isDateFormat(current) || isDateFormat(plannedFormat), text: current === TEXT_FORMAT };
}

/** Whether a format shows only a time or a duration (Sheets still hands such cells over as Dates). */
function isTimeOnly(format: unknown): boolean {
  const f = formatOrNull(format);
  return f !== null && !isDateFormat(f);
}

/**
 * Dates <-> the spreadsheet's wall clock. Utilities.formatDate is the one time-zone-aware call
 * Apps Script has; results are cached per instant (a column of dates repeats many).
 */
export class SheetDates {
  private readonly wallClocks = new Map<number, number>();

  constructor(private readonly timeZone: string) {}

  /** The wall-clock time the spreadsheet shows for an instant, as milliseconds read as UTC. */
  wallClock(instant: number): number {
    const cached = this.wallClocks.get(instant);
    if (cached !== undefined) return cached;
    const text = Utilities.formatDate(new Date(instant), this.timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
    const m = /^(-?\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)\.(\d+)$/.exec(text);
    const wall = m
      ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]))
      : instant;
    this.wallClocks.set(instant, wall);
    return wall;
  }

  /** The instant the spreadsheet shows as 00:00 of the UTC date of `utcMidnight` (two passes for DST). */
  localMidnight(utcMidnight: number): Date {
    let instant = utcMidnight - (this.wallClock(utcMidnight) - utcMidnight);
    instant = utcMidnight - (this.wallClock(instant) - instant);
    return new Date(instant);
  }

  /** A value from getValues as the core sees it (dates as `{$date}` for the transport). */
  fromSheets(raw: unknown, format: unknown): WireCell {
    if (raw === '' || raw === null || raw === undefined) return null;
    if (isDate(raw)) {
      const instant = raw.getTime();
      if (Number.isNaN(instant)) return { $date: null };
      const wall = this.wallClock(instant);
      if (isTimeOnly(format)) return (wall - SERIAL_EPOCH) / MS_PER_DAY;
      return { $date: new Date(Math.floor(wall / MS_PER_DAY) * MS_PER_DAY).toISOString() };
    }
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    return String(raw);
  }

  /** The input for setValues that stores exactly `value`, never a formula. */
  toSheets(value: CellValue, kind: CellKind): SheetsInput {
    if (value === null) return '';
    if (isDate(value))
      return Number.isNaN(value.getTime())
        ? ''
        : this.localMidnight(Math.floor(value.getTime() / MS_PER_DAY) * MS_PER_DAY);
    if (typeof value !== 'string') return value;
    if (value === '') return '';
    const date = kind.date ? isoDateToUtc(value) : null;
    return date ? this.localMidnight(date.getTime()) : textInput(value, kind);
  }
}

/** A Date written where the cell does not show dates gets this format (as the Excel host does). */
export function needsDateFormat(value: CellValue, kind: CellKind): boolean {
  return isDate(value) && !kind.date;
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
