/**
 * Dates, compared as yyyymmdd digits: exact, day and month swapped (05/03 vs 03/05), one digit
 * typed wrong or two neighbours swapped. Dates the normaliser rejects (a typo can make month 13)
 * keep their eight digits so they can still be compared. A birthday without its year (会员生日 03-05,
 * 3月5日), as shops and gyms ask for it, is keyed --MM-DD and compared on its day and month.
 */
import type { CellValue } from '../../sheet/cell-value';
import { foldText, normaliseDate } from '../../normalise';
import type { DateContext } from '../../normalise/date';
import type { RowDates } from '../../normalise/row-dates';
import { withinOneEdit } from '../similarity';
import type { Comparator, LevelSpec } from './comparator';

export interface PreparedDate {
  key: string;
  /** yyyymmdd; 0000mmdd for a birthday without its year. */
  digits: string;
}

/** Key prefix of a birthday without its year (ISO 8601's --MM-DD). */
const NO_YEAR = '--';

/** A birthday typed without its year (03-05, 3月5日): its day and month are all it says. */
export function isYearless(date: PreparedDate): boolean {
  return date.key.startsWith(NO_YEAR);
}

/** Share of people born on one day of the year, whatever the year. */
const ONE_DAY_OF_YEAR = 1 / 365;

/** 3月5日, 3月5号. */
const HAN_MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/;
/** 03-05, 3/5, 3.5: month first unless the column writes its days first. */
const MONTH_DAY = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;

/** The --MM-DD key of a birthday typed without its year, or null. */
function yearlessKey(text: string, dayFirst: boolean): string | null {
  const folded = foldText(text).trim();
  const han = HAN_MONTH_DAY.exec(folded);
  const plain = han ? null : MONTH_DAY.exec(folded);
  const match = han ?? plain;
  if (!match) return null;
  const [month, day] = plain && dayFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${NO_YEAR}${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const BIRTH_LEVELS: LevelSpec[] = [
  { label: 'exact', m: 0.88, u: 4e-5 },
  { label: 'swapped', m: 0.02, u: 1e-6 },
  { label: 'typo', m: 0.06, u: 3e-3 },
  { label: 'different', m: 0.04, u: 1 },
];
// Activity dates (last purchase, created) say little about identity; learnt weights decide.
const ACTIVITY_LEVELS: LevelSpec[] = [
  { label: 'exact', m: 0.3, u: 0.01 },
  { label: 'swapped', m: 0.01, u: 1e-4 },
  { label: 'typo', m: 0.05, u: 0.02 },
  { label: 'different', m: 0.64, u: 1 },
];

type Role = 'birth' | 'activity';
/** What the column says about reading its cells (`dateColumnContext`), with its number format. */
type DateColumn = Pick<DateContext, 'columnFormat' | 'dateOrder' | 'serialText' | 'rocYears' | 'taiwanList'>;

/** Distinct values remembered per region when dates are keyed in their rows' calendars. */
const ROW_MEMO_LIMIT = 100_000;

/** The key of a date cell read with `ctx`; null when it names no one day. */
function dateKey(value: CellValue, role: Role, ctx: DateContext): string | null {
  const outcome = normaliseDate(value, ctx);
  // Two events of one day at other times (WeCom's 添加时间 09:30:00 and 09:30:40) are two events.
  if (outcome.status === 'valid')
    return role === 'activity' && outcome.time ? `${String(outcome.value)} ${outcome.time}` : String(outcome.value);
  // 03/04/2024 in a column that never says which comes first matches either reading: keyed
  // month first, it meets 2024-04-03 as 'swapped'. One whose year could be first or last
  // (24-01-02), or whose calendar a row does not settle (24/3/5: 2024 or 民國 24), is no one day to compare.
  // A date written only to the month (2024年3月) names no one day either.
  if (outcome.status === 'ambiguous' && outcome.code === 'date.monthOnly') return null;
  // A day without its year (03/14, Jun 5) is a birthday's day; another date's names no one day.
  if (outcome.status === 'ambiguous' && outcome.code === 'date.noYear') {
    if (role !== 'birth' || typeof value !== 'string') return null;
    const [only, other] = outcome.readings;
    return only && !other ? `${NO_YEAR}${only}` : yearlessKey(value, ctx.dateOrder === 'dmy');
  }
  if (outcome.status === 'ambiguous')
    return new Set(outcome.readings.map((r) => r.slice(0, 4))).size > 1 ? null : outcome.readings[1]!;
  if (outcome.status === 'empty' || typeof value !== 'string') return null;
  if (role === 'birth') {
    const yearless = yearlessKey(value, ctx.dateOrder === 'dmy');
    if (yearless) return yearless;
  }
  const digits = foldText(value).replace(/\D/g, '');
  return /^(1[89]|2[01])\d{6}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : null;
}

/**
 * Keys of a date column's cells in their rows' calendars (`RowDates`: a 台北 row's 24/3/5 is 民國 24, a
 * 杭州 row's 2024), as check reads them; the comparator's own key reads a row of no region.
 */
export function dateRowKeys(
  role: Role,
  column: DateColumn,
  rows: RowDates,
): (value: CellValue, row: readonly CellValue[] | undefined) => string | null {
  const memo = new Map<DateContext, Map<string, string | null>>();
  let size = 0;
  return (value, row) => {
    const ctx = rows.contextOf(column, row);
    if (typeof value !== 'string') return dateKey(value, role, ctx);
    let keys = memo.get(ctx);
    if (!keys) memo.set(ctx, (keys = new Map()));
    let key = keys.get(value);
    if (key === undefined) {
      key = dateKey(value, role, ctx);
      if (size++ < ROW_MEMO_LIMIT) keys.set(value, key);
    }
    return key;
  };
}

/**
 * `column` is what the column says about reading its cells: its number format, and the order of day
 * and month its unambiguous dates show (25/12/1985), so 03/04/1990 there is 3 April as check reads it.
 */
export function dateComparator(role: Role, column: DateColumn = {}): Comparator<PreparedDate> {
  return {
    name: role === 'birth' ? 'birthDate' : 'date',
    termFrequency: true,
    levels: role === 'birth' ? BIRTH_LEVELS : ACTIVITY_LEVELS,
    key: (value: CellValue) => dateKey(value, role, column),
    prepare: (key) => ({
      key,
      digits: key.startsWith(NO_YEAR) ? `0000${key.slice(2).replace('-', '')}` : key.slice(0, 10).replace(/-/g, ''),
    }),
    // One day of the year is shared by one person in 365, not one in tens of thousands as a whole date.
    ...(role === 'birth' && { valueU: (p: PreparedDate) => (isYearless(p) ? ONE_DAY_OF_YEAR : 0) }),
    compare(a, b) {
      const x = a.digits;
      const y = b.digits;
      // A birthday without its year meets a whole date on its day and month, as likely as a typo.
      if (isYearless(a) !== isYearless(b)) return x.slice(4) === y.slice(4) ? 2 : 3;
      if (x === y) return 2; // one day, other times of it
      if (x.slice(0, 4) === y.slice(0, 4) && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6))
        return 1;
      return withinOneEdit(x, y) ? 2 : 3;
    },
    explain(level, a, b) {
      if (level === 0 && isYearless(a)) return { similarity: 1, phrase: 'same birthday (day and month, no year)' };
      if (level === 2 && isYearless(a) !== isYearless(b))
        return { label: 'exact', similarity: 0.9, phrase: 'same day and month (one gives no year)' };
      const phrases = ['same date', 'day and month swapped', 'dates one digit apart', 'different dates'];
      const similarity = [1, 0.9, 0.85, 0][level] ?? 0;
      // Two visits a day apart (2024-01-05, 2024-01-06) are two events, not a mistyped digit.
      const days = role === 'activity' && level === 2 ? daysApart(a.key.slice(0, 10), b.key.slice(0, 10)) : null;
      // 9:00 and 09:00:00 are one time, written with and without its seconds.
      if (days === 0 && timeOf(a.key) === timeOf(b.key))
        return { label: 'exact', similarity: 1, phrase: 'same date and time' };
      if (days === 0) return { label: 'similar', similarity, phrase: 'same day, another time' };
      if (days !== null && days <= 31)
        return { label: 'similar', similarity, phrase: `dates ${days} day${days === 1 ? '' : 's'} apart` };
      return { similarity, phrase: phrases[level] ?? 'compared' };
    },
  };
}

/** The time of an activity key ("2020-01-01 09:00" → "09:00:00"), or "" for a date alone. */
function timeOf(key: string): string {
  const time = key.slice(11);
  return time.length === 5 ? `${time}:00` : time;
}

/** Whole days between two ISO dates, or null when either is not one (a date the normaliser rejected). */
function daysApart(a: string, b: string): number | null {
  const x = Date.parse(`${a}T00:00:00Z`);
  const y = Date.parse(`${b}T00:00:00Z`);
  return Number.isNaN(x) || Number.isNaN(y) ? null : Math.round(Math.abs(x - y) / 86_400_000);
}
