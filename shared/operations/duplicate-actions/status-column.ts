/**
 * The status column: 重复（第 3 组）/ Duplicate (group 3) on each row of a group, 唯一 / Unique on the
 * other customers. Found again by its header (either language), so a re-run rewrites its values in
 * place and never adds a second column. Its header is saved as unmapped, so check and clean do not
 * read it as the template's customer status column; matching leaves it out (dedupe/status-headers.ts).
 */
import { isBlank, sameCell, cellText, type CellValue } from '../../sheet/cell-value';
import { cellKey, columnCount, formulaKeys, type SheetSnapshot } from '../../sheet/snapshot';
import type { CellEdit } from '../../plan/plan';
import { META_KEYS } from '../meta-keys';
import { storedOverrides } from '../options';
import { isDuplicateStatusHeader } from '../../dedupe/status-headers';
import type { DuplicateActionLabels } from './labels';

/** The status column's number: where a header says it is, else the first column right of the list. */
export function statusColumn(snapshot: Pick<SheetSnapshot, 'values'>): { col: number; exists: boolean } {
  const header = snapshot.values[0] ?? [];
  const found = header.findIndex((h) => isDuplicateStatusHeader(cellText(h)));
  if (found >= 0) return { col: found + 1, exists: true };
  return { col: columnCount(snapshot.values) + 1, exists: false };
}

/** A row holds a customer when any cell other than the status column is filled. */
export function holdsCustomer(row: readonly CellValue[] | undefined, skipCol: number): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) if (i !== skipCol - 1 && !isBlank(row[i])) return true;
  return false;
}

export interface StatusEdits {
  col: number;
  edits: CellEdit[];
  /** Customers in the list (rows holding one). */
  customers: number;
  /** The header saved as unmapped (template.overrides), when it is not yet. */
  meta: Record<string, string>;
}

/** `groupOf`: sheet row -> the group number it is shown under. Unchanged cells and formula cells get no edit. */
export function planStatusEdits(
  snapshot: SheetSnapshot,
  groupOf: ReadonlyMap<number, number>,
  labels: DuplicateActionLabels,
): StatusEdits {
  const { col, exists } = statusColumn(snapshot);
  const formulas = formulaKeys(snapshot);
  const edits: CellEdit[] = [];
  const header = exists ? cellText(snapshot.values[0]![col - 1] ?? null).trim() : labels.statusHeader;
  if (!exists) edits.push({ row: 1, col, before: null, after: header });
  let customers = 0;
  for (let row = 2; row <= snapshot.values.length; row++) {
    const cells = snapshot.values[row - 1];
    const customer = holdsCustomer(cells, col);
    if (customer) customers++;
    if (formulas.has(cellKey(row, col))) continue;
    const group = groupOf.get(row);
    const after = !customer ? null : group !== undefined ? labels.duplicate(group) : labels.unique;
    const before = cells?.[col - 1] ?? null;
    if (!sameCell(before, after) && !(isBlank(before) && after === null)) edits.push({ row, col, before, after });
  }
  const overrides = storedOverrides(snapshot) ?? {};
  const meta: Record<string, string> =
    overrides[header] === null ? {} : { [META_KEYS.overrides]: JSON.stringify({ ...overrides, [header]: null }) };
  return { col, edits, customers, meta };
}
