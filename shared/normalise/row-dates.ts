/**
 * The region each row's dates are read in, one way for every command (check, clean, report, merge,
 * dedupe, export): a row whose country column names Taiwan reads its two-digit years as 民國 years where
 * its column writes them, a 杭州 row beside it reads 24/3/5 as the mainland writes it (`calendarOf`).
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import { countryColumn, regionOfCountryCell } from './country-column';
import type { DateContext } from './date-parts';

type Row = readonly CellValue[] | undefined;

export interface RowDates {
  /** The country column (1-based) whose cell settles a row's calendar, which a message asks to fill in. */
  col: number;
  /**
   * The row's region as its country column says it: the country the cell names; in a column of places, a
   * place that names none (杭州 beside 台北 and 香港) is one of the sheet's own; null where the row says nothing.
   */
  regionOf(row: Row): string | null;
  /** A date column's context (`dateColumnContext`) for a cell of `row`: with the row's region where it names one. */
  contextOf<T extends DateContext>(column: T, row: Row): T;
}

const REGION_MEMO_LIMIT = 10_000;

/**
 * How each row's dates are read, or undefined when the sheet has no country column (every row is then
 * read as its list). `home`: the template's region; `sheet`: the sheet's (its phones'), as the caller
 * passes it to `dateColumnContext`, which the places naming no country are of.
 */
export function rowDates(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  home: string,
  sheet: string,
): RowDates | undefined {
  const column = countryColumn(values, mapping, home);
  if (!column) return undefined;
  const memo = new Map<CellValue, string | null>();
  const regionOf = (row: Row): string | null => {
    const value = row?.[column.col - 1] ?? null;
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
    let region = memo.get(value);
    if (region === undefined) {
      region = regionOfCountryCell(value, column.byName) ?? (column.byName ? sheet : null);
      if (memo.size < REGION_MEMO_LIMIT) memo.set(value, region);
    }
    return region;
  };
  // One context per column and region, so a million rows make a handful.
  const contexts = new WeakMap<DateContext, Map<string, DateContext>>();
  const contextOf = <T extends DateContext>(columnContext: T, row: Row): T => {
    const region = regionOf(row);
    if (region === null) return columnContext;
    let byRegion = contexts.get(columnContext);
    if (!byRegion) contexts.set(columnContext, (byRegion = new Map()));
    let context = byRegion.get(region);
    if (!context) byRegion.set(region, (context = { ...columnContext, rowRegion: region }));
    return context as T;
  };
  return { col: column.col, regionOf, contextOf };
}
