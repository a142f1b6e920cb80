/**
 * Dates to ISO "yyyy-mm-dd" text. Reads the ways customer lists write a date (2024-03-05,
 * 2024/3/5, 2024年3月5日, 90年3月5日, 20240305, 5 Mar 2024, Excel serials, Date cells, Unix timestamps;
 * a weekday after it, 星期一, is read past). A time of day typed
 * after the date (WeCom's 添加时间, a shop's 下单时间) is kept beside it as 24-hour `time`, so clean
 * writes "2024-03-05 14:22:10" rather than losing the time; midnight is how exports write a plain
 * date and is dropped, unless written with its zone in a column of such times (`zonedTimes`, time-of-day.ts). Years outside 1900-2199 are treated as typing errors, like the serial range.
 * Two-digit years (Excel's short date, 3/15/24) follow Excel's window: 00-29 are 2000-2029, 30-99
 * 1930-1999; Taiwan's (民國) years are date-roc.ts's. Outlook's 0/0/00 is a blank cell (cell-value.ts); a birthday without
 * its day (出生年月: 1990.03) stays as typed, and a date without its year (--06-21), or given only to its month
 * or year (2024年3月, 2018), is reported and stays as typed. A column's cells say how to
 * read any one of them (`dateColumnContext`), and an American list's rows read 03/04/2021 month first,
 * an Australian or British list's day first (row-dates.ts); the text forms are date-text.ts's, Unix timestamps
 * date-timestamps.ts's.
 */
import type { CellValue } from '../sheet/cell-value';
import { isPlausibleSerial } from '../sheet/excel-dates';
import { FIRST_TYPED_SERIAL, fromDate, fromNumber, isoFromParts, type DateContext, type Read } from './date-parts';
import { isTaiwanList, ROC_DATE, ROC_NUMERIC } from './date-roc';

const isRocText = (s: string) => ROC_DATE.test(s) || ROC_NUMERIC.test(s);
import {
  DMY_OR_MDY,
  fromText,
  monthOnlyOf,
  NO_DATE,
  SERIAL_TEXT,
  SHORT_YEAR,
  TYPED_SERIAL,
  yearlessDays,
} from './date-text';
import { readTimestamp, timestampUnitOf } from './date-timestamps';
import { yearPlaceOf } from './date-year-place';
import { yearOnlyOf } from './date-year-only';
import { onlyOrderOf, withOrderSlip } from './date-order-slip';
import type { DateOrder, NormaliseContext, NormaliseOutcome, OrderDates } from './types';
import { EMPTY, foldText } from './text';
import { serialTime, TIME_OF_DAY, timeOfDay, ZONED_TIME } from './time-of-day';

export { isoFromParts, type DateContext } from './date-parts';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'date.invalid' });
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A number with decimals as text (1500.50, 3.75): where a column holds one, its 2024.3 is a number too. */
const DECIMAL_TEXT = /^-?\d+[.,]\d+$/;
/** Reads 2024.3 as a month, to tell one from a number with decimals (1500.50). */
const DOTS: DateContext = { monthDots: true };

/** A serial's date with its time of day, when it holds one. */
function withSerialTime(read: Read, serial: number): NormaliseOutcome {
  const isSerial = serial >= FIRST_TYPED_SERIAL && isPlausibleSerial(serial);
  const time = isSerial && typeof read === 'string' && read !== 'none' ? serialTime(serial) : '';
  return time ? { status: 'valid', value: read as string, time } : validOrInvalid(read);
}

/**
 * Whether a column's d/m/y and m/d/y dates put the day or the month first, as its unambiguous ones
 * show (25/12/2024 only day first, 12/25/2024 only month first): the order of at least four in five of
 * them, as one typed the other way round is a slip (12/13/1985 among 25/11/1988 and 14/07/1979);
 * undefined when none of them says, or when they disagree more. `values` are a sheet's rows, the header
 * first; `col` is 1-based.
 */
export function dateOrderOf(values: readonly (readonly CellValue[] | undefined)[], col: number): DateOrder | undefined {
  return orderOfDates(orderEvidence(values, col));
}

/** A column's order by `OrderDates`: the other order in at most one of every `SLIPS` of its dates is a slip. */
const SLIPS = 5;

function orderOfDates({ dmy, mdy }: OrderDates): DateOrder | undefined {
  if (dmy > 0 && dmy * SLIPS >= (dmy + mdy) * (SLIPS - 1)) return 'dmy';
  if (mdy > 0 && mdy * SLIPS >= (dmy + mdy) * (SLIPS - 1)) return 'mdy';
  return undefined;
}

/** How many of a column's dates read only day first, and how many only month first. */
function orderEvidence(values: readonly (readonly CellValue[] | undefined)[], col: number): OrderDates {
  let dmy = 0;
  let mdy = 0;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[col - 1];
    // Only text starting with a day or month number can be either; most cells stop at the first test.
    if (typeof cell !== 'string' || !/^\s*\d{1,2}\s*[-/.]/.test(cell)) continue;
    const order = onlyOrderOf(dayOf(foldText(cell).trim().toLowerCase()));
    if (order === 'dmy') dmy++;
    else if (order === 'mdy') mdy++;
  }
  return { dmy, mdy };
}

/** The date of `s` (folded, trimmed, lower-cased) without the time of day typed after it. */
function dayOf(s: string): string {
  const time = TIME_OF_DAY.exec(s);
  return time ? s.slice(0, time.index).trim() : s;
}

/** How many of a column's filled cells `dateColumnContext` reads to learn whether it holds dates. */
const SAMPLE = 500;
/** How many rows `slashShapesOf` reads at most, so that a sparse column of a long sheet costs little. */
const SHAPE_ROWS = 10_000;

/**
 * How a column writes its d/m/y or m/d/y dates, when more than half its filled cells (of the first ones)
 * are such dates: the shapes they take, each the separator and the year's digits ("/4" for 3/15/2024).
 * Null for any other column.
 */
function slashShapesOf(values: readonly (readonly CellValue[] | undefined)[], col: number): Set<string> | null {
  const shapes = new Set<string>();
  let filled = 0;
  let slashed = 0;
  const end = Math.min(values.length, SHAPE_ROWS + 1);
  for (let r = 1; r < end && filled < SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    filled++;
    if (typeof cell !== 'string' || !/^\s*\d{1,2}\s*[-/.]/.test(cell)) continue;
    const s = foldText(cell).trim().toLowerCase();
    const day = dayOf(s);
    const m = DMY_OR_MDY.exec(day) ?? SHORT_YEAR.exec(day);
    if (!m) continue;
    shapes.add(`${m[2]}${m[4].length}`);
    slashed++;
  }
  return slashed * 2 > filled ? shapes : null;
}

/**
 * The order a sheet's other date columns prove for a column with no evidence of its own: one export
 * writes all its dates one way (Salesforce's Created Date as its Last Activity), so where every other
 * column written in this column's shape (among others, typed by hand) that shows an order shows the same
 * one, it is this column's too.
 * Undefined where none shows one, they disagree, or this column is written in another shape.
 */
function sheetOrderOf(values: readonly (readonly CellValue[] | undefined)[], col: number): DateOrder | undefined {
  const own = slashShapesOf(values, col);
  if (own === null || own.size !== 1) return undefined;
  const [shape] = own;
  let width = values[0]?.length ?? 0;
  for (let r = 1; r < Math.min(values.length, SAMPLE); r++) width = Math.max(width, values[r]?.length ?? 0);
  let order: DateOrder | undefined;
  for (let other = 1; other <= width; other++) {
    // A column typed by hand in two shapes (05-01-2022, 05/01/2022) proves its order for either.
    if (other === col || !slashShapesOf(values, other)?.has(shape!)) continue;
    const its = orderOfDates(orderEvidence(values, other));
    if (!its) continue;
    if (order && order !== its) return undefined;
    order = its;
  }
  return order;
}

/**
 * What a date column's cells say about reading any one of them: which of day and month comes first
 * (`dateOrderOf`; where none of its dates says, the order the sheet's other date columns of its shape
 * prove, `sheetOrderOf`), which beats the order a row's country writes in, and how many of its dates are
 * only day first and only month first (a list whose every row is in one country outweighs a lone one:
 * `rowDates`), and where a short date's year is (`yearPlaceOf`); whether its values are dates (more than half of those read, not counting
 * five-digit numbers), so that a five-digit number there is Excel's serial for a date; whether they
 * are all Unix timestamps of one shape (`timestampUnitOf`); whether its times carry their zone at other
 * hours than midnight (`zonedTimes`: its midnight with a zone is a moment, kept); and what says which calendar a two-digit
 * year first is in: whether the column writes 民國 or three-digit years, and whether the list is
 * Taiwan's (`isTaiwanList`), which a row's own region overrides (`calendarOf`); and whether its 2024.3
 * is a month written without its day (`monthDots`: no number with decimals beside it). `region` is the sheet's
 * region where the caller knows it (check, clean, report, merge, dedupe and export pass their phones'; without it the
 * list's script alone tells). `values` are a sheet's rows, the
 * header first; `col` is 1-based. Every command reads a date column through this, so they read each
 * date alike.
 */
export function dateColumnContext(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  column: { birthDate?: boolean; now?: Date; region?: string } = {},
): Pick<
  NormaliseContext,
  | 'dateOrder'
  | 'orderDates'
  | 'yearPlace'
  | 'rocYears'
  | 'taiwanList'
  | 'timestamps'
  | 'zonedTimes'
  | 'serialText'
  | 'monthDots'
  | 'birthDate'
  | 'now'
> {
  const evidence = orderEvidence(values, col);
  const seen = evidence.dmy + evidence.mdy > 0;
  // A column's own dates decide; only one with none of either kind takes the sheet's order.
  const order = orderOfDates(evidence) ?? (seen ? undefined : sheetOrderOf(values, col));
  const yearPlace = yearPlaceOf(values, col);
  const timestamps = timestampUnitOf(values, col);
  let dates = 0;
  let others = 0;
  let roc = false;
  let decimals = false;
  let dotMonths = false;
  let zoned = false;
  for (let r = 1; r < values.length && dates + others < SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined) continue;
    // A number with decimals says 2024.3 beside it is one too; a serial's fraction is a time of day.
    if (typeof cell === 'number') {
      decimals ||= !Number.isInteger(cell) && cell < FIRST_TYPED_SERIAL;
      continue;
    }
    if (typeof cell === 'string' && DECIMAL_TEXT.test(cell.trim())) {
      if (monthOnlyOf(cell.trim(), DOTS)) dotMonths = true;
      else decimals = true;
    }
    if (typeof cell === 'string' && TYPED_SERIAL.test(cell.trim())) continue;
    if (typeof cell === 'string' && isRocText(foldText(cell).trim())) roc = true;
    const outcome = normaliseDate(cell, {
      ...(order ? { dateOrder: order } : {}),
      ...(yearPlace ? { yearPlace } : {}),
    });
    // A year alone (2018) says nothing of a five-digit number beside it, as before it was read as one.
    const yearOnly = outcome.status === 'ambiguous' && outcome.code === 'date.yearOnly';
    if (outcome.status === 'valid' || (outcome.status === 'ambiguous' && !yearOnly)) dates++;
    else if (outcome.status === 'invalid' || yearOnly) others++;
    // A time at another hour than midnight with its zone: the column's times are moments.
    if (outcome.status === 'valid' && outcome.time && ZONED_TIME.test(outcome.time)) zoned = true;
  }
  return {
    ...(order ? { dateOrder: order } : {}),
    ...(seen ? { orderDates: evidence } : {}),
    ...(yearPlace ? { yearPlace } : {}),
    ...(roc ? { rocYears: true } : {}),
    ...(isTaiwanList(values, column.region) ? { taiwanList: true } : {}),
    ...(timestamps ? { timestamps } : {}),
    ...(zoned ? { zonedTimes: true as const } : {}),
    ...(dates > others ? { serialText: true } : {}),
    ...(dotMonths && !decimals ? { monthDots: true as const } : {}),
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
  // A dump's Unix time: read only in a column of them (`timestampUnitOf`), never a lone ten-digit number.
  const instant = ctx?.timestamps ? readTimestamp(value, ctx.timestamps) : null;
  if (instant) return instant;
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
      const time = timeOfDay(withTime, ctx?.zonedTimes);
      // 25:00 or 10:75 is a typing error: the day alone would pass it over unreported.
      if (time === null) return INVALID;
      return withOrderSlip(
        time ? { status: 'valid', value: day, time } : { status: 'valid', value: day },
        s.slice(0, withTime.index).trim(),
        ctx,
      );
    }
    read = fromText(s, ctx);
    // A date without its day: a birth date's (1990年5月, May 1990) is part of one, as fromText's 1990.03
    // is; any other column's is reported, and neither is given a day.
    const month = read === null ? monthOnlyOf(s, ctx) : null;
    if (month) return ctx?.birthDate ? EMPTY : { status: 'ambiguous', code: 'date.monthOnly', readings: [month] };
    // A day without its year (下次跟进 6月1日): this year's or the next, as only the typist knows; a
    // birthday's (3月8日) is a day of every year, which no date column can hold as typed.
    const days = read === null ? yearlessDays(s, ctx?.dateOrder) : [];
    if (days.length > 0) return { status: 'ambiguous', code: 'date.noYear', readings: days };
    const year = read === null ? yearOnlyOf(s) : null;
    if (year) return { status: 'ambiguous', code: 'date.yearOnly', readings: [year] };
    if (SERIAL_TEXT.test(s)) return withSerialTime(read, Number(s));
    return withOrderSlip(validOrInvalid(read), s, ctx);
  } else if (typeof value === 'number') {
    // 2018 in a number cell shows as the year, as hosts turn a date-formatted cell into a Date.
    read = fromNumber(value);
    const year = read === null ? yearOnlyOf(value) : null;
    if (year) return { status: 'ambiguous', code: 'date.yearOnly', readings: [year] };
    return withSerialTime(read, value);
  } else if (value instanceof Date) read = fromDate(value);
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
