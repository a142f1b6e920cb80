/**
 * The records of a cluster and their order of preference. Default survivor: the row with
 * the most non-empty cells; ties go to the most recently updated (updatedAt, then lastContact,
 * then on an order export the order's own date), then to the customer's original record (the
 * earliest created date, then the oldest customer ID), then to the lowest row. The same recency
 * decides whose value fills a survivor's blank. On an order export a paid order's row survives
 * before a closed, cancelled, refunded or unpaid one's, and by default the newest order's.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
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
  /** ISO date of createdAt ('' when unknown) and the customer ID as typed ('' when none): which record came first. */
  origin: { created: string; id: string };
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
  const created = columnByField(columns, 'createdAt');
  const idColumn = columns.find((c) => c.ctx.field?.kind === 'id');
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
      origin: {
        created: recencyOf(created),
        id: idColumn ? cellText(values[idColumn.col - 1] ?? null).trim() : '',
      },
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

/** A customer ID's running number and the text around it (C-000017: `c-|`, 17), or null without digits at its end. */
function idNumber(id: string): { shape: string; number: bigint } | null {
  const parts = /^(.*?)(\d+)(\D*)$/.exec(id);
  return parts ? { shape: `${parts[1]!.toLowerCase()}|${parts[3]!.toLowerCase()}`, number: BigInt(parts[2]!) } : null;
}

/**
 * The customer's original record among rows nothing else tells apart: the one created first, else the
 * one with the oldest customer ID, else the lowest row. Each applies only when every row has it (IDs
 * of one kind: C-000017 and C-000812, not VIP-88), since a row without a date or with another
 * numbering says nothing about which came first.
 */
function originalRecord(tied: readonly RowRecord[]): RowRecord {
  let pool = [...tied];
  const created = pool.map((r) => r.origin.created);
  if (created.every((c) => c !== '')) {
    const first = created.reduce((a, b) => (b < a ? b : a));
    pool = pool.filter((r) => r.origin.created === first);
  }
  const ids = pool.map((r) => idNumber(r.origin.id));
  if (ids.every((id) => id !== null && id.shape === ids[0]!.shape)) {
    const oldest = ids.reduce((a, b) => (b!.number < a!.number ? b : a))!.number;
    pool = pool.filter((_, i) => ids[i]!.number === oldest);
  }
  return pool.sort((a, b) => a.row - b.row)[0]!;
}

/** The best record under `compare`, the original record among those it ranks equal. */
function bestThenOriginal(records: readonly RowRecord[], compare: (a: RowRecord, b: RowRecord) => number): RowRecord {
  const sorted = [...records].sort((a, b) => compare(a, b) || a.row - b.row);
  return originalRecord(sorted.filter((r) => compare(r, sorted[0]!) === 0));
}

const mostComplete = (a: RowRecord, b: RowRecord) => b.filled - a.filled || compareRecency(a, b);

/** The most complete row; on an order export a paid order's newest row, since a row there is one order. */
export function defaultSurvivor(records: readonly RowRecord[]): RowRecord {
  if (records.some((r) => r.order)) return [...records].sort(newestFirst)[0]!;
  return bestThenOriginal(records, mostComplete);
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
      return bestThenOriginal(records, (a, b) => comparePaid(a, b) || mostComplete(a, b));
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
