/**
 * A date's parts and numbers: year, month and day to ISO text within 1900-2199, a two-digit year as
 * Excel reads it, Excel serials and 20240305 typed into a number cell. What the readers of text
 * (date-text.ts), of Taiwan's years (date-roc.ts) and of whole cells (date.ts) share.
 */
import { isoDate } from '../sheet/cell-value';
import { dateToSerial, isPlausibleSerial, serialToDate } from '../sheet/excel-dates';
import type { NormaliseContext } from './types';

/**
 * The start (UTC) of the last day of a month written yyyy-mm (date.monthOnly's reading), or of a year
 * written yyyy (date.yearOnly's), or null: a date given only to its month or year is judged by its last
 * day, so no day is assumed that it may not reach.
 */
export function monthEndTime(month: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(month);
  // Day 0 of the next month is the month's last day.
  return m ? Date.UTC(Number(m[1]), m[2] === undefined ? 12 : Number(m[2]), 0) : null;
}

/** What `normaliseDate` knows of the cell's column. */
export type DateContext = Pick<
  NormaliseContext,
  | 'columnFormat'
  | 'dateOrder'
  | 'orderDates'
  | 'yearPlace'
  | 'rocYears'
  | 'taiwanList'
  | 'rowRegion'
  | 'timestamps'
  | 'zonedTimes'
  | 'serialText'
  | 'monthDots'
  | 'birthDate'
  | 'now'
>;

/**
 * A date as read: its ISO date, or the readings either of which could be meant (left as typed).
 * 'none': no date at all (Outlook's 0/0/00, a birth year and month: 1990.03), which is not an error.
 */
export type Read = string | null | 'none' | { readings: string[] };

/** The last year a customer list's date can be in (like the serial range). */
export const MAX_YEAR = 2199;
/** Excel reads a two-digit year up to this one as 20xx, and the rest as 19xx. */
const LAST_21ST_CENTURY_SHORT_YEAR = 29;
/**
 * The first serial a number shown as a number is read as (1927-05-18). Hosts turn a date-formatted cell
 * into a Date, so a number reaching here shows as one: 1985 under 生日 is a year, not 1905-06-07.
 */
export const FIRST_TYPED_SERIAL = 10_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The ISO date for year, month and day, or null when there is no such day in 1900-2199. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date of a two-digit year `yy`, read as Excel reads it; a birth date that would lie ahead is of the century before. */
export function shortYearIso(yy: number, month: number, day: number, ctx: DateContext | undefined): string | null {
  const iso = isoFromParts((yy <= LAST_21ST_CENTURY_SHORT_YEAR ? 2000 : 1900) + yy, month, day);
  if (iso === null || !ctx?.birthDate || iso <= isoDate(ctx.now ?? new Date())) return iso;
  return isoFromParts(1900 + yy, month, day);
}

/** The dates some readings give, each once: one is the date, several are left as typed, none is no date. */
export function readingsOf(...reads: readonly Read[]): Read {
  const days = [
    ...new Set(
      reads.flatMap((read) =>
        read === null || read === 'none' ? [] : typeof read === 'string' ? [read] : read.readings,
      ),
    ),
  ];
  if (days.length < 2) return days[0] ?? null;
  return { readings: days };
}

export function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  // 19851120 typed into a cell formatted as a date: Excel shows ####, the reader a date in the year
  // 56250. The number the cell holds is the date as typed.
  if (year > MAX_YEAR) return fromNumber(dateToSerial(date));
  return isoFromParts(year, date.getUTCMonth() + 1, date.getUTCDate());
}

export function fromSerial(serial: number): string | null {
  return isPlausibleSerial(serial) ? fromDate(serialToDate(serial)) : null;
}

export function fromNumber(n: number): string | null {
  if (isPlausibleSerial(n)) return n >= FIRST_TYPED_SERIAL ? fromSerial(n) : null;
  // 20240305 typed into a number cell.
  if (Number.isInteger(n) && n >= 19000101 && n <= 21991231) {
    return isoFromParts(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return null;
}
