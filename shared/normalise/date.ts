/**
 * Dates to ISO "yyyy-mm-dd" text. Reads the ways customer lists write a date (2024-03-05,
 * 2024/3/5, 2024年3月5日, 90年3月5日, 20240305, 5 Mar 2024, Excel serials, Date cells; a weekday after
 * it, 星期一, is read past). A time of day typed
 * after the date (WeCom's 添加时间, a shop's 下单时间) is kept beside it as 24-hour `time`, so clean
 * writes "2024-03-05 14:22:10" rather than losing the time; midnight is how exports write a plain
 * date and is dropped. Years outside 1900-2199 are treated as typing errors, like the serial range.
 * Two-digit years (Excel's short date, 3/15/24) follow Excel's window: 00-29 are 2000-2029, 30-99
 * 1930-1999. Outlook's 0/0/00 is no date; a birthday without its year (--06-21) or without its day
 * (出生年月: 1990.03) stays as typed.
 */
import { isoDate, type CellValue } from '../sheet/cell-value';
import { dateToSerial, isDateFormat, isPlausibleSerial, serialToDate } from '../sheet/excel-dates';
import type { DateOrder, NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';
import { serialTime, TIME_OF_DAY, timeOfDay } from './time-of-day';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'date.invalid' });

const YMD = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const YMD_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY_OR_MDY = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
// Excel's short dates (m/d/yy, d/m/yy) use slashes; 24-03-15 and 24.3.15 are as often year first.
const SHORT_YEAR = /^(\d{1,2})\s*(\/)\s*(\d{1,2})\s*\/\s*(\d{2})$/;
// 24.1.2, 24/1/2, 24-01-02: a two-digit year first, as Chinese lists write it short. With a one-digit
// last part the year can only come first; 24-01-02 and 24.1.15 may be day (or month) first too.
const SHORT_YEAR_FIRST = /^(\d{2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]*(\d{4})$/;
const SERIAL_TEXT = /^\d{1,6}(?:\.\d+)?$/;
// Serials of 1927-2173: the only ones typed into a list of dates (a CSV saved from a column shown as General).
const TYPED_SERIAL = /^\d{5}(?:\.\d+)?$/;
/**
 * The first serial a number shown as a number is read as (1927-05-18). Hosts turn a date-formatted cell
 * into a Date, so a number reaching here shows as one: 1985 under 生日 is a year, not 1905-06-07.
 */
const FIRST_TYPED_SERIAL = 10_000;
// Outlook writes 0/0/00 for a birthday or anniversary it does not know.
const NO_DATE = /^0{1,2}\/0{1,2}\/(?:00|0000)$/;
// A birthday kept without its year: --06-21 (vCard, Google Contacts), 0000-06-21 (Square, Google's
// People API), 06-21, 6/21, 6月21日.
const YEARLESS_ISO = /^(?:--|0000-)(\d{2})-?(\d{2})$/;
const YEARLESS = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})$/;
const YEARLESS_CHINESE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// A birth year and month without the day, as a 出生年月 column holds them: 1990.03, 1990年3月, 1990-03, 199003.
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$/;
/**
 * Taiwan's calendar: 民國69年9月15日 (1980), and a three-digit year no other calendar writes
 * (113年3月5日 is 2024). Year 1 of the Republic is 1912.
 */
const ROC_DATE = /^(?:中[華华])?(?:民[國国]\s*(\d{1,3})|(\d{3}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const ROC_YEAR_ONE = 1911;
// 90年3月5日: a two-digit year, read as a short slash date is.
const SHORT_YEAR_CHINESE = /^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// A weekday after the date: 2024年11月11日星期一, （周一）, Mon.
const WEEKDAY_AFTER = /\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天][)）]?$/;
/** Excel reads a two-digit year up to this one as 20xx, and the rest as 19xx. */
const LAST_21ST_CENTURY_SHORT_YEAR = 29;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS = new Map<string, number>([['sept', 9]]);
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The last year a customer list's date can be in (like the serial range). */
const MAX_YEAR = 2199;

/** The ISO date for year, month and day, or null when there is no such day in 1900-2199. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  // 19851120 typed into a cell formatted as a date: Excel shows ####, the reader a date in the year
  // 56250. The number the cell holds is the date as typed.
  if (year > MAX_YEAR) return fromNumber(dateToSerial(date));
  return isoFromParts(year, date.getUTCMonth() + 1, date.getUTCDate());
}

function fromSerial(serial: number): string | null {
  return isPlausibleSerial(serial) ? fromDate(serialToDate(serial)) : null;
}

/** A serial's date with its time of day, when it holds one. */
function withSerialTime(read: Read, serial: number): NormaliseOutcome {
  const isSerial = serial >= FIRST_TYPED_SERIAL && isPlausibleSerial(serial);
  const time = isSerial && typeof read === 'string' && read !== 'none' ? serialTime(serial) : '';
  return time ? { status: 'valid', value: read as string, time } : validOrInvalid(read);
}

function fromNumber(n: number): string | null {
  if (isPlausibleSerial(n)) return n >= FIRST_TYPED_SERIAL ? fromSerial(n) : null;
  // 20240305 typed into a number cell.
  if (Number.isInteger(n) && n >= 19000101 && n <= 21991231) {
    return isoFromParts(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return null;
}

/**
 * A date written d/m/y or m/d/y: its ISO date, or both readings when either could be meant.
 * 'none': no date at all (Outlook's 0/0/00, a birthday without its year), which is not an error.
 */
type Read = string | null | 'none' | { readings: string[] };

/** What `normaliseDate` knows of the cell's column. */
export type DateContext = Pick<
  NormaliseContext,
  'columnFormat' | 'dateOrder' | 'rocYears' | 'serialText' | 'birthDate' | 'now'
>;

/** The ISO date of a two-digit year `yy`, read as Excel reads it; a birth date that would lie ahead is of the century before. */
function shortYearIso(yy: number, month: number, day: number, ctx: DateContext | undefined): string | null {
  const iso = isoFromParts((yy <= LAST_21ST_CENTURY_SHORT_YEAR ? 2000 : 1900) + yy, month, day);
  if (iso === null || !ctx?.birthDate || iso <= isoDate(ctx.now ?? new Date())) return iso;
  return isoFromParts(1900 + yy, month, day);
}

function dayOrMonthFirst(
  m: RegExpExecArray,
  ctx: DateContext | undefined,
  iso: (month: number, day: number) => string | null,
): Read {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const dayFirst = iso(second, first);
  const monthFirst = iso(first, second);
  // 25/12 can only be day first and 12/25 only month first; 03/04 is either, and which one the
  // writer meant is known only from the column's other dates (`dateOrderOf`), never guessed.
  if (dayFirst === null || monthFirst === null || dayFirst === monthFirst) return dayFirst ?? monthFirst;
  if (ctx?.dateOrder) return ctx.dateOrder === 'dmy' ? dayFirst : monthFirst;
  return { readings: [dayFirst, monthFirst] };
}

/**
 * A short date a two-digit year may start (`SHORT_YEAR_FIRST`, not Excel's m/d/yy): year first, and
 * where the last part has two digits day or month first too (as the column's order says, if it does).
 */
function shortYearFirst(m: RegExpExecArray, ctx: DateContext | undefined): Read {
  const [first, second, last] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const readings = [shortYearIso(first, second, last, ctx)];
  if (m[4].length === 2) {
    if (ctx?.dateOrder !== 'mdy') readings.push(shortYearIso(last, second, first, ctx));
    if (ctx?.dateOrder !== 'dmy') readings.push(shortYearIso(last, first, second, ctx));
  }
  const days = [...new Set(readings.filter((iso): iso is string => iso !== null))];
  if (days.length < 2) return days[0] ?? null;
  return { readings: days };
}

/** Whether month and day name a day of some year (29 February included). */
function isMonthDay(month: number, day: number): boolean {
  return isoFromParts(2000, month, day) !== null;
}

/** A birthday without its year, as `s` (folded, trimmed, lower-cased) may write one. */
function isYearless(s: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = YEARLESS_ISO.exec(s)) || (m = YEARLESS_CHINESE.exec(s))) return isMonthDay(Number(m[1]), Number(m[2]));
  // 06-21, 6/21 or 21/6: which comes first does not matter to a value left as typed.
  if ((m = YEARLESS.exec(s))) return isMonthDay(Number(m[1]), Number(m[3])) || isMonthDay(Number(m[3]), Number(m[1]));
  return false;
}

/** A year and month of birth, no day (1990.03): not a whole date, and no error either. */
function isYearMonth(s: string, ctx: DateContext): boolean {
  const m = YEAR_MONTH.exec(s);
  if (!m) return false;
  const [year, month] = [Number(m[1]), Number(m[2] ?? m[3])];
  return month >= 1 && month <= 12 && year >= 1900 && year <= (ctx.now ?? new Date()).getUTCFullYear();
}

/** `s` is folded, trimmed and lower-cased. */
function fromText(text: string, ctx: DateContext | undefined): Read {
  if (text.length > 60) return null;
  if (NO_DATE.test(text)) return 'none';
  const s = text.replace(WEEKDAY_AFTER, '');
  let m: RegExpExecArray | null;
  // Year 0000 is Square's way of writing no year, not a year: read before YMD, which would refuse it.
  if (ctx?.birthDate && s.startsWith('0000-') && isYearless(s)) return 'none';
  if ((m = YMD.exec(s))) return isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = YMD_CHINESE.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = YMD_COMPACT.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = SHORT_YEAR_CHINESE.exec(s)))
    return ctx?.rocYears
      ? isoFromParts(ROC_YEAR_ONE + Number(m[1]), Number(m[2]), Number(m[3]))
      : shortYearIso(Number(m[1]), Number(m[2]), Number(m[3]), ctx);
  if ((m = ROC_DATE.exec(s))) return isoFromParts(ROC_YEAR_ONE + Number(m[1] ?? m[2]), Number(m[3]), Number(m[4]));
  if ((m = DMY_OR_MDY.exec(s))) {
    const year = Number(m[4]);
    return dayOrMonthFirst(m, ctx, (month, day) => isoFromParts(year, month, day));
  }
  if ((m = SHORT_YEAR.exec(s))) {
    const yy = Number(m[4]);
    const read = dayOrMonthFirst(m, ctx, (month, day) => shortYearIso(yy, month, day, ctx));
    // 25/3/05 may be year first too (2025-03-05, a Chinese short date); 3/4/24 is not read so, as
    // Excel writes no short date year first, and a year of 2001-2012 is what every such date would be.
    const first = Number(m[1]);
    if (first <= 12 || ctx?.dateOrder === 'dmy' || (read !== null && typeof read !== 'string')) return read;
    const yearFirst = shortYearIso(first, Number(m[3]), yy, ctx);
    if (read === null || yearFirst === null || read === yearFirst) return read ?? yearFirst;
    return { readings: [read, yearFirst] };
  }
  if ((m = SHORT_YEAR_FIRST.exec(s))) return shortYearFirst(m, ctx);
  if ((m = DAY_MONTH_NAME.exec(s))) {
    const month = MONTHS.get(m[2]);
    return month ? isoFromParts(Number(m[3]), month, Number(m[1])) : null;
  }
  if ((m = MONTH_NAME_DAY.exec(s))) {
    const month = MONTHS.get(m[1]);
    return month ? isoFromParts(Number(m[3]), month, Number(m[2])) : null;
  }
  // A bare number is a serial only in a column formatted as dates, or typed among dates (a CSV);
  // elsewhere it is a typo, a postcode or an ID.
  // Text is shown as typed whatever the column's format: 2024 there is a year too.
  if (SERIAL_TEXT.test(s) && isDateFormat(ctx?.columnFormat)) return fromNumber(Number(s));
  if (ctx?.serialText && TYPED_SERIAL.test(s)) return fromSerial(Number(s));
  if (ctx?.birthDate && (isYearless(s) || isYearMonth(s, ctx))) return 'none';
  return null;
}

/**
 * Whether a column's d/m/y and m/d/y dates put the day or the month first, as its unambiguous ones
 * show (25/12/2024 only day first, 12/25/2024 only month first); undefined when none of them says,
 * or when they disagree. `values` are a sheet's rows, the header first; `col` is 1-based.
 */
export function dateOrderOf(values: readonly (readonly CellValue[] | undefined)[], col: number): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[col - 1];
    // Only text starting with a day or month number can be either; most cells stop at the first test.
    if (typeof cell !== 'string' || !/^\s*\d{1,2}\s*[-/.]/.test(cell)) continue;
    const s = foldText(cell).trim().toLowerCase();
    const time = TIME_OF_DAY.exec(s);
    const day = time ? s.slice(0, time.index).trim() : s;
    const long = DMY_OR_MDY.exec(day);
    const m = long ?? SHORT_YEAR.exec(day);
    if (!m) continue;
    // 25/3/05 may be year first (see fromText): only a four-digit year shows a day first.
    if (long && Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
    else if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
    if (dayFirst && monthFirst) return undefined;
  }
  return dayFirst ? 'dmy' : monthFirst ? 'mdy' : undefined;
}

/** How many of a column's filled cells `dateColumnContext` reads to learn whether it holds dates. */
const SAMPLE = 500;

/**
 * What a date column's cells say about reading any one of them: which of day and month comes first
 * (`dateOrderOf`), and whether its values are dates (more than half of those read, not counting
 * five-digit numbers), so that a five-digit number there is Excel's serial for a date. `values`
 * are a sheet's rows, the header first; `col` is 1-based.
 */
export function dateColumnContext(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  column: { birthDate?: boolean; now?: Date } = {},
): Pick<NormaliseContext, 'dateOrder' | 'rocYears' | 'serialText' | 'birthDate' | 'now'> {
  const order = dateOrderOf(values, col);
  let dates = 0;
  let others = 0;
  let roc = false;
  for (let r = 1; r < values.length && dates + others < SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined || typeof cell === 'number') continue;
    if (typeof cell === 'string' && TYPED_SERIAL.test(cell.trim())) continue;
    if (typeof cell === 'string' && ROC_DATE.test(foldText(cell).trim())) roc = true;
    const status = normaliseDate(cell, order ? { dateOrder: order } : {}).status;
    if (status === 'valid' || status === 'ambiguous') dates++;
    else if (status === 'invalid') others++;
  }
  return {
    ...(order ? { dateOrder: order } : {}),
    ...(roc ? { rocYears: true } : {}),
    ...(dates > others ? { serialText: true } : {}),
    ...(column.birthDate ? { birthDate: true, ...(column.now ? { now: column.now } : {}) } : {}),
  };
}

/** Outlook's 0/0/00: a date it never had, where other yearless or dayless values are part of one. */
export function isNoDateMark(value: CellValue): boolean {
  return typeof value === 'string' && NO_DATE.test(foldText(value).trim());
}

export function normaliseDate(value: CellValue | undefined, ctx?: DateContext): NormaliseOutcome {
  let read: Read;
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') {
    const canonical = ISO_DATE.exec(value); // the common case on a second run
    if (canonical && canonical[1] !== '0000')
      return validOrInvalid(isoFromParts(Number(canonical[1]), Number(canonical[2]), Number(canonical[3])));
    const s = foldText(value).trim().toLowerCase();
    if (s === '') return EMPTY;
    const withTime = TIME_OF_DAY.exec(s);
    if (withTime) {
      const day = fromText(s.slice(0, withTime.index).trim(), ctx);
      if (day === null || day === 'none' || typeof day !== 'string') return validOrInvalid(day);
      const time = timeOfDay(withTime);
      return time ? { status: 'valid', value: day, time } : { status: 'valid', value: day };
    }
    read = fromText(s, ctx);
    if (SERIAL_TEXT.test(s)) return withSerialTime(read, Number(s));
  } else if (typeof value === 'number') return withSerialTime(fromNumber(value), value);
  else if (value instanceof Date) read = fromDate(value);
  else read = null;
  return validOrInvalid(read);
}

function validOrInvalid(read: Read): NormaliseOutcome {
  if (read === null) return INVALID;
  if (read === 'none') return EMPTY;
  return typeof read === 'string'
    ? { status: 'valid', value: read }
    : { status: 'ambiguous', code: 'date.ambiguous', readings: read.readings };
}
