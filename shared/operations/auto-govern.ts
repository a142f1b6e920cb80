/**
 * The auto-govern switch as a plan: the switch and the customer sheet it follows, kept in the
 * workbook's meta so they hold after a reload. Turned on, it also keeps whether the list is an
 * international one (phone-list-home.ts): entry sees only the few rows of a change, which cannot tell.
 */
import { readPhoneSheet } from '../normalise/phone-region';
import { emptyPlan, type Plan } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import { AUTO_GOVERN_KEY, AUTO_GOVERN_SHEET_KEY, FOREIGN_LIST_KEY } from './entry';
import { resolveContext, type OperationOptions } from './options';

export function planAutoGovern(snapshot: SheetSnapshot, on: boolean, options: OperationOptions = {}): Plan {
  const plan = emptyPlan(snapshot.name);
  const meta: Record<string, string> = { [AUTO_GOVERN_KEY]: on ? 'on' : 'off', [AUTO_GOVERN_SHEET_KEY]: snapshot.name };
  if (on) {
    const { mapping, template } = resolveContext(snapshot, options);
    meta[FOREIGN_LIST_KEY] = readPhoneSheet(snapshot.values, mapping, template).foreignList ? 'on' : 'off';
  }
  plan.meta = meta;
  return plan;
}
