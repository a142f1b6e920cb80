/**
 * Customer IDs: every data row gets a unique one. New numbers continue after the highest number
 * in the sheet or ever assigned (kept in meta), so a deleted customer's ID is never reused.
 * Clean also renumbers a duplicate ID of Custodian's own scheme: the topmost holder keeps it, each
 * later holder gets a new one. Another system's numbers (a card number, a CRM's record ID) are left as typed.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import type { Template } from '../template/schema';
import { emptyRowTest } from '../sheet/counter-row';
import { META_KEYS } from './meta-keys';
import { resolveContext, type OperationContext, type OperationOptions } from './options';
import { recordOperation } from '../history/record-operation';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { furtherRows } from '../sheet/continuation-rows';
import { lineItemRows } from '../sheet/line-item-rows';
import { withoutTextMarker } from '../normalise/text-marker';
import { accountHeader } from '../dedupe/column-headers';
import { accountKey } from '../merge/member-cards';
import { IdHolders } from '../check/company-contacts';

/**
 * IDs compare as a member's card does (`accountKey`: without case, width or surrounding spaces) and
 * without a text marker (text-marker.ts): "c000001 ", "'C000001" and "C000001" are one ID.
 */
export function idKey(value: unknown): string {
  return accountKey(withoutTextMarker(cellText(value as never)));
}

export function formatCustomerId(template: Pick<Template, 'idPrefix' | 'idDigits'>, n: number): string {
  return `${template.idPrefix}${String(n).padStart(template.idDigits, '0')}`;
}

export interface IdAssignment {
  /** The column holding customer IDs, if the sheet has one. */
  col?: number;
  /** Row -> newly assigned ID, for rows that had none (and, when asked, later holders of a duplicate ID). */
  assigned: Map<number, string>;
  /** Later holders of an ID an earlier row holds, given a new one (only when asked to renumber). */
  renumbered: RenumberedId[];
  /** The highest ID number after assignment (to store in meta). */
  lastNumber: number;
}

export interface RenumberedId {
  row: number;
  /** The ID as typed (kept in the log as the row's old ID). */
  from: CellValue;
  to: string;
  /** The topmost row holding the same ID, which keeps it. */
  firstRow: number;
}

export interface AssignOptions {
  /** Give each later holder of a duplicate ID a new one (clean); check and setup leave them. */
  renumberDuplicates?: boolean;
  /**
   * The snapshot's rows are only the rows just typed, one under another (entry), not the sheet's: no
   * row continues the one above it there (a phone typed first on a new row is a new customer's).
   */
  typedRows?: boolean;
}

export function assignCustomerIds(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  options: AssignOptions = {},
): IdAssignment {
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const col = idField ? ctx.mapping.byField[idField.key] : undefined;
  const assigned = new Map<number, string>();
  const renumbered: RenumberedId[] = [];
  const metaKey = META_KEYS.lastCustomerId + ctx.template.idPrefix;
  let last = Number(snapshot.meta?.[metaKey] ?? 0) || 0;
  if (col === undefined) return { assigned, renumbered, lastNumber: last };
  // A number printed on a member's card or kept by another system (会员卡号, Member No) is the
  // sheet's own: Custodian neither invents one for a blank row nor replaces a repeated one.
  if (accountHeader(cellText(snapshot.values[0]?.[col - 1] ?? null)))
    return { col, assigned, renumbered, lastNumber: last };

  const pattern = idPattern(ctx.template.idPrefix);
  // Rows needing a new ID in sheet order; a duplicate carries the row that keeps the ID.
  const needing: Array<{ row: number; firstRow?: number }> = [];
  const holders = options.renumberDuplicates ? new IdHolders(snapshot, ctx) : undefined;
  const footer = reportFooterStart(snapshot.values);
  // An order's further item rows (Shopify's) are the order's, no customer to number.
  const items = options.typedRows
    ? lineItemRows(snapshot.values, ctx.mapping, ctx.template)
    : furtherRows(snapshot.values, ctx.mapping, ctx.template);
  // A row blank but for its number (序号 14) is no customer to number.
  const empty = emptyRowTest(snapshot.values);
  // A CSV row whose values sit right of their headers is left as it is until it is mended.
  const misaligned = new Set(snapshot.misalignedRows?.map((m) => m.row));
  for (let index = 1; index < footer; index++) {
    const values = snapshot.values[index];
    if (empty(values) || misaligned.has(index + 1) || isTotalsOrNotesRow(values) || items.has(index + 1)) continue;
    const value = values[col - 1] ?? null;
    if (isBlank(value)) {
      needing.push({ row: index + 1 });
      continue;
    }
    const key = idKey(value);
    const match = pattern.exec(key);
    if (match) last = Math.max(last, Number(match[1]));
    // Only an ID of Custodian's own scheme is renumbered: another system's repeated ID is one record twice.
    if (!holders || !match) continue;
    // Two contacts of the company an ID numbers keep it, as check says (company-contacts.ts).
    const verdict = holders.see(key, index + 1);
    if (verdict?.kind === 'duplicate') needing.push({ row: index + 1, firstRow: verdict.otherRow });
  }
  for (const { row, firstRow } of needing) {
    const id = formatCustomerId(ctx.template, ++last);
    assigned.set(row, id);
    if (firstRow !== undefined) renumbered.push({ row, from: snapshot.values[row - 1]![col - 1]!, to: id, firstRow });
  }
  return { col, assigned, renumbered, lastNumber: last };
}

/** The plan that writes a new ID into every row without one. */
export function planCustomerIds(snapshot: SheetSnapshot, options: OperationOptions = {}): Plan {
  const ctx = resolveContext(snapshot, options);
  return recordOperation(customerIdPlan(snapshot, ctx), snapshot.meta ?? {}, {
    kind: 'ids',
    at: ctx.now,
    locale: ctx.locale,
    ...(ctx.by ? { by: ctx.by } : {}),
  });
}

export function customerIdPlan(snapshot: SheetSnapshot, ctx: OperationContext): Plan {
  return customerIdChanges(snapshot, ctx).plan;
}

/** The edits giving rows their IDs (reason `id.missing`, or `id.duplicate` for a renumbered row), and the renumbered rows. */
export function customerIdChanges(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  options: AssignOptions = {},
): { plan: Plan; renumbered: RenumberedId[] } {
  const plan = emptyPlan(snapshot.name);
  const { col, assigned, renumbered, lastNumber } = assignCustomerIds(snapshot, ctx, options);
  if (col === undefined || assigned.size === 0) return { plan, renumbered };
  const duplicates = new Set(renumbered.map((r) => r.row));
  for (const [row, id] of assigned) {
    const before = snapshot.values[row - 1]?.[col - 1] ?? null;
    plan.edits.push({ row, col, before, after: id, reason: duplicates.has(row) ? 'id.duplicate' : 'id.missing' });
  }
  plan.meta[META_KEYS.lastCustomerId + ctx.template.idPrefix] = String(lastNumber);
  return { plan, renumbered };
}

/**
 * One of the list's IDs as typed (the first), where any of its IDs is not in the template's scheme (a
 * house style of 00123, a CRM's numbers): the list keeps its own IDs, which check accepts, so the ID
 * column's rule must too. Undefined when every ID is the template's, or there is none yet.
 */
export function ownIdExample(snapshot: SheetSnapshot, ctx: OperationContext): string | undefined {
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const col = idField ? ctx.mapping.byField[idField.key] : undefined;
  if (col === undefined) return undefined;
  const pattern = idPattern(ctx.template.idPrefix);
  let first: string | undefined;
  for (let index = 1; index < reportFooterStart(snapshot.values); index++) {
    const values = snapshot.values[index];
    if (!values || isTotalsOrNotesRow(values)) continue;
    const value = values[col - 1] ?? null;
    if (isBlank(value)) continue;
    first ??= withoutTextMarker(cellText(value)).trim();
    if (!pattern.test(idKey(value))) return first;
  }
  return undefined;
}

/** Matches an ID key (`idKey`) of the template's scheme; group 1 is its number. */
export function idPattern(prefix: string): RegExp {
  return new RegExp(`^${escapeRegExp(prefix.toUpperCase())}0*(\\d+)$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
