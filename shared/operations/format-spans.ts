/**
 * The rows of a column that set up gives its kind's number format. A number cell in a date column
 * that no date reading takes (1985 typed under 生日: a year) would show as a day of 1905 under a date
 * format, and an amount whose own format shows its currency ([$$-409]#,##0.00 among ¥ amounts) would
 * lose it under #,##0.00, and a code stored as a number with a format of its own (126 shown as 000126
 * under a column of "C"000000) would show another code, and a phone stored as a number whose format shows
 * its leading 0 (0000 000 000) would lose it under text format: those rows are left out, so the cells keep
 * showing what they meant. A formula in a phone or ID column keeps its format too: under text format
 * it would stop computing once edited.
 */
import { normaliseDate } from '../normalise/date';
import type { CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { isCodeField } from '../normalise/text-marker';
import { shownPhone } from '../normalise/phone-shown';

export interface RowSpan {
  firstRow: number;
  lastRow: number;
}

// A currency sign outside quotes or inside them ("¥"#,##0.00, "RMB "0.00), or a locale's [$€-407].
const CURRENCY_FORMAT = /[$¥￥€£₹₩元円]|\[\$[^\]-]|"[^"]*(?:rmb|cny|usd|hkd|eur|gbp)[^"]*"/i;

/** Whether a number format shows a currency. */
export function showsCurrency(format: string | null | undefined): boolean {
  return typeof format === 'string' && CURRENCY_FORMAT.test(format.replace(/\[\$-[^\]]*\]/g, ''));
}

/** The spans of `span` in column `col` that take `field`'s format. */
export function formatSpans(
  snapshot: SheetSnapshot,
  col: number,
  field: Pick<Field, 'key' | 'kind'>,
  span: RowSpan,
): RowSpan[] {
  if (field.kind === 'date') return spansWithout(snapshot, col, span, (cell) => isNumberNoDate(cell));
  const code = isCodeField(field);
  // A formula under text format (@) turns into its own text once edited in Excel, and computes no more.
  const formulaRows = new Set((snapshot.formulas ?? []).filter((f) => f.col === col).map((f) => f.row));
  const formula = (row: number) => formulaRows.has(row);
  if (field.kind !== 'money' && !code && field.kind !== 'phone') return [span];
  const own = new Map<number, string | undefined>();
  for (const extra of snapshot.extras ?? []) if (extra.col === col) own.set(extra.row, extra.format);
  const columnFormat = snapshot.columnFormats?.[col - 1] ?? null;
  if (field.kind === 'phone') {
    // 438111222 under 0000 000 000 shows 0438 111 222: under text format it would show the bare number.
    const shownOtherwise = (cell: CellValue | undefined, row: number) =>
      typeof cell === 'number' && shownPhone(cell, own.get(row) ?? columnFormat) !== cell;
    return formulaRows.size === 0 && !columnFormat && own.size === 0
      ? [span]
      : spansWithout(
          snapshot,
          col,
          span,
          (cell, row) => formula(row) || shownOtherwise(cell, row),
          formulaRows.size > 0,
        );
  }
  if (code) {
    const ownFormat = (row: number) => own.get(row);
    return spansWithout(
      snapshot,
      col,
      span,
      (cell, row) => {
        const format = ownFormat(row);
        return formula(row) || (typeof cell === 'number' && format !== undefined && format !== columnFormat);
      },
      formulaRows.size > 0,
    );
  }
  // A cell's format is its own where it has one, else its column's.
  return spansWithout(snapshot, col, span, (cell, row) => showsCurrency(own.get(row) ?? columnFormat));
}

function isNumberNoDate(cell: CellValue | undefined): boolean {
  // 2018 is a year left as typed (date.yearOnly): under a date format it would show as 1905-07-10.
  return typeof cell === 'number' && normaliseDate(cell).status !== 'valid';
}

/** `span` without the rows `skip` names; `blankToo`: a blank cell may be skipped too (a formula giving ""). */
function spansWithout(
  snapshot: SheetSnapshot,
  col: number,
  span: RowSpan,
  skip: (cell: CellValue | undefined, row: number) => boolean,
  blankToo = false,
): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = span.firstRow;
  const last = Math.min(span.lastRow, snapshot.values.length);
  for (let row = span.firstRow; row <= last; row++) {
    const cell = snapshot.values[row - 1]?.[col - 1];
    if ((!blankToo && (cell === null || cell === undefined)) || !skip(cell, row)) continue;
    if (row > start) spans.push({ firstRow: start, lastRow: row - 1 });
    start = row + 1;
  }
  if (start <= span.lastRow) spans.push({ firstRow: start, lastRow: span.lastRow });
  return spans;
}
