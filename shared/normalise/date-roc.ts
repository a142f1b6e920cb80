/**
 * Taiwan's calendar: years of the Republic of China, 民國 1 being 1912. 民國69年9月15日 is 1980, and so
 * is a three-digit year no other calendar writes (113年3月5日 is 2024). A two-digit year first
 * (69年9月15日, 69/9/15) is a 民國 year in a Taiwan list whose column says so (a 民國 or three-digit year
 * beside it); where only one of the two says so, it is 1969 or 1980, and is left as typed.
 *
 * A mainland list keeps reading 69年 as 1969: the mainland has written only Gregorian years since 1949,
 * so its 69年 is 1969 as surely as Excel's 3/15/69 is. Where the list names each row's region, a row
 * of Taiwan is read as Taiwan's and every other row as its region's (`calendarOf`).
 */
import type { CellValue } from '../sheet/cell-value';
import { chineseScript } from './chinese-script';
import { isoFromParts, readingsOf, shortYearIso, type DateContext, type Read } from './date-parts';

export const ROC_DATE = /^(?:中[華华])?(?:民[國国]\s*(\d{1,3})|(\d{3}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
/** A three-digit 民國 year first in numbers (113/03/05, 113.3.5, 113-03-05): how Taiwan's systems export dates. */
export const ROC_NUMERIC = /^(\d{3})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
/** The same run together (1130305), read only in a column of a Taiwan list: seven digits are also codes. */
export const ROC_COMPACT = /^(\d{3})(\d{2})(\d{2})$/;
const ROC_YEAR_ONE = 1911;
/** Rows the script is judged on, as the phones' region samples them: the cost does not grow with the sheet. */
const SAMPLE = 2_000;

/** The ISO date of a 民國 year, or null (there is no 民國 0). */
export function rocIso(year: number, month: number, day: number): string | null {
  return year >= 1 ? isoFromParts(ROC_YEAR_ONE + year, month, day) : null;
}

/** How a two-digit year first is read on a row: as Excel reads it, as a 民國 year, or both (left as typed). */
export type Calendar = 'western' | 'roc' | 'either';

/** Regions whose lists are written in traditional characters too, where a 民國 year is rarer than in Taiwan's. */
const TRADITIONAL_NEIGHBOURS = new Set(['HK', 'MO']);

/**
 * The calendar of a row's two-digit years. A row of Taiwan reads them as 民國 years where its column writes
 * some (else both); a row of another region never does, so one 台北 customer's 民國 years do not move a
 * mainland customer's 24/3/5 to 1935. A row that names no region is read as its list: 民國 in a Taiwan
 * list whose column writes them, both readings where only one of the two says so.
 */
export function calendarOf(ctx: DateContext | undefined): Calendar {
  const row = ctx?.rowRegion;
  const roc = ctx?.rocYears === true;
  const taiwan = ctx?.taiwanList === true;
  if (row === 'TW') return roc ? 'roc' : 'either';
  if (row) return TRADITIONAL_NEIGHBOURS.has(row) && (roc || taiwan) ? 'either' : 'western';
  if (roc && taiwan) return 'roc';
  return roc || taiwan ? 'either' : 'western';
}

/** A date whose two-digit year `yy` comes first, in the row's calendar (`calendarOf`). */
export function yearFirstRead(yy: number, month: number, day: number, ctx: DateContext | undefined): Read {
  const calendar = calendarOf(ctx);
  if (calendar === 'roc') return rocIso(yy, month, day);
  const western = shortYearIso(yy, month, day, ctx);
  return calendar === 'either' ? readingsOf(western, rocIso(yy, month, day)) : western;
}

/**
 * Whether a list is one whose writers may count years by 民國: its region (the sheet's phones', else the
 * template's) is Taiwan, or it is written in traditional characters (Taiwan's; Hong Kong's and Macau's
 * too, where a 民國 year is rarer but a two-digit one no surer). `values` are the sheet's rows, the header first.
 */
export function isTaiwanList(values: readonly (readonly CellValue[] | undefined)[], region?: string): boolean {
  if (region === 'TW') return true;
  return chineseScript(values, Math.max(1, Math.floor((values.length - 1) / SAMPLE))) === 'traditional';
}

/**
 * Why a date's readings differ, for its message: where its year is (24-01-02: 2024-01-02 or 2002-01-24),
 * or its calendar (69年9月15日: 1969-09-15 or 民國 69, 1980-09-15). One day and month in two years is a
 * calendar's doing: a year first or last moves the day and month too. Neither: day or month first.
 */
export function readingDoubts(readings: readonly string[]): { yearPlace: boolean; rocYear: boolean } {
  let yearPlace = false;
  let rocYear = false;
  for (const a of readings)
    for (const b of readings) {
      if (a.slice(0, 4) === b.slice(0, 4)) continue;
      if (a.slice(5) === b.slice(5)) rocYear = true;
      else yearPlace = true;
    }
  return { yearPlace, rocYear };
}
