/**
 * Dates of the stale and follow-up columns that read two ways (06/12/2024 where nothing in the column
 * says day or month first): judged by neither reading, as check leaves them as typed, and counted so the
 * report says what it left out instead of counting as if they were not there.
 */
import type { Finding } from '../check/scan-cells';
import { cellText } from '../sheet/cell-value';
import type { TwoReadings } from './insights-report';

type Ambiguous = Extract<Finding, { kind: 'ambiguous' }>;

export class TwoReadingsTally {
  private count = 0;
  private readonly rows: number[] = [];
  private first: TwoReadings['first'] | undefined;
  private pending: Ambiguous[] = [];

  /** A date of the row being scanned: counted once the row proves a customer's (not a totals row). */
  note(finding: Ambiguous): void {
    this.pending.push(finding);
  }

  settle(customer: boolean): void {
    const [date] = this.pending;
    if (customer && date) {
      this.first ??= {
        row: date.row,
        column: date.column.header,
        value: cellText(date.value),
        readings: date.readings,
      };
      this.count += this.pending.length;
      this.rows.push(date.row);
    }
    this.pending = [];
  }

  result(): TwoReadings | undefined {
    return this.first && { count: this.count, rows: this.rows, first: this.first };
  }
}
