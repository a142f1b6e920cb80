/**
 * The records of a cluster and their order of preference. Default survivor: the row with
 * the most non-empty cells; ties go to the most recently updated (updatedAt, then lastContact,
 * then on an order export the order's own date), then to the lowest row. The same recency decides
 * whose value fills a survivor's blank. On an order export a paid order's row survives before a
 * closed, cancelled, refunded or unpaid one's, and by default the newest order's.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import { cellKey, type FormulaCell, type SheetSnapshot } from '../sheet/snapshot';
import { columnByField, type SheetColumn } from './columns';
import { dateKey } from './field-values';
import { orderOfRow, orderSheetOf, type OrderOfRow } from './order-rows';
import type { SurvivorChoice } from './types';

export interface RowRecord {
  row: number;
  /** One value per sheet column (formula cells: their computed value). */
  values: CellValue[];
  /** Formula text per column, null where the cell holds a value. */
  formulas: (string | null)[];
  /** Number of non-empty cells. */
  filled: number;
  /** ISO dates of updatedAt, lastContact and the order ('' when unknown): later compares greater. */
  recency: [string, string, string];
  /** The row's order, on an order export. */
  order?: OrderOfRow;
}

export function readRecords(
  snapshot: Pick<SheetSnapshot, 'values'>,
  formulasByRow: ReadonlyMap<number, readonly FormulaCell[]>,
  rows: readonly number[],
  columns: readonly SheetColumn[],
): RowRecord[] {
  const formulas = new Map<number, string>();
  for (const row of rows) for (const f of formulasByRow.get(row) ?? []) formulas.set(cellKey(f.row, f.col), f.formula);
  const updated = columnByField(columns, 'updatedAt');
  const contacted = columns.find(
    (c) => c.fieldKey !== null && (c.fieldKey === 'lastContact' || c.ctx.field?.role === 'lastContact'),
  );
  const orders = orderSheetOf(snapshot.values);
  return rows.map((row) => {
    const source = snapshot.values[row - 1] ?? [];
    const values = columns.map((c) => source[c.col - 1] ?? null);
    const recencyOf = (column: SheetColumn | undefined) =>
      column ? (dateKey(values[column.col - 1] ?? null, column.ctx, source) ?? '') : '';
    const order = orders ? orderOfRow(orders, source) : undefined;
    return {
      row,
      values,
      formulas: columns.map((c) => formulas.get(cellKey(row, c.col)) ?? null),
      filled: values.filter((v) => !isBlank(v)).length,
      recency: [recencyOf(updated), recencyOf(contacted), order?.date ?? ''],
      ...(order ? { order } : {}),
    };
  });
}

/** Negative when `a` is more recent than `b`. */
export function compareRecency(a: RowRecord, b: RowRecord): number {
  for (let i = 0; i < a.recency.length; i++) {
    const x = a.recency[i]!;
    const y = b.recency[i]!;
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/** Negative when `a`'s order brought money and `b`'s did not (0 off an order export). */
function comparePaid(a: RowRecord, b: RowRecord): number {
  return Number(Boolean(a.order?.notPaid)) - Number(Boolean(b.order?.notPaid));
}

const newestFirst = (a: RowRecord, b: RowRecord) =>
  comparePaid(a, b) || compareRecency(a, b) || b.filled - a.filled || a.row - b.row;

/** The most complete row; on an order export a paid order's newest row, since a row there is one order. */
export function defaultSurvivor(records: readonly RowRecord[]): RowRecord {
  if (records.some((r) => r.order)) return [...records].sort(newestFirst)[0]!;
  return [...records].sort((a, b) => b.filled - a.filled || compareRecency(a, b) || a.row - b.row)[0]!;
}

/** The survivor under the user's choice: lowest row, highest row, most complete or most recently updated. */
export function chooseSurvivor(records: readonly RowRecord[], keep?: SurvivorChoice): RowRecord {
  switch (keep) {
    case 'first':
      return [...records].sort((a, b) => a.row - b.row)[0]!;
    case 'last':
      return [...records].sort((a, b) => b.row - a.row)[0]!;
    case 'newest':
      return [...records].sort(newestFirst)[0]!;
    case 'mostComplete':
      return [...records].sort(
        (a, b) => comparePaid(a, b) || b.filled - a.filled || compareRecency(a, b) || a.row - b.row,
      )[0]!;
    case undefined:
      return defaultSurvivor(records);
  }
}

/** The survivor first, then the others, most recent first, then most complete, then lowest row. */
export function preferenceOrder(records: readonly RowRecord[], survivor: RowRecord): RowRecord[] {
  const others = records
    .filter((r) => r !== survivor)
    .sort((a, b) => compareRecency(a, b) || b.filled - a.filled || a.row - b.row);
  return [survivor, ...others];
}

/** Every record, most recent first; the survivor wins ties. */
export function recencyOrder(records: readonly RowRecord[], survivor: RowRecord): RowRecord[] {
  return [...records].sort(
    (a, b) =>
      compareRecency(a, b) || (a === survivor ? -1 : b === survivor ? 1 : 0) || b.filled - a.filled || a.row - b.row,
  );
}

/** The survivor first, then the others by row. */
export function rowOrder(records: readonly RowRecord[], survivor: RowRecord): RowRecord[] {
  return [survivor, ...records.filter((r) => r !== survivor).sort((a, b) => a.row - b.row)];
}
