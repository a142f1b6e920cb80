/**
 * A date given only to its year (2018 under Customer since or 成立年份, 2018年): a real date with no month or
 * day, which none may be invented for (never 2018-01-01), so it is left as typed, as a date given only to
 * its month is. Only a plausible year of a customer list counts; five digits (45356) are Excel's serial.
 */
import type { CellValue } from '../sheet/cell-value';

/** The years a year typed alone is taken to be; beyond them it is no date (a count, a code). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const YEAR_TEXT = /^(\d{4})\s*年?$/;

/** The year (yyyy) `value` gives alone, or null; text is folded, trimmed and lower-cased. */
export function yearOnlyOf(value: CellValue): string | null {
  let year: number;
  if (typeof value === 'number') year = value;
  else if (typeof value === 'string') {
    const m = YEAR_TEXT.exec(value);
    if (!m) return null;
    year = Number(m[1]);
  } else return null;
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? String(year) : null;
}
