/**
 * Dates to ISO "yyyy-mm-dd" text. Reads the ways customer lists write a date (2024-03-05,
 * 2024/3/5, 2024年3月5日, 20240305, 5 Mar 2024, Excel serials, Date cells). A time of day typed
 * after the date (WeCom's 添加时间, a shop's 下单时间) is kept beside it as 24-hour `time`, so clean
 * writes "2024-03-05 14:22:10" rather than losing the time; midnight is how exports write a plain
 * date and is dropped. Years outside 1900-2199 are treated as typing errors, like the serial range.
 */
import type { CellValue } from '../sheet/cell-value';
import { isDateFormat, isPlausibleSerial, serialToDate } from '../sheet/excel-dates';
import type { DateOrder, NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'date.invalid' });

// A time of day after the date: 14:22, 14:22:10.250, 下午3:30, 9:15 am, T10:30:00Z, 23:30-05:00.
const TIME_OF_DAY =
  /(?:t|\s+|(?<=[日号]))\s*(上午|下午|晚上|早上|中午)?\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?\s*(am|pm)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/;
const YMD = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const YMD_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY_OR_MDY = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]*(\d{4})$/;
const SERIAL_TEXT = /^\d{1,6}(?:\.\d+)?$/;

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

/** The ISO date for year, month and day, or null when there is no such day in 1900-2199. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromSerial(serial: number): string | null {
  return isPlausibleSerial(serial) ? fromDate(serialToDate(serial)) : null;
}

function fromNumber(n: number): string | null {
  if (isPlausibleSerial(n)) return fromSerial(n);
  // 20240305 typed into a number cell.
  if (Number.isInteger(n) && n >= 19000101 && n <= 21991231) {
    return isoFromParts(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return null;
}

const ZONES: Record<string, string> = { z: 'UTC', utc: 'UTC', gmt: 'UTC' };

/** A matched time of day as 24-hour HH:MM[:SS] (and its zone as typed), '' for midnight, null when it cannot be a time. */
function timeOfDay(m: RegExpExecArray): string | null {
  const [, word, h, min, sec, half, zone] = m;
  let hour = Number(h);
  const minute = Number(min);
  const second = sec === undefined ? 0 : Number(sec);
  if (minute > 59 || second > 59) return null;
  const afternoon = half === 'pm' || word === '下午' || word === '晚上' || (word === '中午' && hour < 11);
  const morning = half === 'am' || word === '上午' || word === '早上';
  if ((afternoon || morning) && (hour < 1 || hour > 12)) return null;
  if (afternoon && hour < 12) hour += 12;
  if (morning && hour === 12) hour = 0;
  if (hour > 23) return null;
  const zoneText = zone ? ` ${ZONES[zone] ?? zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}` : '';
  if (hour === 0 && minute === 0 && second === 0) return '';
  return `${pad(hour)}:${pad(minute)}${sec === undefined ? '' : `:${pad(second)}`}${zoneText}`;
}

/** A date written d/m/y or m/d/y: its ISO date, or both readings when either could be meant. */
type Read = string | null | { readings: [string, string] };

/** `s` is folded, trimmed and lower-cased. */
function fromText(s: string, columnFormat: string | null | undefined, order: DateOrder | undefined): Read {
  if (s.length > 60) return null;
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(s))) return isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = YMD_CHINESE.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = YMD_COMPACT.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DMY_OR_MDY.exec(s))) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const year = Number(m[4]);
    const dayFirst = isoFromParts(year, second, first);
    const monthFirst = isoFromParts(year, first, second);
    // 25/12 can only be day first and 12/25 only month first; 03/04 is either, and which one the
    // writer meant is known only from the column's other dates (`dateOrderOf`), never guessed.
    if (dayFirst === null || monthFirst === null || dayFirst === monthFirst) return dayFirst ?? monthFirst;
    if (order) return order === 'dmy' ? dayFirst : monthFirst;
    return { readings: [dayFirst, monthFirst] };
  }
  if ((m = DAY_MONTH_NAME.exec(s))) {
    const month = MONTHS.get(m[2]);
    return month ? isoFromParts(Number(m[3]), month, Number(m[1])) : null;
  }
  if ((m = MONTH_NAME_DAY.exec(s))) {
    const month = MONTHS.get(m[1]);
    return month ? isoFromParts(Number(m[3]), month, Number(m[2])) : null;
  }
  // A bare number is a serial only in a column formatted as dates; elsewhere it is a typo or an ID.
  if (SERIAL_TEXT.test(s) && isDateFormat(columnFormat)) return fromSerial(Number(s));
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
    const m = DMY_OR_MDY.exec(time ? s.slice(0, time.index).trim() : s);
    if (!m) continue;
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
    else if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
    if (dayFirst && monthFirst) return undefined;
  }
  return dayFirst ? 'dmy' : monthFirst ? 'mdy' : undefined;
}

export function normaliseDate(
  value: CellValue | undefined,
  ctx?: Pick<NormaliseContext, 'columnFormat' | 'dateOrder'>,
): NormaliseOutcome {
  let read: Read;
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') {
    const canonical = ISO_DATE.exec(value); // the common case on a second run
    if (canonical)
      return validOrInvalid(isoFromParts(Number(canonical[1]), Number(canonical[2]), Number(canonical[3])));
    const s = foldText(value).trim().toLowerCase();
    if (s === '') return EMPTY;
    const withTime = TIME_OF_DAY.exec(s);
    if (withTime) {
      const day = fromText(s.slice(0, withTime.index).trim(), ctx?.columnFormat, ctx?.dateOrder);
      if (day === null || typeof day !== 'string') return validOrInvalid(day);
      const time = timeOfDay(withTime);
      return time ? { status: 'valid', value: day, time } : { status: 'valid', value: day };
    }
    read = fromText(s, ctx?.columnFormat, ctx?.dateOrder);
  } else if (typeof value === 'number') read = fromNumber(value);
  else if (value instanceof Date) read = fromDate(value);
  else read = null;
  return validOrInvalid(read);
}

function validOrInvalid(read: Read): NormaliseOutcome {
  if (read === null) return INVALID;
  return typeof read === 'string'
    ? { status: 'valid', value: read }
    : { status: 'ambiguous', code: 'date.ambiguous', readings: read.readings };
}
