/**
 * The one order of day and month a d/m/y or m/d/y date can be read in (25/12/2024 only day first,
 * 12/25/2024 only month first), which a column's order is decided from (`dateOrderOf`), and a date read
 * in the other order than most of its column's (10/13/2023 among 15/02/2023 and 28/03/2023): it can be
 * read only so, so it is read, but the user is told, as it may be a slip of the typist's.
 */
import { isoFromParts, type DateContext } from './date-parts';
import { DMY_OR_MDY, SHORT_YEAR } from './date-text';
import type { DateOrder, NormaliseOutcome, OrderDates } from './types';

/**
 * The only order `day` (folded, trimmed, lower-cased, no time) reads in, or undefined where it reads
 * either way, is no such date, or may be year first (25/3/05, see fromText; 25/12/85 cannot be: no day 85).
 */
export function onlyOrderOf(day: string): DateOrder | undefined {
  const long = DMY_OR_MDY.exec(day);
  const m = long ?? SHORT_YEAR.exec(day);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[3])];
  const yearFirst = !long && isoFromParts(2000, second, Number(m[4])) !== null;
  if (!yearFirst && first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return undefined;
}

/**
 * The order most of a column's dates that read only one way are in, where `day` reads only in the other:
 * 10/13/2023 in a column whose 15/02/2023 and 28/03/2023 put the day first gives 'dmy'. Undefined where
 * the column has no such dates, as many of each, or `day` is in its order.
 */
export function otherOrderOf(day: string, evidence: OrderDates | undefined): DateOrder | undefined {
  if (!evidence) return undefined;
  const own = onlyOrderOf(day);
  if (own === 'mdy' && evidence.dmy > evidence.mdy) return 'dmy';
  if (own === 'dmy' && evidence.mdy > evidence.dmy) return 'mdy';
  return undefined;
}

/**
 * A date read in the only order it reads in where most of its column's such dates are in the other
 * (10/13/2023 among 15/02/2023): kept, with the warning that names the column's order.
 */
export function withOrderSlip(outcome: NormaliseOutcome, day: string, ctx: DateContext | undefined): NormaliseOutcome {
  if (outcome.status !== 'valid' || !ctx?.orderDates) return outcome;
  const order = otherOrderOf(day, ctx.orderDates);
  return order ? { ...outcome, warning: { code: 'date.otherOrder', readings: [], order } } : outcome;
}
