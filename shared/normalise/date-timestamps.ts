/**
 * Unix timestamps, as CRM, API, WeCom, 有赞 and Shopify dumps write a record's time (创建时间, 添加时间,
 * created_at): seconds (1700000000) or milliseconds (1700000000000) since 1970-01-01 UTC. A column is
 * read so only when every value in it is one, all of one shape (`timestampUnitOf`): a lone ten-digit
 * number among dates, or a few, may as well be a phone or an ID. Ten or thirteen digits with no leading
 * zero (0987654321 is a Taiwan mobile) are the times from 2001-09-09; those from 2100 are no record's.
 *
 * The instant is written as its day and time in UTC, marked so ("2023-11-14 22:13:20 UTC"): the core
 * has no time zone to read it in (a date cell reaches it as a UTC midnight, and a sheet's region is its
 * phones', which for the US or Australia spans several zones), so the day is UTC's and the text says
 * it, keeping the instant whole for a reader anywhere (Beijing's is 8 hours later: 2023-11-15 06:13:20).
 */
import type { CellValue } from '../sheet/cell-value';
import { isoDate } from '../sheet/cell-value';
import { foldText } from './text';
import type { NormaliseOutcome } from './types';

export type TimestampUnit = 'seconds' | 'milliseconds';

const DIGITS: Readonly<Record<number, TimestampUnit>> = { 10: 'seconds', 13: 'milliseconds' };
/** 2100-01-01 in milliseconds since 1970: no customer record is of a later time. */
const END_MS = Date.UTC(2100, 0, 1);
/** Fewest timestamps that make a column's: one or two ten-digit numbers may as well be phones or IDs. */
const MIN_TIMESTAMPS = 3;
const DIGIT_RUN = /^[1-9]\d*$/;
const MS_PER_SECOND = 1000;
const SECONDS_PER_DAY = 86_400;

interface Instant {
  unit: TimestampUnit;
  ms: number;
}

/** The instant a cell holds as a timestamp of either shape before 2100, or null. */
function instantOf(cell: CellValue | undefined): Instant | null {
  let digits: string;
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell) || cell < 0) return null;
    digits = String(cell);
  } else if (typeof cell === 'string') {
    digits = cell.trim();
    // Full-width digits, as a Chinese input method types them.
    if (!DIGIT_RUN.test(digits)) digits = foldText(digits).trim();
    if (!DIGIT_RUN.test(digits)) return null;
  } else return null;
  const unit = DIGITS[digits.length];
  if (!unit) return null;
  const ms = unit === 'seconds' ? Number(digits) * MS_PER_SECOND : Number(digits);
  return ms < END_MS ? { unit, ms } : null;
}

/**
 * The shape of a column's timestamps when every filled cell holds one, all in seconds or all in
 * milliseconds, and there are at least three; else undefined. `values` are a sheet's rows, the header
 * first; `col` is 1-based. Every row is read: a column of times either holds nothing else or is not one.
 */
export function timestampUnitOf(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
): TimestampUnit | undefined {
  let unit: TimestampUnit | undefined;
  let count = 0;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    const instant = instantOf(cell);
    if (instant === null || (unit !== undefined && instant.unit !== unit)) return undefined;
    unit = instant.unit;
    count++;
  }
  return count >= MIN_TIMESTAMPS ? unit : undefined;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A timestamp of the column's shape as its UTC day, and its time of day to the second marked UTC ('' at
 * midnight, as a dump writes a plain date); null when the cell holds no such timestamp.
 */
export function readTimestamp(value: CellValue | undefined, unit: TimestampUnit): NormaliseOutcome | null {
  const instant = instantOf(value);
  if (instant === null || instant.unit !== unit) return null;
  const day = isoDate(new Date(instant.ms));
  const seconds = Math.floor(instant.ms / MS_PER_SECOND) % SECONDS_PER_DAY;
  if (seconds === 0) return { status: 'valid', value: day };
  const [hour, minute, second] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return { status: 'valid', value: day, time: `${pad(hour)}:${pad(minute)}:${pad(second)} UTC` };
}
