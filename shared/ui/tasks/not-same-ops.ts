/**
 * "Not the same customer" from the sidebar: the plan that saves a mark over a group's rows in the
 * workbook's meta, and the plan that takes it back. Run in the worker: naming rows hashes the sheet.
 */
import { addNotSame, NOT_SAME_META, rowMarkKeys } from '../../dedupe';
import { emptyPlan, type Plan } from '../../plan/plan';
import type { SheetSnapshot } from '../../sheet/snapshot';
import type { HeaderMapping } from '../../template/header-mapping';
import type { Template } from '../../template/schema';

export interface PlanNotSameOptions {
  template: Template;
  mapping: HeaderMapping;
  /** Sheet rows the user said are different customers. */
  rows: readonly number[];
}

export interface NotSamePlans {
  plan: Plan;
  undo: Plan;
  /** False when the rows cannot be told apart (one customer ID, or every identity value alike): nothing to save. */
  marked: boolean;
}

export function planNotSame(snapshot: SheetSnapshot, options: PlanNotSameOptions): NotSamePlans {
  const keys = rowMarkKeys(snapshot, options.mapping, options.template);
  const before = snapshot.meta?.[NOT_SAME_META] ?? '';
  const rowKeys = options.rows.map((r) => keys[r] ?? '');
  const saved = addNotSame(snapshot.meta, rowKeys);
  const plan = emptyPlan(snapshot.name);
  plan.meta[NOT_SAME_META] = saved;
  const undo = emptyPlan(snapshot.name);
  undo.meta[NOT_SAME_META] = before; // '' removes the key: no marks were saved before
  const named = new Set(rowKeys.filter((k) => k !== ''));
  return { plan, undo, marked: named.size === rowKeys.length && saved !== before };
}
