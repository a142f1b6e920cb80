/**
 * The shape of `custodian report --json`, a scripting interface: keep it exactly as documented in
 * the README. Rows are spreadsheet rows (header = 1); shares are fractions 0..1 (four decimals);
 * money is rounded to cents; `quality.score` is 0..100 with one decimal.
 */

export interface QualityField {
  /** Template field key (`phone`, `name.given` for a split name part). */
  field: string;
  /** Header text of the column. */
  column: string;
  /** Cells holding a value. */
  filled: number;
  /** Filled cells the check accepts: all but its errors (a phone with two readings, a masked one, count as valid). */
  valid: number;
  /** Valid cells already in their canonical form (clean would not change them). */
  canonical: number;
  /** Valid cells an export starred out (138****8000), when there are any: neither invalid nor canonical. */
  masked?: number;
  /** Set on a column holding more values of the field another column holds (座机 beside 手机). */
  second?: true;
}

export interface SegmentValue {
  /**
   * What the rows mean: a choice's option label (Active for active and ACTIVE), a listed region's
   * name, a region's place as most of its rows write it (杭州市 for 杭州市 and 杭州: place-names.ts),
   * other text as most of its rows write it (case and spaces aside); blank cells under "".
   */
  value: string;
  count: number;
  share: number;
  /** Sum of the total-spend column over these rows, or null when the sheet has no such column. */
  totalSpend: number | null;
}

export interface Segment {
  field: string;
  column: string;
  values: SegmentValue[];
}

export interface InsightsReport {
  rows: number;
  quality: { score: number; fields: QualityField[] };
  segments: Segment[];
  stale: { days: number; count: number; rows: number[] };
  followUps: { overdue: number; dueIn7Days: number; rows: number[] };
  duplicates: { clusters: number; rows: number };
}
