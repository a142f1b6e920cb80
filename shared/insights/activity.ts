/**
 * Who needs attention: stale customers (the latest of last contact and last purchase older than
 * N days; rows with neither date are not judged) and follow-ups overdue or due within 7 days.
 * Days are whole UTC days; dates arrive as the check's canonical `yyyy-mm-dd`.
 */
import type { CellValue } from '../sheet/cell-value';
import type { FollowUpSummary, StaleSummary } from './insights-report';

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

export class ActivityTally {
  private readonly stale: [day: number, row: number][] = [];
  private readonly follow: [day: number, row: number][] = [];
  private overdue = 0;
  private dueSoon = 0;

  constructor(
    private readonly today: number,
    readonly staleDays: number,
  ) {}

  /** One row's latest activity day and next follow-up day (null when blank or not a date). */
  add(row: number, latestActivity: number | null, nextFollowUp: number | null): void {
    if (latestActivity !== null && latestActivity < this.today - this.staleDays) this.stale.push([latestActivity, row]);
    if (nextFollowUp === null) return;
    if (nextFollowUp < this.today) this.overdue++;
    else if (nextFollowUp <= this.today + DUE_WITHIN_DAYS) this.dueSoon++;
    else return;
    this.follow.push([nextFollowUp, row]);
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
