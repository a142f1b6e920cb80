/**
 * A lifecycle stage only moves forward: merging a Customer with an Opportunity keeps Customer, as
 * HubSpot keeps the furthest stage on merge. Stages off the progression (At Risk, Other) say nothing
 * of how far a customer got, so they are left to the survivor's rule.
 */
import { cellText, isBlank } from '../sheet/cell-value';
import { normaliseChoice } from '../normalise/choice';
import type { SheetColumn } from './columns';
import { preferenceOrder, type RowRecord } from './choose-survivor';

export const STAGE_FIELD = 'lifecycleStage';
/** Options of the template's stage field that are no step of the progression. */
const OFF_PROGRESSION = new Set(['atRisk', 'other']);

/** The record holding the furthest stage on the progression (ties: the survivor, then preference order), or null. */
export function furthestStage(
  records: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
): RowRecord | null {
  const field = column.ctx.field;
  if (!field?.options) return null;
  // normaliseChoice answers with the option's label in the locale.
  const steps = field.options.filter((o) => !OFF_PROGRESSION.has(o.key)).map((o) => o.labels[column.ctx.locale]);
  let best: { record: RowRecord; step: number } | null = null;
  for (const record of preferenceOrder(records, survivor)) {
    const value = record.values[column.col - 1] ?? null;
    if (isBlank(value)) continue;
    const outcome = normaliseChoice(cellText(value), field, column.ctx.locale);
    const step = outcome.status === 'valid' ? steps.indexOf(String(outcome.value)) : -1;
    if (step >= 0 && (!best || step > best.step)) best = { record, step };
  }
  return best?.record ?? null;
}
