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
   * other text as most of its rows write it (case, spaces and script aside: 跟進中 = 跟进中); blank cells under "".
   */
  value: string;
  count: number;
  share: number;
  /** Sum of the total-spend column over these rows, or null when the sheet has no such column. */
  totalSpend: number | null;
  /** Rows here whose filled spend cell is in no total (another currency or unit, no amount): so a 0 is no "spent nothing". */
  spendLeftOut?: number;
}

export interface Segment {
  field: string;
  column: string;
  values: SegmentValue[];
}

/** The total-spend column, reported when its header names a unit or some of its cells are in no total. */
export interface SpendSummary {
  /** Header text of the column. */
  column: string;
  /** The unit its header names (万元 of 成交金额（万元）, USD): every `totalSpend` counts in it, as the cells do. */
  unit?: string;
  /**
   * Filled cells of customer rows left out of every `totalSpend`: an amount written in another unit or
   * currency than the column's (1.5万 in a 万元 column, £75.00 among dollars), which as a bare number would
   * mean another amount, or one check reads no amount in. `rows` are spreadsheet rows.
   */
  leftOut: { count: number; rows: number[] };
}

/**
 * Dates left out of a count because they read two ways (06/12/2024: 6 December or June 12) and their
 * column does not say which; present only when there are any. `count` counts dates, `rows` the rows
 * holding them; `first` is the earliest row's, as typed, with its readings (yyyy-mm-dd).
 */
export interface TwoReadings {
  count: number;
  rows: number[];
  first: { row: number; column: string; value: string; readings: string[] };
}

/**
 * Dates given only to their month (2024年3月, March 2024: check's date.monthOnly, kept as typed) by which a
 * row was counted, each judged by the month's last day (`judgedAs`): so a customer is stale only if the
 * whole month is, a follow-up overdue only once its month is over. Present only when there are any.
 * `count` counts those rows, `rows` lists them in sheet order; `first` is the first one's date as typed.
 */
export interface MonthOnlyDates {
  count: number;
  rows: number[];
  first: { row: number; column: string; value: string; judgedAs: string };
}

/** Customers whose latest of last contact and last purchase is older than `days`, oldest first. */
export interface StaleSummary {
  days: number;
  count: number;
  rows: number[];
  /** Set when the sheet has no last-contact or last-purchase column: no row could be judged (`count` is 0). */
  judged?: false;
  /** Last-contact and last-purchase dates not judged: a row may be stale by one of them. */
  twoReadings?: TwoReadings;
  /** Of `rows`, those stale by a last-contact or last-purchase date given only to its month. */
  monthOnly?: MonthOnlyDates;
}

/** Next follow-ups overdue or due within 7 days, earliest first. */
export interface FollowUpSummary {
  overdue: number;
  dueIn7Days: number;
  rows: number[];
  /** Follow-up dates not judged: each may be overdue or due. */
  twoReadings?: TwoReadings;
  /** Of `rows`, those counted by a follow-up date given only to its month. */
  monthOnly?: MonthOnlyDates;
}

export interface InsightsReport {
  rows: number;
  quality: { score: number; fields: QualityField[] };
  segments: Segment[];
  stale: StaleSummary;
  followUps: FollowUpSummary;
  duplicates: { clusters: number; rows: number };
  spend?: SpendSummary;
}
