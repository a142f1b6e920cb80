/**
 * Dates as lists type them in text: 2024-03-05, 2024/3/5, 2024年3月5日, 90年3月5日, 20240305, 5 Mar 2024,
 * d/m/y or m/d/y (read in the column's order, else left as typed), Excel's short years, a weekday after
 * the date (星期一), and the no-dates of a birth-date column (Outlook's 0/0/00, 1990.03); a date given
 * only to its month elsewhere (2024年3月, March 2024) is `monthOnlyOf`'s, one without its year (--06-21,
 * 6月1日) `yearlessDays`'s.
 */
import { NO_DATE } from '../sheet/cell-value';
import { isDateFormat } from '../sheet/excel-dates';
import {
  fromNumber,
  fromSerial,
  isoFromParts,
  readingsOf,
  shortYearIso,
  type DateContext,
  type Read,
} from './date-parts';
import { calendarOf, ROC_COMPACT, ROC_DATE, ROC_NUMERIC, rocIso, yearFirstRead } from './date-roc';

export const YMD = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
export const YMD_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
export const DMY_OR_MDY = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
// Excel's short dates (m/d/yy, d/m/yy) use slashes; 24-03-15 and 24.3.15 are as often year first.
export const SHORT_YEAR = /^(\d{1,2})\s*(\/)\s*(\d{1,2})\s*\/\s*(\d{2})$/;
// 24.1.2, 24/1/2, 24-01-02: a two-digit year first, as Chinese lists write it short; or the year last,
// day or month first (24/1/2 is 24 January 2002 too, as Excel reads a one-digit year); 5/3/4 either.
export const SHORT_DATE = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]*(\d{4})$/;
export const SERIAL_TEXT = /^\d{1,6}(?:\.\d+)?$/;
// Serials of 1927-2173: the only ones typed into a list of dates (a CSV saved from a column shown as General).
export const TYPED_SERIAL = /^\d{5}(?:\.\d+)?$/;
// Outlook writes 0/0/00 for a birthday or anniversary it does not know: a blank cell (cell-value.ts).
export { NO_DATE };
// A date without its year: --06-21 (vCard, Google Contacts), 0000-06-21 (Square, Google's People API;
// year 0000 is their way of writing none), 06-21, 6/21, 6月21日.
const YEARLESS_ISO = /^(?:--|0000-)(\d{2})-?(\d{2})$/;
const YEARLESS = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})$/;
const YEARLESS_CHINESE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// A birth year and month without the day, as a 出生年月 column holds them: 1990.03, 1990年3月, 1990-03, 199003.
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$/;
// 90年3月5日: a two-digit year, read as a short slash date is (or as Taiwan's, date-roc.ts).
export const SHORT_YEAR_CHINESE = /^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// A weekday after the date: 2024年11月11日星期一, （周一）, Mon.
const WEEKDAY_AFTER = /\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天][)）]?$/;

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
  // The column's order wins over the row's country: one export (or one typist) writes a column one way,
  // whichever country each contact is in, so a British contact's 12/01/2023 in a Salesforce report
  // whose 3/15/2024 proves month first is 1 December.
  if (ctx?.dateOrder) return ctx.dateOrder === 'dmy' ? dayFirst : monthFirst;
  return { readings: [dayFirst, monthFirst] };
}

/** Countries that write the month before the day (the United States and the places that date as it does). */
const MONTH_FIRST: ReadonlySet<string> = new Set(['US', 'PH', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'FM', 'MH', 'PW']);
/** Countries that write the year first or mix orders (Canada): a row of theirs takes the column's order. */
const NO_ORDER: ReadonlySet<string> = new Set([
  'CN',
  'TW',
  'HK',
  'MO',
  'JP',
  'KR',
  'KP',
  'MN',
  'HU',
  'LT',
  'CA',
  'IR',
  'SE',
]);

/** Whether a region writes a slashed date month first: the United States and the places that date as it does. */
export function writesMonthFirst(region: string | undefined | null): boolean {
  return rowOrder(region) === 'mdy';
}

/** Whether a region writes a slashed date day first: Australia, Britain and most others. */
export function writesDayFirst(region: string | undefined | null): boolean {
  return rowOrder(region) === 'dmy';
}

/** The order a row's country writes a slashed date in; null where it says nothing or none is its own. */
function rowOrder(region: string | undefined | null): 'dmy' | 'mdy' | null {
  if (!region || NO_ORDER.has(region)) return null;
  return MONTH_FIRST.has(region) ? 'mdy' : 'dmy';
}

/**
 * A short date of three numbers of one or two digits (`SHORT_DATE`, not Excel's m/d/yy): year first,
 * or year last with the day or the month first (as the column's `dateOrder` says, if it does). A
 * reading whose year is one digit (24/3/5 as 2005, 5/3/4 as 2005 year first) is no way of writing a
 * year where the column's other dates put theirs in the other place (`yearPlace`): 24/3/5 is 2024-03-05
 * beside 2024/1/8, and 5/3/4 2004-03-05 beside 25/12/85. What they leave open stays, left as typed.
 */
function shortDate(m: RegExpExecArray, ctx: DateContext | undefined): Read {
  const [first, second, last] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const readings: Read[] = [];
  if (!(ctx?.yearPlace === 'last' && m[1].length === 1)) readings.push(yearFirstRead(first, second, last, ctx));
  if (!(ctx?.yearPlace === 'first' && m[4].length === 1)) {
    if (ctx?.dateOrder !== 'mdy') readings.push(shortYearIso(last, second, first, ctx));
    if (ctx?.dateOrder !== 'dmy') readings.push(shortYearIso(last, first, second, ctx));
  }
  return readingsOf(...readings);
}

/** Whether month and day name a day of some year (29 February included). */
function isMonthDay(month: number, day: number): boolean {
  return isoFromParts(2000, month, day) !== null;
}

// A day with the month's name and no year: Jun 5, June 5th, 5 June, 21st March, and 5-Jun as a CSV
// saved from Excel's d-mmm shows it. Not Mar-24, which Excel's mmm-yy writes for March 2024.
const MONTH_NAME_DAY_YEARLESS = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/;
const DAY_MONTH_NAME_YEARLESS = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|\s*-\s*)([a-z]{3,9})\.?$/;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The days (mm-dd) a date written without its year may be: one for 6月1日 and --06-01, two for 6/1
 * (1 June or 6 January, unless the column's order says which), none when `s` is no such date.
 */
export function yearlessDays(s: string, order?: DateContext['dateOrder']): string[] {
  let m: RegExpExecArray | null;
  const day = (month: number, date: number) =>
    isMonthDay(month, date) ? [`${twoDigits(month)}-${twoDigits(date)}`] : [];
  const named = (month: string, date: number) => {
    const number = MONTHS.get(month);
    return number === undefined ? [] : day(number, date);
  };
  if ((m = YEARLESS_ISO.exec(s)) || (m = YEARLESS_CHINESE.exec(s))) return day(Number(m[1]), Number(m[2]));
  if ((m = MONTH_NAME_DAY_YEARLESS.exec(s))) return named(m[1]!, Number(m[2]));
  if ((m = DAY_MONTH_NAME_YEARLESS.exec(s))) return named(m[2]!, Number(m[1]));
  // 06-21, 6/21 or 21/6: which comes first does not matter to a value left as typed.
  if ((m = YEARLESS.exec(s))) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    const readings = [...(order !== 'dmy' ? day(first, second) : []), ...(order !== 'mdy' ? day(second, first) : [])];
    return [...new Set(readings)];
  }
  return [];
}

/**
 * A birthday in the lunar calendar, as Chinese members give theirs: 农历八月十五, 阴历3月5日, 二月初二,
 * 腊月廿三, 1990年农历八月十五. No Gregorian day without a table of the year's months: kept as typed.
 */
const LUNAR_MARK = /^(?:\d{4}年)?(?:农历|阴历|農曆|陰曆|旧历|舊曆)/;
const LUNAR_DAY =
  /^(?:\d{4}年)?(?:正|冬|腊|臘|十[一二]|[一二三四五六七八九十])月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)$/;

function isLunar(s: string): boolean {
  return LUNAR_MARK.test(s) || LUNAR_DAY.test(s);
}

/** A year and month of birth, no day (1990.03): not a whole date, and no error either. */
function isYearMonth(s: string, ctx: DateContext): boolean {
  const m = YEAR_MONTH.exec(s);
  if (!m) return false;
  const [year, month] = [Number(m[1]), Number(m[2] ?? m[3])];
  return month >= 1 && month <= 12 && year >= 1900 && year <= (ctx.now ?? new Date()).getUTCFullYear();
}

// A date written only to its month (2024年3月, 2024-03, 2024/3, 03/2024, March 2024); 2024.3 only where
// `monthDots` says the column holds no decimals. Mar-24 is not one: Excel's d-mmm writes 24 March so too.
const MONTH_ONLY_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/;
const MONTH_ONLY = /^(\d{4})\s*[-/]\s*(\d{1,2})$/;
/** Month before year (03/2022, 3-2021), as British, Indian and American teams type a month. */
const MONTH_YEAR = /^(\d{1,2})\s*[-/]\s*(\d{4})$/;
const MONTH_ONLY_DOTS = /^(\d{4})\.(\d{1,2})$/;
const MONTH_NAME_YEAR = /^([a-z]{3,9})\.?[\s\-/.,]*(\d{4})$/;

/** The month (yyyy-mm) a date written without its day names, or null; `s` is folded, trimmed and lower-cased. */
export function monthOnlyOf(s: string, ctx: DateContext | undefined): string | null {
  let m: RegExpExecArray | null;
  let year: number;
  let month: number | undefined;
  if ((m = MONTH_ONLY_CHINESE.exec(s) ?? MONTH_ONLY.exec(s))) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = MONTH_YEAR.exec(s))) [year, month] = [Number(m[2]), Number(m[1])];
  else if (ctx?.monthDots && (m = MONTH_ONLY_DOTS.exec(s))) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = MONTH_NAME_YEAR.exec(s))) [year, month] = [Number(m[2]), MONTHS.get(m[1]!)];
  else return null;
  // The month's first day only tests that the year and month are real ones: no day is kept.
  const iso = month === undefined ? null : isoFromParts(year, month, 1);
  return iso === null ? null : iso.slice(0, 7);
}

/** `s` is folded, trimmed and lower-cased. */
export function fromText(text: string, ctx: DateContext | undefined): Read {
  if (text.length > 60) return null;
  if (NO_DATE.test(text)) return 'none';
  const s = text.replace(WEEKDAY_AFTER, '');
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(s))) return isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = YMD_CHINESE.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = YMD_COMPACT.exec(s))) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = SHORT_YEAR_CHINESE.exec(s))) return yearFirstRead(Number(m[1]), Number(m[2]), Number(m[3]), ctx);
  if ((m = ROC_DATE.exec(s))) return rocIso(Number(m[1] ?? m[2]), Number(m[3]), Number(m[4]));
  if ((m = ROC_NUMERIC.exec(s))) return rocIso(Number(m[1]), Number(m[3]), Number(m[4]));
  if (calendarOf(ctx) !== 'western' && (m = ROC_COMPACT.exec(s)))
    return rocIso(Number(m[1]), Number(m[2]), Number(m[3]));
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
    return readingsOf(read, yearFirstRead(first, Number(m[3]), yy, ctx));
  }
  if ((m = SHORT_DATE.exec(s))) return shortDate(m, ctx);
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
  // A birthday without its year (--06-21, 0000-06-21, 3月8日) is date.noYear, read by normaliseDate.
  if (ctx?.birthDate && (isYearMonth(s, ctx) || isLunar(s))) return 'none';
  return null;
}
