/**
 * The region each row's dates are read in, one way for every command (check, clean, report, merge,
 * dedupe, export): a row whose country column names Taiwan reads its two-digit years as 民國 years where
 * its column writes them, a 杭州 row beside it reads 24/3/5 as the mainland writes it (`calendarOf`).
 * An American list (every country it names the United States, every phone a +1 number) reads a slashed
 * date either way round month first, as US Excel does, and a list whose every country writes the day first
 * (Australia, Britain) day first, unless the column's own dates say otherwise: more than one of them the
 * other way round, and more than its country's way. One is a slip (12/13/1985 on an Australian clinic's list).
 */
import { isBlank, isEmptyRow, type CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import { countryColumn, regionOfCountryCell } from './country-column';
import type { DateContext } from './date-parts';
import { writesDayFirst, writesMonthFirst } from './date-text';
import type { DateOrder } from './types';

type Row = readonly CellValue[] | undefined;
type Rows = readonly (readonly CellValue[] | undefined)[];

export interface RowDates {
  /**
   * The country column (1-based) whose cell settles a row's calendar, which a message asks to fill in;
   * none in an American list without one (its phones say where it is).
   */
  col?: number;
  /**
   * The row's region as its country column says it: the country the cell names; in a column of places, a
   * place that names none (杭州 beside 台北 and 香港) is one of the sheet's own; in an American list, a row
   * naming none is the list's; null where the row says nothing.
   */
  regionOf(row: Row): string | null;
  /**
   * A date column's context (`dateColumnContext`) for a cell of `row`: with the row's region where it names
   * one, and in the list's order where every row's country writes one and the column's dates do not outweigh it.
   */
  contextOf<T extends DateContext>(column: T, row: Row): T;
}

const REGION_MEMO_LIMIT = 10_000;
/** The country of a row in a list without a country column. */
const noCountry = (): string | null => null;
/** The template's phone field, whose columns (and second columns) say an American list's numbers. */
const PHONE_FIELD = 'phone';
/** A North American number: area code and exchange each start 2-9. */
const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/;
/**
 * Digits of a North American number with its area code: fewer, without a +code, say nothing of a country
 * (N/A, a local 555-0132, another country's national number too short to be one).
 */
const NANP_DIGITS = 10;
const STAR = 0x2a;
const HASH = 0x23;

/**
 * How each row's dates are read, or undefined when the sheet has no country column and is no American
 * list (every row is then read as its list). `home`: the template's region; `sheet`: the sheet's (its
 * phones'), as the caller passes it to `dateColumnContext`, which the places naming no country are of.
 */
export function rowDates(values: Rows, mapping: HeaderMapping, home: string, sheet: string): RowDates | undefined {
  const column = countryColumn(values, mapping, home);
  const memo = new Map<CellValue, string | null>();
  const countryOf = !column
    ? noCountry
    : (row: Row): string | null => {
        const value = row?.[column.col - 1] ?? null;
        if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
        let region = memo.get(value);
        if (region === undefined) {
          region = regionOfCountryCell(value, column.byName) ?? (column.byName ? sheet : null);
          if (memo.size < REGION_MEMO_LIMIT) memo.set(value, region);
        }
        return region;
      };
  const american = americanRegion(values, mapping, sheet, countryOf);
  if (!column && american === null) return undefined;
  const listOrder: DateOrder | null =
    american !== null ? 'mdy' : column && isDayFirstList(values, countryOf) ? 'dmy' : null;
  const regionOf = (row: Row): string | null => countryOf(row) ?? american;
  // One context per column and region, so a million rows make a handful.
  const contexts = new WeakMap<DateContext, Map<string | null, DateContext>>();
  const contextOf = <T extends DateContext>(columnContext: T, row: Row): T => {
    const region = regionOf(row);
    // 03/04/2021 is 4 March in a list of Americans, 3 April in a list of Australians.
    const order = listOrder !== null && readsListOrder(columnContext, listOrder) ? listOrder : null;
    if (region === null && order === null) return columnContext;
    let byRegion = contexts.get(columnContext);
    if (!byRegion) contexts.set(columnContext, (byRegion = new Map()));
    let context = byRegion.get(region);
    if (!context) {
      context = {
        ...columnContext,
        ...(region !== null ? { rowRegion: region } : {}),
        ...(order !== null ? { dateOrder: order } : {}),
      };
      byRegion.set(region, context);
    }
    return context as T;
  };
  return { ...(column ? { col: column.col } : {}), regionOf, contextOf };
}

/**
 * The region of a list whose every row is American, or null: each country it names writes dates month
 * first (the United States), each phone is a North American number, and more than half its rows say one
 * or the other. Where no row names a country, the sheet's region (its phones') must be the United States
 * too, as Canada's numbers are +1 as well. Every row is read: one British customer makes the list mixed.
 */
function americanRegion(
  values: Rows,
  mapping: HeaderMapping,
  sheet: string,
  countryOf: (row: Row) => string | null,
): string | null {
  const phoneCols = mapping.columns.filter((c) => (c.field ?? c.secondOf) === PHONE_FIELD).map((c) => c.col);
  const countries = countryOf !== noCountry;
  if (!countries && (phoneCols.length === 0 || !writesMonthFirst(sheet))) return null;
  let country: string | null = null;
  let said = 0;
  let rows = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    let says = false;
    const region = countryOf(row);
    if (region !== null) {
      if (!writesMonthFirst(region)) return null;
      country ??= region;
      says = true;
    }
    for (const col of phoneCols) {
      const american = isAmericanNumber(row?.[col - 1]);
      if (american === false) return null;
      says ||= american === true;
    }
    if (says) said++;
    // A blank row is no customer, American or not.
    else if (isEmptyRow(row)) continue;
    rows++;
  }
  if (said * 2 <= rows) return null;
  return writesMonthFirst(sheet) ? sheet : country;
}

/**
 * Whether a list's dates are read in its countries' order: where the column's dates the other way round
 * are one at most (a slip) or no more than those its way. A column with none of either takes the order
 * the sheet's other date columns prove, where they prove one (`dateColumnContext`).
 */
function readsListOrder(column: DateContext, list: DateOrder): boolean {
  const dates = column.orderDates;
  if (!dates) return !column.dateOrder;
  const against = list === 'dmy' ? dates.mdy : dates.dmy;
  return against <= 1 || dates[list] >= against;
}

/**
 * Whether every row naming a country names one that writes the day first (Australia, Britain), and more
 * than half its rows name one. Phones are not read: an Indian mobile's ten digits are a North American
 * number's too.
 */
function isDayFirstList(values: Rows, countryOf: (row: Row) => string | null): boolean {
  let said = 0;
  let rows = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const region = countryOf(row);
    if (region !== null) {
      if (!writesDayFirst(region)) return false;
      said++;
    } else if (isEmptyRow(row)) continue;
    rows++;
  }
  return said * 2 > rows;
}

/** Whether a phone cell is a North American number (+1 415 555 0132, (415) 555-0132); null where it is no number. */
function isAmericanNumber(value: CellValue | undefined): boolean | null {
  if (isBlank(value) || (typeof value !== 'string' && typeof value !== 'number')) return null;
  const text = String(value).trim();
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits += text[i];
    // A number an export starred out (415****132) says nothing of its country.
    else if (code === STAR) return null;
    // What follows a letter or # is an extension: (512) 555-0161 x12, ext. 12, #12.
    else if (code === HASH || (code | 0x20) >= 0x61) break;
  }
  if (text.startsWith('+')) return digits.length === NANP_DIGITS + 1 && NANP.test(digits);
  return digits.length < NANP_DIGITS ? null : NANP.test(digits);
}
