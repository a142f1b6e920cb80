/**
 * Who needs attention: stale customers (the latest of last contact and last purchase older than
 * N days; rows with neither date are not judged) and follow-ups overdue or due within 7 days.
 * Days are whole UTC days; dates arrive as the check's canonical `yyyy-mm-dd`. A date given only to its
 * month (2024年3月, check's date.monthOnly) is judged by the month's last day: stale only if the whole
 * month is, overdue only once the month is over, never by a day the list did not give.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { monthEndTime } from '../normalise/date-parts';
import type { Finding } from '../check/scan-cells';
import type { FollowUpSummary, MonthOnlyDates, StaleSummary } from './insights-report';

const MS_PER_DAY = 86_400_000;
export const DUE_WITHIN_DAYS = 7;

export function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / MS_PER_DAY);
}

/** The day of a canonical date value, or null. */
export function isoDay(value: CellValue): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / MS_PER_DAY);
}

/** The day as `yyyy-mm-dd`. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The last day of a month (`yyyy-mm`), or null. */
export function monthEndDay(month: string): number | null {
  const end = monthEndTime(month);
  return end === null ? null : Math.floor(end / MS_PER_DAY);
}

type MonthOnly = Extract<Finding, { kind: 'ambiguous' }>;

/** The month-only dates a count was judged by, in row order, the first with the day it was judged as. */
export class MonthOnlyTally {
  private readonly rows: number[] = [];
  private first: MonthOnlyDates['first'] | undefined;

  add(date: MonthOnly, day: number): void {
    this.rows.push(date.row);
    this.first ??= { row: date.row, column: date.column.header, value: cellText(date.value), judgedAs: dayText(day) };
  }

  result(): MonthOnlyDates | undefined {
    const rows = [...this.rows].sort((a, b) => a - b);
    return this.first && { count: rows.length, rows, first: this.first };
  }
}

export class ActivityTally {
  private readonly stale: [day: number, row: number][] = [];
  private readonly follow: [day: number, row: number][] = [];
  private overdue = 0;
  private dueSoon = 0;

  constructor(
    private readonly today: number,
    readonly staleDays: number,
  ) {}

  /**
   * One row's latest activity day and next follow-up day (null when blank or not a date); says whether
   * the row was counted stale and whether its follow-up was counted.
   */
  add(row: number, latestActivity: number | null, nextFollowUp: number | null): { stale: boolean; followUp: boolean } {
    const stale = latestActivity !== null && latestActivity < this.today - this.staleDays;
    if (stale) this.stale.push([latestActivity, row]);
    if (nextFollowUp === null) return { stale, followUp: false };
    if (nextFollowUp < this.today) this.overdue++;
    else if (nextFollowUp <= this.today + DUE_WITHIN_DAYS) this.dueSoon++;
    else return { stale, followUp: false };
    this.follow.push([nextFollowUp, row]);
    return { stale, followUp: true };
  }

  /** Oldest (or earliest due) first, then by row. */
  result(): { stale: StaleSummary; followUps: FollowUpSummary } {
    const order = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
    return {
      stale: { days: this.staleDays, count: this.stale.length, rows: this.stale.sort(order).map(([, row]) => row) },
      followUps: {
        overdue: this.overdue,
        dueIn7Days: this.dueSoon,
        rows: this.follow.sort(order).map(([, row]) => row),
      },
    };
  }
}
