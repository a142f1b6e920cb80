/**
 * The stale-customer review's actions as plans (snapshot → plan, like clean): mark rows reviewed
 * today (last contact), set a status or customer type from the template's options, or schedule the
 * next follow-up. Dates are written in canonical `yyyy-mm-dd`; a choice as its label in the sheet's
 * language. Cells that already hold the value are left out, so the plan is exactly what changes.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import { recordOperation } from '../history/record-operation';
import { resolveContext, type OperationOptions } from '../operations/options';
import { rowFields } from './row-fields';

/** Choice fields the review can set (休眠 is a status, 流失客户 a customer type). */
export const REVIEW_CHOICE_FIELDS = ['status', 'customerType'] as const;
export type ReviewChoiceField = (typeof REVIEW_CHOICE_FIELDS)[number];

export type ReviewAction =
  | { kind: 'reviewed' }
  | { kind: 'choice'; field: ReviewChoiceField; option: string }
  | { kind: 'followUp'; date: string };

export interface ReviewOptions extends OperationOptions {
  rows: readonly number[];
  action: ReviewAction;
  /**
   * When the log says the review was done; `now` is the day written as reviewed, which a sidebar gives
   * as its user's local date at midnight. Defaults to `now`.
   */
  at?: Date;
}

export interface ReviewResult {
  plan: Plan;
  /** The field the action writes has no column in this sheet: nothing can be planned. */
  noColumn: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function planReview(snapshot: SheetSnapshot, options: ReviewOptions): ReviewResult {
  const ctx = resolveContext(snapshot, options);
  const fields = rowFields(snapshot, ctx);
  const { action } = options;
  const plan = emptyPlan(snapshot.name);
  let key: string;
  let after: CellValue;
  if (action.kind === 'reviewed') {
    key = lastContactKey(ctx.template.fields);
    after = isoDate(ctx.now);
  } else if (action.kind === 'followUp') {
    if (!ISO_DATE.test(action.date)) throw new RangeError(`Not a yyyy-mm-dd date: ${action.date}`);
    key = 'nextFollowUp';
    after = action.date;
  } else {
    key = action.field;
    const option = fields.field(key)?.options?.find((o) => o.key === action.option);
    if (!option) throw new RangeError(`No option ${action.option} in ${action.field}`);
    after = option.labels[ctx.locale];
  }
  const col = fields.col(key);
  if (col === undefined) return { plan, noColumn: true };
  const reason =
    action.kind === 'reviewed' ? 'review.reviewed' : action.kind === 'followUp' ? 'review.followUp' : 'review.choice';
  const seen = new Set<number>();
  for (const row of [...options.rows].sort((a, b) => a - b)) {
    if (row < 2 || row > snapshot.values.length || seen.has(row)) continue;
    seen.add(row);
    const before = fields.value(row, key);
    if (sameValue(before, after, fields.canonical(row, key))) continue;
    plan.edits.push({ row, col, before, after, reason });
  }
  // Recorded like clean: listed in the workbook's history and log, undoable after a reload.
  const recorded = recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'review',
    at: options.at ?? ctx.now,
    locale: ctx.locale,
    ...(ctx.by ? { by: ctx.by } : {}),
  });
  return { plan: recorded, noColumn: false };
}

/** The template's last-contact field (its role), `lastContact` in the default template. */
function lastContactKey(fields: readonly { key: string; role?: string }[]): string {
  return fields.find((f) => f.role === 'lastContact')?.key ?? 'lastContact';
}

function sameValue(before: CellValue, after: CellValue, canonical: CellValue): boolean {
  return cellText(before) === cellText(after) || (canonical !== null && cellText(canonical) === cellText(after));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
