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
import { counterKey, ID_SCHEME_KEY, idKey, idPattern, idSchemeMeta, idSchemeOf, type IdScheme } from './id-scheme';
import { resolveContext, type OperationContext, type OperationOptions } from './options';
import { recordOperation } from '../history/record-operation';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { furtherRows } from '../sheet/continuation-rows';
import { lineItemRows } from '../sheet/line-item-rows';
import { accountHeader } from '../dedupe/column-headers';
import { IdHolders } from '../check/company-contacts';
import { withoutTextMarker } from '../normalise/text-marker';

export { idKey, idPattern } from './id-scheme';

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
  /** The scheme the new IDs follow. */
  scheme: IdScheme;
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
  /** The scheme to follow, where the snapshot is not the whole list (entry: the scheme kept in meta). */
  scheme?: IdScheme;
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
  const footer = reportFooterStart(snapshot.values);
  const scheme =
    options.scheme ??
    (col === undefined
      ? idSchemeOf([], ctx.template)
      : idSchemeOf(
          snapshot.values
            .slice(1, footer)
            .flatMap((values) => (isTotalsOrNotesRow(values) ? [] : [values[col - 1] ?? null])),
          ctx.template,
        ));
  let last = Number(snapshot.meta?.[counterKey(scheme)] ?? 0) || 0;
  if (col === undefined) return { assigned, renumbered, lastNumber: last, scheme };
  // A number printed on a member's card or kept by another system (会员卡号, Member No) is the
  // sheet's own: Custodian neither invents one for a blank row nor replaces a repeated one.
  if (accountHeader(cellText(snapshot.values[0]?.[col - 1] ?? null)))
    return { col, assigned, renumbered, lastNumber: last, scheme };

  const pattern = idPattern(scheme.idPrefix);
  // Rows needing a new ID in sheet order; a duplicate carries the row that keeps the ID.
  const needing: Array<{ row: number; firstRow?: number }> = [];
  // Only an ID of the template's scheme is renumbered: the list's own repeated ID is one record twice, as another system's is.
  const holders = options.renumberDuplicates && !scheme.own ? new IdHolders(snapshot, ctx) : undefined;
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
    if (!holders || !match) continue;
    // Two contacts of the company an ID numbers keep it, as check says (company-contacts.ts).
    const verdict = holders.see(key, index + 1);
    if (verdict?.kind === 'duplicate') needing.push({ row: index + 1, firstRow: verdict.otherRow });
  }
  for (const { row, firstRow } of needing) {
    const id = formatCustomerId(scheme, ++last);
    assigned.set(row, id);
    if (firstRow !== undefined) renumbered.push({ row, from: snapshot.values[row - 1]![col - 1]!, to: id, firstRow });
  }
  return { col, assigned, renumbered, lastNumber: last, scheme };
}

/** The plan that writes a new ID into every row without one. */
export function planCustomerIds(snapshot: SheetSnapshot, options: OperationOptions = {}): Plan {
  const ctx = resolveContext(snapshot, options);
  const plan = customerIdPlan(snapshot, ctx);
  return recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'ids',
    ...withUndoMeta(idMetaBefore(plan.meta, snapshot.meta)),
    at: ctx.now,
    locale: ctx.locale,
    ...(ctx.by ? { by: ctx.by } : {}),
  });
}

/**
 * The ID meta (counter, scheme) as it was before a plan wrote it, for undo to write back: an undone
 * operation's IDs leave the sheet, so the next one gives the same numbers again ('' removes a key).
 * An ID still in the sheet is never given again either way: numbering starts after the highest in it.
 */
export function idMetaBefore(
  planMeta: Readonly<Record<string, string>>,
  meta: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  const keys = Object.keys(planMeta).filter((key) => key.startsWith(META_KEYS.lastCustomerId) || key === ID_SCHEME_KEY);
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, meta?.[key] ?? '']));
}

/** `undoMeta` for recordOperation, when there is meta to write back. */
export function withUndoMeta(undoMeta: Record<string, string> | undefined): { undoMeta?: Record<string, string> } {
  return undoMeta ? { undoMeta } : {};
}

export function customerIdPlan(snapshot: SheetSnapshot, ctx: OperationContext): Plan {
  return customerIdChanges(snapshot, ctx).plan;
}

/** The edits giving rows their IDs (reason `id.missing`, or `id.duplicate` for a renumbered row), and the renumbered rows. */
export function customerIdChanges(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  options: AssignOptions = {},
): { plan: Plan; renumbered: RenumberedId[]; scheme: IdScheme } {
  const plan = emptyPlan(snapshot.name);
  const { col, assigned, renumbered, lastNumber, scheme } = assignCustomerIds(snapshot, ctx, options);
  if (col === undefined || assigned.size === 0) return { plan, renumbered, scheme };
  const duplicates = new Set(renumbered.map((r) => r.row));
  for (const [row, id] of assigned) {
    const before = snapshot.values[row - 1]?.[col - 1] ?? null;
    plan.edits.push({ row, col, before, after: id, reason: duplicates.has(row) ? 'id.duplicate' : 'id.missing' });
  }
  plan.meta[counterKey(scheme)] = String(lastNumber);
  // Read from the whole list, the scheme is kept for entry, which sees only the rows typed.
  if (!options.scheme) Object.assign(plan.meta, idSchemeMeta(scheme, snapshot.meta));
  return { plan, renumbered, scheme };
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
