/**
 * Counts and spend per distinct value of one segment column: memory per distinct value, not per row.
 * Values are grouped by their exact text; blanks (empty or spaces only) under "".
 */
import type { Segment, SegmentValue } from './insights-report';
import type { SegmentColumn } from './segment-fields';
import { roundTo } from './round';

interface Bucket {
  count: number;
  spend: number;
}

export class SegmentTally {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly column: SegmentColumn) {}

  add(value: string, spend: number | null, count = 1): void {
    let bucket = this.buckets.get(value);
    if (!bucket) this.buckets.set(value, (bucket = { count: 0, spend: 0 }));
    bucket.count += count;
    if (spend !== null) bucket.spend += spend;
  }

  /** Most frequent first; ties by text; blanks last. */
  result(rows: number, hasSpend: boolean): Segment {
    const values: SegmentValue[] = [...this.buckets]
      .sort(
        ([a, x], [b, y]) =>
          (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || y.count - x.count || (a < b ? -1 : a > b ? 1 : 0),
      )
      .map(([value, bucket]) => ({
        value,
        count: bucket.count,
        share: rows > 0 ? roundTo(bucket.count / rows, 4) : 0,
        totalSpend: hasSpend ? roundTo(bucket.spend, 2) : null,
      }));
    return { field: this.column.field.key, column: this.column.header, values };
  }
}
