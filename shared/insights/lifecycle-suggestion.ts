/**
 * A customer-type suggestion from the data (the guides' lifecycle): no purchase → prospect (潜在客户),
 * one → new (新客户), several → returning (老客户), a buyer with no purchase or contact for a year →
 * churned (流失客户; a prospect gone quiet stays a prospect). The thresholds are settings. Only blanks and the four lifecycle types are touched: a
 * partner, or text the template does not know, stays as typed. Rows whose purchases cannot be told
 * (no count, no purchase dates, and neither column in the sheet) get no suggestion.
 */
import { recordOperation } from '../history/record-operation';
import type { SheetSnapshot } from '../sheet/snapshot';
import { cellText, isBlank } from '../sheet/cell-value';
import { emptyPlan, type Plan } from '../plan/plan';
import { resolveContext, type OperationOptions } from '../operations/options';
import { dayNumber } from './activity';
import { rowFields, type RowFields } from './row-fields';

export interface LifecycleSettings {
  /** Purchases that make a returning customer ("several"); default 2. */
  repeatPurchases: number;
  /** Days without purchase or contact after which a customer counts as churned; default 365. */
  churnDays: number;
}

export const DEFAULT_LIFECYCLE: LifecycleSettings = { repeatPurchases: 2, churnDays: 365 };

export type LifecycleType = 'prospect' | 'new' | 'returning' | 'churned';
const LIFECYCLE_TYPES: readonly string[] = ['prospect', 'new', 'returning', 'churned'];

export interface LifecycleOptions extends OperationOptions {
  settings?: Partial<LifecycleSettings>;
}

export interface LifecycleResult {
  /** Edits of the customer-type column, one per row whose type would change (reason `lifecycle.<type>`). */
  plan: Plan;
  /** Suggested rows per type. */
  counts: Record<LifecycleType, number>;
  /** The sheet has no customer-type column, or nothing tells purchases apart. */
  unavailable: 'noTypeColumn' | 'noPurchaseData' | null;
}

const FIELD = 'customerType';

export function planLifecycle(snapshot: SheetSnapshot, options: LifecycleOptions = {}): LifecycleResult {
  const settings = { ...DEFAULT_LIFECYCLE, ...options.settings };
  const ctx = resolveContext(snapshot, options);
  const fields = rowFields(snapshot, ctx);
  const plan = emptyPlan(snapshot.name);
  const counts: Record<LifecycleType, number> = { prospect: 0, new: 0, returning: 0, churned: 0 };
  const col = fields.col(FIELD);
  const typeOptions = fields.field(FIELD)?.options ?? [];
  if (col === undefined || typeOptions.length === 0) return { plan, counts, unavailable: 'noTypeColumn' };
  const knowsPurchases = ['purchaseCount', 'lastPurchaseDate', 'firstPurchaseDate'].some(
    (k) => fields.col(k) !== undefined,
  );
  if (!knowsPurchases) return { plan, counts, unavailable: 'noPurchaseData' };

  const today = dayNumber(ctx.now);
  for (let row = 2; row <= snapshot.values.length; row++) {
    const cells = snapshot.values[row - 1];
    if (!cells || cells.every(isBlank)) continue;
    const current = fields.value(row, FIELD);
    const currentOption = fields.option(row, FIELD);
    // A partner, or a type the template does not know, is the team's own call.
    if (!isBlank(current) && !(currentOption && LIFECYCLE_TYPES.includes(currentOption.key))) continue;
    const type = suggest(fields, row, today, settings);
    if (type === null || currentOption?.key === type) continue;
    const option = typeOptions.find((o) => o.key === type);
    if (!option) continue;
    const after = option.labels[ctx.locale];
    if (cellText(current) === after) continue;
    counts[type]++;
    plan.edits.push({ row, col, before: current, after, reason: `lifecycle.${type}` });
  }
  // Recorded like clean: listed in the workbook's history and log, undoable after a reload.
  const recorded = recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'review',
    at: ctx.now,
    locale: ctx.locale,
    ...(ctx.by ? { by: ctx.by } : {}),
  });
  return { plan: recorded, counts, unavailable: null };
}

function suggest(fields: RowFields, row: number, today: number, settings: LifecycleSettings): LifecycleType | null {
  const purchases = purchaseCount(fields, row);
  const latest = Math.max(
    fields.day(row, 'lastPurchaseDate') ?? -Infinity,
    fields.day(row, 'lastContact') ?? -Infinity,
  );
  if (purchases > 0 && Number.isFinite(latest) && latest < today - settings.churnDays) return 'churned';
  if (purchases === 0) return 'prospect';
  return purchases >= settings.repeatPurchases ? 'returning' : 'new';
}

/** The purchase count, else what the purchase dates say (two different dates: at least two purchases). */
function purchaseCount(fields: RowFields, row: number): number {
  const count = fields.canonical(row, 'purchaseCount');
  if (typeof count === 'number') return count;
  const last = fields.day(row, 'lastPurchaseDate');
  const first = fields.day(row, 'firstPurchaseDate');
  if (last !== null && first !== null && last !== first) return 2;
  return last !== null || first !== null ? 1 : 0;
}
