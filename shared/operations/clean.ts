/**
 * clean: the canonical form of every fixable cell, plus an ID for every row without one, as a
 * plan of edits (old and new value) that a UI can preview and an undo can reverse. Formula
 * cells are never edited; invalid values are left as they are (check keeps reporting them).
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import { scanCells } from '../check/scan-cells';
import type { HeaderMapping } from '../template/header-mapping';
import { NON_CANONICAL } from '../check/non-canonical';
import { customerIdPlan } from './customer-ids';
import { resolveContext, type OperationOptions } from './options';
import { recordOperation } from '../history/record-operation';

export interface CleanSummary {
  /** Cells the plan changes. */
  changes: number;
  /** Changes by reason (issue code such as `phone.nonCanonical`, or `id.missing`). */
  byReason: Record<string, number>;
  /** Values cleaning cannot fix, left in place. */
  unfixable: number;
  rows: number;
}

export interface CleanResult {
  plan: Plan;
  summary: CleanSummary;
  mapping: HeaderMapping;
}

export function planClean(snapshot: SheetSnapshot, options: OperationOptions = {}): CleanResult {
  const ctx = resolveContext(snapshot, options);
  const plan = emptyPlan(snapshot.name);
  let unfixable = 0;
  const { dataRows } = scanCells(snapshot, ctx, (finding) => {
    if (finding.kind === 'invalid') unfixable++;
    if (finding.kind !== 'nonCanonical' || finding.isFormula) return;
    plan.edits.push({
      row: finding.row,
      col: finding.column.col,
      before: finding.value,
      after: finding.canonical,
      reason: NON_CANONICAL[finding.column.field.kind],
    });
  });
  const ids = customerIdPlan(snapshot, ctx);
  plan.edits.push(...ids.edits);
  Object.assign(plan.meta, ids.meta);

  const byReason: Record<string, number> = {};
  for (const edit of plan.edits) byReason[edit.reason ?? 'other'] = (byReason[edit.reason ?? 'other'] ?? 0) + 1;
  const recorded = recordOperation(plan, snapshot.meta ?? {}, { kind: 'clean', at: ctx.now, locale: ctx.locale });
  return {
    plan: recorded,
    summary: { changes: plan.edits.length, byReason, unfixable, rows: dataRows },
    mapping: ctx.mapping,
  };
}
