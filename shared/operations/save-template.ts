/** The plan that stores an edited template in the workbook (meta), and the plan that puts back the one before. */
import { emptyPlan, type Plan } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Template } from '../template/schema';
import { META_KEYS } from './meta-keys';

export interface TemplateSave {
  plan: Plan;
  /** Restores the stored template as it was ('' removes it: the workbook goes back to the built-in one). */
  undo: Plan;
}

export function planTemplateSave(snapshot: Pick<SheetSnapshot, 'name' | 'meta'>, template: Template): TemplateSave {
  const plan = emptyPlan(snapshot.name);
  plan.meta[META_KEYS.template] = JSON.stringify(template);
  const undo = emptyPlan(snapshot.name);
  undo.meta[META_KEYS.template] = snapshot.meta?.[META_KEYS.template] ?? '';
  return { plan, undo };
}
