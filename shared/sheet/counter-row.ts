/**
 * A row numbered but otherwise blank (14 under 序号, every other cell empty): lists are often
 * numbered down past their last customer, or a customer is deleted and its number left. Such a row
 * names no customer and is empty, as a row with nothing in it: check, clean, IDs, duplicates,
 * insights and exports pass over it, and it stays in the sheet as it is. Only a column whose header
 * says it numbers the rows (序号, No., #) is a counter: a customer ID or a member number alone is kept
 * as a customer.
 */
import { cellText, isBlank, isEmptyRow, type CellValue } from './cell-value';
import { groupBreakRows } from './group-break-rows';

/**
 * Headers of a row counter, as keys (lower case, no spaces or dots): 序号 (序號), 行号, No., #, S/N, Sr. No., Row.
 * Not Line: in Taiwan and Japan it is a LINE account, which a customer may have alone.
 */
const COUNTER_HEADER =
  /^(?:序[号號]|序|行[号號]|行次|顺序号|順序號|no|nr|nº|n°|#|sn|sno|slno|srno|sr#|row|rowno|row#)$/;
/** A row's number: a whole number, as typed or as text. */
const COUNT = /^\d{1,7}$/;

/** The columns (0 = column A) whose header says they number the rows; 序号 No. and 序号/No. both do. */
export function counterColumns(header: readonly CellValue[] | undefined): number[] {
  const counters: number[] = [];
  header?.forEach((value, c) => {
    const words = cellText(value)
      .normalize('NFKC')
      .toLowerCase()
      .split(/[\s/|()（）:：]+/)
      .map((word) => word.replace(/\./g, ''))
      .filter(Boolean);
    const whole = words.join('');
    if (words.length > 0 && (COUNTER_HEADER.test(whole) || words.every((word) => COUNTER_HEADER.test(word))))
      counters.push(c);
  });
  return counters;
}

/** True when the row's only filled cells are row numbers in `counters` (counterColumns). */
export function isCounterOnlyRow(row: readonly CellValue[] | undefined, counters: readonly number[]): boolean {
  if (!row || counters.length === 0) return false;
  let numbered = false;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    if (!counters.includes(c) || !isRowNumber(value)) return false;
    numbered = true;
  }
  return numbered;
}

/**
 * A value an export writes where nothing was given: a flag left at no (no, false, 否) or a zero amount
 * or count (0, 0.00, 0,00). A row of these alone names no one (Shopify's ,,,no,,0.00,0,no).
 */
const DEFAULT_VALUE = /^(?:no|false|否|[$€£¥]?\s*0+(?:[.,]0+)?\s*€?)$/i;

function isDefaultValue(value: CellValue): boolean {
  if (value === false || value === 0) return true;
  return typeof value === 'string' && DEFAULT_VALUE.test(value.normalize('NFKC').trim());
}

/**
 * True when the row's filled cells all hold defaults (isDefaultValue): no name, phone, e-mail, company
 * or ID, nothing chosen.
 */
export function isDefaultsOnlyRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let filled = false;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (!isDefaultValue(value)) return false;
    filled = true;
  }
  return filled;
}

/** The sheet rows (1-based) of `values` that hold defaults alone, which emptyRowTest passes over. */
export function defaultsOnlyRowNumbers(values: readonly Row[]): number[] {
  const rows: number[] = [];
  for (let r = 1; r < values.length; r++) if (isDefaultsOnlyRow(values[r])) rows.push(r + 1);
  return rows;
}

/**
 * Whether a row of `values` (values[0] the header) names no customer for want of anything in it:
 * blank, blank but for its row number, defaults alone (isDefaultsOnlyRow), or a board's group break
 * (a group's title, the header said again: group-break-rows.ts). Built once per sheet.
 */
export function emptyRowTest(
  values: readonly (readonly CellValue[] | undefined)[],
): (row: readonly CellValue[] | undefined) => boolean {
  const counters = counterColumns(values[0]);
  const { rows } = breaksOf(values);
  return (row) =>
    isEmptyRow(row) || isCounterOnlyRow(row, counters) || isDefaultsOnlyRow(row) || (rows.size > 0 && rows.has(row));
}

type Row = readonly CellValue[] | undefined;
interface Breaks {
  length: number;
  /** Their indexes in `values` (0: the header), in order. */
  indexes: number[];
  /** The rows themselves: every command passes the sheet's own rows. */
  rows: Set<Row>;
}
const breaksOfValues = new WeakMap<readonly Row[], Breaks>();

/**
 * A sheet's group breaks, found once per sheet of a given length: a command builds the empty-row test
 * in several stages, and the scan reads two cells of every row (about 0.4 s at a million rows).
 */
function breaksOf(values: readonly Row[]): Breaks {
  const known = breaksOfValues.get(values);
  if (known && known.length === values.length) return known;
  const indexes = [...groupBreakRows(values)].sort((a, b) => a - b);
  const breaks = { length: values.length, indexes, rows: new Set(indexes.map((r) => values[r])) };
  breaksOfValues.set(values, breaks);
  return breaks;
}

/** The sheet rows (1-based) of a board export's group titles and repeated headers, which emptyRowTest passes over. */
export function groupBreakRowNumbers(values: readonly Row[]): number[] {
  return breaksOf(values).indexes.map((r) => r + 1);
}

function isRowNumber(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  return typeof value === 'string' && COUNT.test(value.trim());
}
