/**
 * A board export's group breaks (Monday.com, a grouped Smartsheet report): the next group's title
 * alone on its row ("Prospects"), then the header said again. Neither names a customer: emptyRowTest
 * passes them over for every command, and they stay in the sheet as typed. A one-cell row is a
 * group's title only right above a repeated header, so a customer typed with only a name stays one.
 */
import { isBlank, type CellValue } from './cell-value';
import { headerKey, isHeaderText } from './header-row';

type Rows = readonly (readonly CellValue[] | undefined)[];

/**
 * Whether a row says `header` again: two cells or more, every one a header's text, at most a quarter
 * of them not the header's own in that column. The quarter lets a header that clean renamed (Name →
 * Company) still be known in its repeat; a customer with a header's word in a column or two (VIP
 * under VIP) has a name beside it that is no header.
 */
export function headerRepeatTest(
  header: readonly CellValue[] | undefined,
): (row: readonly CellValue[] | undefined) => boolean {
  const keys = (header ?? []).map((value) => headerKey(value));
  if (keys.filter(Boolean).length < 2) return () => false;
  return (row) => {
    if (!row) return false;
    let filled = 0;
    let same = 0;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (isBlank(value)) continue;
      if (typeof value !== 'string') return false;
      filled++;
      if (keys[c] !== '' && sameHeader(value, keys[c]!)) same++;
      // A customer's row leaves here, at its first three cells: a board's first two headers may both
      // have been renamed (Name → Company, Person → Owner).
      else if (!isHeaderText(value) || (same === 0 && filled >= 3)) return false;
    }
    return same >= 2 && (filled - same) * 4 <= filled;
  };
}

/** Text NFKC could change: anything but printable ASCII. */
const NOT_PLAIN = /[^ -~]/;

/** Whether a cell's text is a header's `key` (headerKey), read without normalising the plain ASCII most cells are. */
function sameHeader(value: string, key: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === key) return true;
  return NOT_PLAIN.test(text) && headerKey(value) === key;
}

/** The indexes in `values` (0: the header) of the rows that say the header again, and of each group's title right above one. */
export function groupBreakRows(values: Rows): Set<number> {
  const repeats = headerRepeatTest(values[0]);
  const rows = new Set<number>();
  for (let r = 1; r < values.length; r++) {
    if (!repeats(values[r])) continue;
    rows.add(r);
    if (r > 1 && oneTextCell(values[r - 1])) rows.add(r - 1);
  }
  return rows;
}

/** A group's title: one text cell, every other cell blank. */
function oneTextCell(row: readonly CellValue[] | undefined): boolean {
  let text = false;
  for (const value of row ?? []) {
    if (isBlank(value)) continue;
    if (text || !isHeaderText(value)) return false;
    text = true;
  }
  return text;
}
