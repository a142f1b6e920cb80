/**
 * The plan that stores an edited template in the workbook (meta), recorded in the workbook's
 * history (so `custodian history` lists it and undo works after a reload), and the plan that puts
 * back the one before.
 */
import { recordOperation } from '../history/record-operation';
import type { Locale } from '../i18n/locale';
import { emptyPlan, type Plan } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Template } from '../template/schema';
import { META_KEYS } from './meta-keys';

export interface TemplateSave {
  plan: Plan;
  /** Restores the stored template as it was ('' removes it: the workbook goes back to the built-in one). */
  undo: Plan;
}

export function planTemplateSave(
  snapshot: Pick<SheetSnapshot, 'name' | 'meta'>,
  template: Template,
  record: { at?: Date; locale?: Locale } = {},
): TemplateSave {
  const before = { [META_KEYS.template]: snapshot.meta?.[META_KEYS.template] ?? '' };
  const plan = emptyPlan(snapshot.name);
  plan.meta[META_KEYS.template] = JSON.stringify(template);
  const undo = emptyPlan(snapshot.name);
  undo.meta = { ...before };
  const recorded = recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'templateSave',
    at: record.at ?? new Date(),
    locale: record.locale ?? 'zh-CN',
    undoMeta: before,
  });
  return { plan: recorded, undo };
}
