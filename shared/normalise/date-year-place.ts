/**
 * Where a date column puts its years, as the dates that can be read only one way show: first where it
 * writes 2024/1/8, 2024年1月8日, 113/03/05 or 99.3.5 (no day 99), last where it writes 25/12/85 (no day 85
 * of month 12). Four-digit years last (25/12/2023) say nothing: such lists shorten to Excel's d/m/yy, so
 * a 5/3/4 there is no shortening of their own. The short-date reader (date-text.ts) drops a reading whose
 * one-digit year stands where the column puts none.
 */
import type { CellValue } from '../sheet/cell-value';
import { isoFromParts } from './date-parts';
import { ROC_DATE, ROC_NUMERIC } from './date-roc';
import { SHORT_DATE, SHORT_YEAR, SHORT_YEAR_CHINESE, YMD, YMD_CHINESE } from './date-text';
import { foldText } from './text';
import { TIME_OF_DAY } from './time-of-day';

export type YearPlace = 'first' | 'last';

// Clean's own form (and a date cell's) is no one's way of typing: counting it would let a second run
// read a date the first left as typed.
const CANONICAL = /^\d{4}-\d{2}-\d{2}$/;
/** The same with a time after it, or not: skipped before folding, as most cells of a cleaned list are. */
const WRITTEN_BY_CLEAN = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?(?: UTC)?)?$/;

const isMonthDay = (month: number, day: number) => isoFromParts(2000, month, day) !== null;

/** Where `s` (folded, trimmed, lower-cased, no time) puts its year, where it can be read only one way. */
function placeOf(s: string): YearPlace | undefined {
  if (CANONICAL.test(s)) return undefined;
  if (YMD.test(s) || YMD_CHINESE.test(s) || SHORT_YEAR_CHINESE.test(s) || ROC_DATE.test(s) || ROC_NUMERIC.test(s))
    return 'first';
  const m = SHORT_DATE.exec(s) ?? SHORT_YEAR.exec(s);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const first = isMonthDay(b, c);
  const last = isMonthDay(b, a) || isMonthDay(a, b);
  return first === last ? undefined : first ? 'first' : 'last';
}

/**
 * Where a column's short dates put the year (`YearPlace`), as its unambiguous ones show; undefined when
 * none says, or when they disagree. `values` are a sheet's rows, the header first; `col` is 1-based.
 */
export function yearPlaceOf(values: readonly (readonly CellValue[] | undefined)[], col: number): YearPlace | undefined {
  let place: YearPlace | undefined;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[col - 1];
    // Only text starting with a number or 民國/中華 can say; most cells stop at the first test.
    if (typeof cell !== 'string' || !/^\s*[\d０-９民中]/.test(cell) || WRITTEN_BY_CLEAN.test(cell)) continue;
    const s = foldText(cell).trim().toLowerCase();
    const time = TIME_OF_DAY.exec(s);
    const found = placeOf(time ? s.slice(0, time.index).trim() : s);
    if (!found) continue;
    if (place && place !== found) return undefined;
    place = found;
  }
  return place;
}
