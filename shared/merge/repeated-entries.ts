/**
 * Rows of a group identical in every cell (spaces around a value aside) are one record typed twice,
 * not two purchases: a total counts such an entry once. Rows that differ in any cell (the order's
 * date, a second order of one amount) are separate entries.
 */
import { cellText } from '../sheet/cell-value';
import type { RowRecord } from './choose-survivor';

export interface Entries {
  /** The first record of each entry, in `order`. */
  distinct: RowRecord[];
  /** Rows (ascending) of each entry typed more than once. */
  repeated: number[][];
}

export function distinctEntries(order: readonly RowRecord[]): Entries {
  const byText = new Map<string, RowRecord[]>();
  const distinct: RowRecord[] = [];
  for (const record of order) {
    // A date-time is compared to the millisecond: two orders of one day are two entries.
    const text = JSON.stringify(record.values.map((v) => (v instanceof Date ? `@${v.getTime()}` : cellText(v).trim())));
    const same = byText.get(text);
    if (same) same.push(record);
    else {
      byText.set(text, [record]);
      distinct.push(record);
    }
  }
  const repeated = [...byText.values()]
    .filter((records) => records.length > 1)
    .map((records) => records.map((r) => r.row).sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
  return { distinct, repeated };
}
