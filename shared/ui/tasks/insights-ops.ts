/**
 * The Insights tab's numbers, computed in the worker: the report (buildInsights), the stale and
 * follow-up lists with who each row is and its date, the quality trend stored in meta, and the
 * options the review can set. Lists are cut at LIST_LIMIT rows; the counts and row numbers stay whole.
 */
import { buildInsights, type InsightsOptions, type InsightsReport } from '../../insights';
import { dayText, isoDay, monthEndDay } from '../../insights/activity';
import { ACTIVITY_FIELDS, FOLLOW_UP_FIELD } from '../../insights/insight-fields';
import type { TwoReadings } from '../../insights/insights-report';
import { readQualityTrend, type TrendPoint } from '../../insights/quality-trend';
import { REVIEW_CHOICE_FIELDS, type ReviewChoiceField } from '../../insights/review-plan';
import { rowFields, type RowFields } from '../../insights/row-fields';
import { resolveContext, type OperationContext } from '../../operations/options';
import type { HeaderBelow } from '../../operations/customer-list';
import { listFromHeader } from '../../operations/read-below-title';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { cellText } from '../../sheet/cell-value';

export const LIST_LIMIT = 200;

export interface CustomerItem {
  row: number;
  /** Name, company or customer ID. */
  label: string;
  /** Stale: the latest of last contact and last purchase; follow-up: its date (yyyy-mm-dd). */
  day: string | null;
  /** That date as typed when it gives only its month (2024年3月): `day` is then the month's last day, as judged. */
  monthOnly?: string;
}

export interface ReviewChoices {
  field: ReviewChoiceField;
  column: string;
  options: { key: string; label: string }[];
}

export interface SidebarInsights {
  sheet: string;
  report: InsightsReport;
  stale: CustomerItem[];
  followUps: CustomerItem[];
  trend: TrendPoint[];
  /** The column a click on a listed customer selects (the name, else the first column). */
  selectCol: number;
  /** The column of each count's first date read two ways, which the report names only by its header. */
  twoReadingsCol: { stale: number | null; followUps: number | null };
  /** Which review actions the sheet has a column for. */
  columns: { lastContact: boolean; nextFollowUp: boolean };
  choices: ReviewChoices[];
  today: string;
  /** Set when the header is below row 1: read from there; the review and lifecycle changes wait until it is moved up. */
  headerBelow?: HeaderBelow;
}

export type SidebarInsightsOptions = Omit<InsightsOptions, 'duplicates'>;

export function sidebarInsights(sheet: SheetSnapshot, options: SidebarInsightsOptions = {}): SidebarInsights {
  // Under a title the list is read from its header down, its rows keeping the sheet's numbers.
  const { snapshot, headerBelow } = listFromHeader(sheet, options.template);
  const report = buildInsights(snapshot, options);
  const ctx = resolveContext(snapshot, options);
  const fields = rowFields(snapshot, ctx);
  const lastContactKey = ctx.template.fields.find((f) => f.role === 'lastContact')?.key ?? 'lastContact';
  const item = (row: number, keys: readonly string[]): CustomerItem => ({
    row,
    label: fields.label(row),
    ...latestDay(fields, row, keys),
  });
  const nameCol = ctx.mapping.columns.find((m) => m.field === 'name')?.col ?? ctx.mapping.byField.company ?? 1;
  return {
    sheet: snapshot.name,
    report,
    stale: report.stale.rows.slice(0, LIST_LIMIT).map((row) => item(row, [lastContactKey, 'lastPurchaseDate'])),
    followUps: report.followUps.rows.slice(0, LIST_LIMIT).map((row) => item(row, ['nextFollowUp'])),
    trend: readQualityTrend(snapshot.meta),
    selectCol: nameCol,
    twoReadingsCol: {
      stale: columnOf(report.stale.twoReadings, ctx, [lastContactKey, ...ACTIVITY_FIELDS]),
      followUps: columnOf(report.followUps.twoReadings, ctx, [FOLLOW_UP_FIELD]),
    },
    columns: {
      lastContact: fields.col(lastContactKey) !== undefined,
      nextFollowUp: fields.col('nextFollowUp') !== undefined,
    },
    choices: REVIEW_CHOICE_FIELDS.flatMap((key) => {
      const col = fields.col(key);
      const field = fields.field(key);
      if (col === undefined || !field?.options) return [];
      const column = ctx.mapping.columns[col - 1]?.header ?? key;
      return [{ field: key, column, options: field.options.map((o) => ({ key: o.key, label: o.labels[ctx.locale] })) }];
    }),
    today: ctx.now.toISOString().slice(0, 10),
    ...(headerBelow ? { headerBelow } : {}),
  };
}

/** Headers may repeat: the column holding one of the count's fields (or more of one) is the one meant. */
function columnOf(dates: TwoReadings | undefined, ctx: OperationContext, fields: readonly string[]): number | null {
  if (!dates) return null;
  const named = ctx.mapping.columns.filter((c) => c.header === dates.first.column);
  return (named.find((c) => fields.includes(c.field ?? c.secondOf ?? '')) ?? named[0])?.col ?? null;
}

/** The latest of the row's dates, as the report judged it: a date given only to its month by the month's last day. */
function latestDay(fields: RowFields, row: number, keys: readonly string[]): Pick<CustomerItem, 'day' | 'monthOnly'> {
  let latest: number | null = null;
  let text: string | null = null;
  let typed: string | undefined;
  for (const key of keys) {
    const value = fields.canonical(row, key);
    const day = isoDay(value);
    // A whole date on the month's last day is the better word for it.
    if (day !== null && (latest === null || day > latest || (day === latest && typed !== undefined))) {
      latest = day;
      text = value as string;
      typed = undefined;
    }
    const month: string | null = day === null ? fields.month(row, key) : null;
    const end: number | null = month === null ? null : monthEndDay(month);
    if (end !== null && (latest === null || end > latest)) {
      latest = end;
      text = dayText(end);
      typed = cellText(fields.value(row, key));
    }
  }
  return { day: text, ...(typed !== undefined ? { monthOnly: typed } : {}) };
}
