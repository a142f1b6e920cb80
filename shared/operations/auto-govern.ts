/**
 * The auto-govern switch as a plan: the switch and the customer sheet it follows, kept in the
 * workbook's meta so they hold after a reload. Turned on, it also keeps whether the list is an
 * international one (phone-list-home.ts) and the scheme of its customer IDs (KH001 continues as KH011):
 * entry sees only the few rows of a change, which cannot tell.
 */
import { readPhoneSheet } from '../normalise/phone-region';
import { emptyPlan, type Plan } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import { AUTO_GOVERN_KEY, AUTO_GOVERN_SHEET_KEY, FOREIGN_LIST_KEY } from './entry';
import { resolveContext, type OperationOptions } from './options';
import { idSchemeMeta, idSchemeOf } from './id-scheme';
import { reportFooterStart } from '../sheet/report-footer';

export function planAutoGovern(snapshot: SheetSnapshot, on: boolean, options: OperationOptions = {}): Plan {
  const plan = emptyPlan(snapshot.name);
  const meta: Record<string, string> = { [AUTO_GOVERN_KEY]: on ? 'on' : 'off', [AUTO_GOVERN_SHEET_KEY]: snapshot.name };
  if (on) {
    const { mapping, template } = resolveContext(snapshot, options);
    meta[FOREIGN_LIST_KEY] = readPhoneSheet(snapshot.values, mapping, template).foreignList ? 'on' : 'off';
    const idField = template.fields.find((f) => f.kind === 'id');
    const col = idField ? mapping.byField[idField.key] : undefined;
    const ids =
      col === undefined
        ? []
        : snapshot.values.slice(1, reportFooterStart(snapshot.values)).map((v) => v[col - 1] ?? null);
    Object.assign(meta, idSchemeMeta(idSchemeOf(ids, template), snapshot.meta));
  }
  plan.meta = meta;
  return plan;
}
