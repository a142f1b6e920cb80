import type { Plan } from '../../shared/plan/plan';
import { applyPlan, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

/** The sheet as the in-memory reference host leaves it after a plan. */
export function after(snapshot: SheetSnapshot, plan: Plan): SheetSnapshot {
  const workbook = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
  return { ...snapshotOf(workbook, snapshot.name), ...(snapshot.textOnly ? { textOnly: true } : {}) };
}
