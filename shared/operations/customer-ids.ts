/**
 * Customer IDs: every data row gets a unique one. New numbers continue after the highest number
 * in the sheet or ever assigned (kept in meta), so a deleted customer's ID is never reused.
 */
import { cellText, isBlank } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import type { Template } from '../template/schema';
import { isEmptyRow } from '../sheet/cell-value';
import { META_KEYS } from './meta-keys';
import { resolveContext, type OperationContext, type OperationOptions } from './options';
import { recordOperation } from '../history/record-operation';

/** IDs compare without case, width or surrounding spaces: "c000001 " and "C000001" are one ID. */
export function idKey(value: unknown): string {
  return cellText(value as never)
    .normalize('NFKC')
    .trim()
    .toUpperCase();
}

export function formatCustomerId(template: Pick<Template, 'idPrefix' | 'idDigits'>, n: number): string {
  return `${template.idPrefix}${String(n).padStart(template.idDigits, '0')}`;
}

export interface IdAssignment {
  /** The column holding customer IDs, if the sheet has one. */
  col?: number;
  /** Row -> newly assigned ID, for rows that had none. */
  assigned: Map<number, string>;
  /** The highest ID number after assignment (to store in meta). */
  lastNumber: number;
}

export function assignCustomerIds(snapshot: SheetSnapshot, ctx: OperationContext): IdAssignment {
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const col = idField ? ctx.mapping.byField[idField.key] : undefined;
  const assigned = new Map<number, string>();
  const metaKey = META_KEYS.lastCustomerId + ctx.template.idPrefix;
  let last = Number(snapshot.meta?.[metaKey] ?? 0) || 0;
  if (col === undefined) return { assigned, lastNumber: last };

  const pattern = new RegExp(`^${escapeRegExp(ctx.template.idPrefix.toUpperCase())}0*(\\d+)$`);
  const blanks: number[] = [];
  for (let index = 1; index < snapshot.values.length; index++) {
    const values = snapshot.values[index];
    if (isEmptyRow(values)) continue;
    const value = values[col - 1] ?? null;
    if (isBlank(value)) {
      blanks.push(index + 1);
      continue;
    }
    const match = pattern.exec(idKey(value));
    if (match) last = Math.max(last, Number(match[1]));
  }
  for (const row of blanks) assigned.set(row, formatCustomerId(ctx.template, ++last));
  return { col, assigned, lastNumber: last };
}

/** The plan that writes a new ID into every row without one. */
export function planCustomerIds(snapshot: SheetSnapshot, options: OperationOptions = {}): Plan {
  const ctx = resolveContext(snapshot, options);
  return recordOperation(customerIdPlan(snapshot, ctx), snapshot.meta ?? {}, {
    kind: 'ids',
    at: ctx.now,
    locale: ctx.locale,
  });
}

export function customerIdPlan(snapshot: SheetSnapshot, ctx: OperationContext): Plan {
  const plan = emptyPlan(snapshot.name);
  const { col, assigned, lastNumber } = assignCustomerIds(snapshot, ctx);
  if (col === undefined || assigned.size === 0) return plan;
  for (const [row, id] of assigned) {
    plan.edits.push({ row, col, before: snapshot.values[row - 1]?.[col - 1] ?? null, after: id, reason: 'id.missing' });
  }
  plan.meta[META_KEYS.lastCustomerId + ctx.template.idPrefix] = String(lastNumber);
  return plan;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
