/**
 * Writing a core value where a spreadsheet reinterprets typed input ("=…" and "+86 …" become
 * formulas, "00123" a number, "2024-03-05" a date): Excel and Google Sheets both store a string
 * exactly when it starts with an apostrophe, which is not part of the value. One home for the
 * rule every host shares, and for canonical `yyyy-mm-dd` text (with a time of day, in files)
 * becoming a real date.
 */
import { isDateFormat, timeShown } from './excel-dates';

/** The format given to a date written where the cell shows no date. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

/** What a host knows about the cell a value goes into. */
export interface CellKind {
  /** The cell shows dates: canonical `yyyy-mm-dd` text is written as a real date. */
  date: boolean;
  /** The cell is formatted as text (`@`): input is stored as typed, no prefix needed. */
  text: boolean;
  /** The date format it shows, when known: a date written there takes it, whatever the cell's own format. */
  dateFormat?: string;
}

export const PLAIN_CELL: CellKind = { date: false, text: false };

/**
 * Whether a spreadsheet might store a string as something else: formula and error starters,
 * anything with a digit (numbers, dates, times, percentages, fractions, "1e5") and the boolean words.
 */
export function needsTextPrefix(text: string): boolean {
  return /^\s*[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The input that stores exactly `text` in a cell of this kind. */
export function textInput(text: string, kind: CellKind): string {
  return text !== '' && !kind.text && needsTextPrefix(text) ? `'${text}` : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-mm-dd` text as a real calendar date at UTC midnight, or null ("2024-02-30" is not one). */
export function isoDateToUtc(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The core's date text, `yyyy-mm-dd` or with the time of day it keeps (`yyyy-mm-dd hh:mm[:ss]`,
 * 24-hour), as a real date and time in UTC, or null. A time with a zone ("14:22 +08:00") is null:
 * no cell holds a zone, so that text stays text.
 */
export function isoDateTimeToUtc(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text);
  const day = match ? isoDateToUtc(match[1]!) : null;
  if (!match || !day || match[2] === undefined) return day;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(day.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
}

/**
 * The format a date written from `text` takes where the cell shows `format`: `format` itself, or
 * with the time added (hh:mm, hh:mm:ss when seconds were typed) when the text has a time it hides.
 */
export function formatShowingTime(format: string, text: string): string {
  const time = ISO_DATE_TIME.exec(text);
  if (!time || time[2] === undefined || timeShown(format)) return format;
  return `${format} ${time[4] === undefined ? 'hh:mm' : 'hh:mm:ss'}`;
}

/**
 * The format a date column's `format` gives a cell now showing `own`: `format`, with the time added
 * when `own` shows a date and its time (a date written with a time keeps it in view).
 */
export function formatKeepingTime(format: string, own: string | null | undefined): string {
  if (!isDateFormat(format) || timeShown(format) || !isDateFormat(own)) return format;
  const time = timeShown(own);
  return time ? `${format} ${time}` : format;
}
