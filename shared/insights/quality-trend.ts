/**
 * The quality score's trend: each Check stores its score with the day in the workbook's meta, one
 * point per day (a later check that day replaces it), the last TREND_POINTS days kept so the value
 * stays small. Stored as JSON `[["2024-06-30", 87.5], …]`, oldest first.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import { META_KEYS } from '../operations/meta-keys';
import { resolveContext, type OperationOptions } from '../operations/options';
import { scanCells } from '../check/scan-cells';
import { isBlank } from '../sheet/cell-value';
import { emptyRowTest } from '../sheet/counter-row';
import { qualityColumns, QualityTally } from './quality-tally';
import { unrecordedTest } from './unrecorded';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { furtherRows } from '../sheet/continuation-rows';

export const TREND_POINTS = 100;

export interface TrendPoint {
  day: string;
  score: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The stored points; a value that is not a list of [day, score] pairs reads as no points. */
export function readQualityTrend(meta: Readonly<Record<string, string>> | undefined): TrendPoint[] {
  const json = meta?.[META_KEYS.qualityTrend];
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((p: unknown) =>
      Array.isArray(p) &&
      typeof p[0] === 'string' &&
      DAY.test(p[0]) &&
      typeof p[1] === 'number' &&
      Number.isFinite(p[1])
        ? [{ day: p[0], score: p[1] }]
        : [],
    );
  } catch {
    return [];
  }
}

/** The points with today's score added (replacing an earlier one of the same day), bounded. */
export function addTrendPoint(points: readonly TrendPoint[], point: TrendPoint): TrendPoint[] {
  const kept = points.filter((p) => p.day !== point.day);
  kept.push(point);
  kept.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return kept.slice(-TREND_POINTS);
}

/** A plan that only records the score: applied after Check, not an edit of the sheet. */
export function planTrendPoint(snapshot: SheetSnapshot, point: TrendPoint): Plan {
  const plan = emptyPlan(snapshot.name);
  const points = addTrendPoint(readQualityTrend(snapshot.meta), point);
  plan.meta[META_KEYS.qualityTrend] = JSON.stringify(points.map((p) => [p.day, p.score]));
  return plan;
}

/** The report's quality score (0..100, one decimal) without the rest of the report: one scan of the cells. */
export function qualityScore(snapshot: SheetSnapshot, options: OperationOptions = {}): number {
  const ctx = resolveContext(snapshot, options);
  const columns = qualityColumns(ctx);
  const tally = new QualityTally(columns);
  // As the report: a choice recording no answer (Unspecified, 未知) is not filled.
  const unrecorded = columns.map((column) => (ctx.ownValues.has(column.col) ? null : unrecordedTest(column.field)));
  const footer = reportFooterStart(snapshot.values);
  // As the report: an order's further items are no customers.
  const lineItems = furtherRows(snapshot.values, ctx.mapping, ctx.template);
  const empty = emptyRowTest(snapshot.values);
  for (let index = 1; index < footer; index++) {
    const cells = snapshot.values[index];
    if (empty(cells) || isTotalsOrNotesRow(cells) || lineItems.has(index + 1)) continue;
    for (let c = 0; c < columns.length; c++) {
      const value = cells![columns[c]!.col - 1];
      if (!isBlank(value) && !unrecorded[c]?.(value)) tally.fill(c);
    }
  }
  scanCells(snapshot, ctx, (finding) => {
    if (!lineItems.has(finding.row)) tally.add(finding);
  });
  return tally.score();
}
