/**
 * The insights of a customer list in one pass over its rows: segments, data quality, stale
 * customers, follow-ups, and the duplicate count. Memory grows with distinct segment values and
 * with the rows listed (stale, follow-ups), not with the sheet.
 */
import { listFromHeader } from '../operations/read-below-title';
import { isBlank } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { scanCells, type Finding } from '../check/scan-cells';
import { emptyRowTest } from '../sheet/counter-row';
import { findDuplicates, type DedupeResult } from '../dedupe';
import { resolveContext, type OperationContext, type OperationOptions } from '../operations/options';
import { ActivityTally, dayNumber, isoDay, monthEndDay, MonthOnlyTally } from './activity';
import { ACTIVITY_FIELDS, FOLLOW_UP_FIELD, SPEND_FIELD } from './insight-fields';
import type { InsightsReport } from './insights-report';
import { qualityColumns, QualityTally } from './quality-tally';
import { segmentColumns } from './segment-fields';
import { SegmentTally } from './segment-tally';
import { spendColumn } from './spend-column';
import { TwoReadingsTally } from './two-readings';
import { unrecordedTest } from './unrecorded';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { furtherRows } from '../sheet/continuation-rows';

type MonthOnly = Extract<Finding, { kind: 'ambiguous' }>;

export interface InsightsOptions extends OperationOptions {
  /** Days without contact or purchase after which a customer is stale (default: the template's, 180). */
  staleDays?: number;
  /** Duplicates found already (e.g. by the dedupe command); else found here with the default threshold. */
  duplicates?: DedupeResult;
}

export function buildInsights(sheet: SheetSnapshot, options: InsightsOptions = {}): InsightsReport {
  // Under a title the list is read from its header down, as check reads it.
  const { snapshot } = listFromHeader(sheet, options.template);
  const ctx = resolveContext(snapshot, options);
  const columns = qualityColumns(ctx);
  const quality = new QualityTally(columns);
  // Outlook's Gender "Unspecified" (未知) records no answer: not filled. A column kept as typed counts as typed.
  const unrecorded = columns.map((column) => (ctx.ownValues.has(column.col) ? null : unrecordedTest(column.field)));
  const segments = segmentColumns(ctx).map(
    (column) =>
      new SegmentTally(column, {
        context: {
          locale: ctx.locale,
          defaultRegion: ctx.template.defaultRegion,
          columnFormat: snapshot.columnFormats?.[column.col - 1] ?? null,
        },
        ownValues: ctx.ownValues.has(column.col),
      }),
  );
  const activity = new ActivityTally(dayNumber(ctx.now), options.staleDays ?? ctx.template.staleDays);
  const activityKeys = activityFieldKeys(ctx);
  const spendCol = spendColumn(ctx.mapping);
  const hasSpend = spendCol !== undefined;
  const leftOut: number[] = [];
  const unreadActivity = new TwoReadingsTally();
  const unreadFollowUp = new TwoReadingsTally();
  const staleByMonth = new MonthOnlyTally();
  const followUpByMonth = new MonthOnlyTally();
  const values = snapshot.values;

  // The scan reports a row's findings together, in row order, and nothing for rows without one:
  // each row is tallied when the scan moves past it, with what its findings said.
  let current = 1; // the header row
  let latest: number | null = null;
  let followUp: number | null = null;
  // The month-only date (2024年3月) `latest` or `followUp` is the month's last day of, if it is one.
  let latestMonth: MonthOnly | null = null;
  let followUpMonth: MonthOnly | null = null;
  let spend: number | null = null;
  let dataRows = 0;
  const footer = reportFooterStart(values);
  // An order's further items (Shopify's line items) are the order's rows, no customers.
  const lineItems = furtherRows(values, ctx.mapping, ctx.template);
  const empty = emptyRowTest(values);
  const tally = (row: number) => {
    const cells = values[row - 1];
    const customer = !(row > footer || empty(cells) || isTotalsOrNotesRow(cells) || lineItems.has(row));
    unreadActivity.settle(customer);
    unreadFollowUp.settle(customer);
    if (!customer) {
      // A 合计 row's dates are no next customer's.
      latest = followUp = spend = null;
      latestMonth = followUpMonth = null;
      return;
    }
    dataRows++;
    const counted = activity.add(row, latest, followUp);
    if (counted.stale && latestMonth && latest !== null) staleByMonth.add(latestMonth, latest);
    if (counted.followUp && followUpMonth && followUp !== null) followUpByMonth.add(followUpMonth, followUp);
    latestMonth = followUpMonth = null;
    for (let c = 0; c < columns.length; c++) {
      const value = cells![columns[c]!.col - 1];
      if (!isBlank(value) && !unrecorded[c]?.(value)) quality.fill(c);
    }
    // A filled amount no total takes (1.5万 in a 万元 column) is counted, never added in another unit.
    const spendLeftOut = spendCol !== undefined && spend === null && !isBlank(cells![spendCol.col - 1]);
    for (const segment of segments) segment.add(cells![segment.column.col - 1], spend, spendLeftOut);
    if (spendLeftOut) leftOut.push(row);
    latest = followUp = spend = null;
  };
  const moveTo = (row: number) => {
    if (current > 1) tally(current);
    for (let r = current + 1; r < row; r++) tally(r);
    current = row;
  };
  const visit = (finding: Finding) => {
    if (lineItems.has(finding.row)) return;
    if (finding.row !== current) moveTo(finding.row);
    quality.add(finding);
    const key = finding.column.field.key;
    // Never judged by a guessed reading, but counted, so the report says what it left out.
    if (finding.kind === 'ambiguous' && finding.code === 'date.ambiguous') {
      if (activityKeys.has(key)) unreadActivity.note(finding);
      else if (key === FOLLOW_UP_FIELD) unreadFollowUp.note(finding);
    }
    // A date given only to its month (2024年3月), left as typed, is judged by the month's last day: never
    // stale or overdue by a day of the month the list did not give.
    if (finding.kind === 'ambiguous' && finding.code === 'date.monthOnly') {
      const end = monthEndDay(finding.readings[0] ?? '');
      if (end === null) return;
      if (activityKeys.has(key) && (latest === null || end > latest)) [latest, latestMonth] = [end, finding];
      else if (key === FOLLOW_UP_FIELD) [followUp, followUpMonth] = [end, finding];
      return;
    }
    if (finding.kind !== 'valid') return;
    if (activityKeys.has(key)) {
      const day = isoDay(finding.canonical);
      // A whole date on the month's last day is the better word for it.
      if (day !== null && (latest === null || day > latest || (day === latest && latestMonth))) {
        latest = day;
        latestMonth = null;
      }
    } else if (key === FOLLOW_UP_FIELD) {
      followUp = isoDay(finding.canonical);
      followUpMonth = null;
    } else if (key === SPEND_FIELD && typeof finding.canonical === 'number') {
      spend = finding.canonical;
    }
  };
  // Valid cells are reported only for the dates and amounts read here.
  scanCells(snapshot, ctx, visit, new Set([...activityKeys, FOLLOW_UP_FIELD, SPEND_FIELD]));
  moveTo(Math.max(values.length + 1, 2));

  // Without a date column no row can be stale: the report says so rather than count none.
  const judged = ctx.mapping.columns.some((c) => activityKeys.has(c.field ?? c.secondOf ?? ''));
  const { stale, followUps } = activity.result();
  const staleUnread = unreadActivity.result();
  const followUpUnread = unreadFollowUp.result();
  const staleMonths = staleByMonth.result();
  const followUpMonths = followUpByMonth.result();
  const duplicates =
    options.duplicates ??
    findDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale });
  const merged = duplicates.clusters.filter((c) => c.band === 'merge');
  return {
    rows: dataRows,
    quality: { score: quality.score(), fields: quality.fields() },
    segments: segments.map((s) => s.result(dataRows, hasSpend)),
    stale: {
      ...stale,
      ...(judged ? {} : { judged: false as const }),
      ...(staleUnread ? { twoReadings: staleUnread } : {}),
      ...(staleMonths ? { monthOnly: staleMonths } : {}),
    },
    followUps: {
      ...followUps,
      ...(followUpUnread ? { twoReadings: followUpUnread } : {}),
      ...(followUpMonths ? { monthOnly: followUpMonths } : {}),
    },
    duplicates: { clusters: merged.length, rows: merged.reduce((n, c) => n + c.rows.length, 0) },
    ...(spendCol && (spendCol.unit !== undefined || leftOut.length > 0)
      ? {
          spend: {
            column: spendCol.header,
            ...(spendCol.unit !== undefined ? { unit: spendCol.unit } : {}),
            leftOut: { count: leftOut.length, rows: leftOut },
          },
        }
      : {}),
  };
}

function activityFieldKeys(ctx: OperationContext): Set<string> {
  const keys = new Set<string>(ACTIVITY_FIELDS);
  for (const field of ctx.template.fields) if (field.role === 'lastContact') keys.add(field.key);
  return keys;
}
