/**
 * Public shapes of duplicate detection (serialisable: `custodian dedupe --json` prints them) and
 * the options `findDuplicates` takes. Glossary: record, field, block key, candidate pair,
 * comparison level, pair score, cluster.
 */
import type { Locale } from '../i18n/locale';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import type { MatchLevel } from './levels';

/** One field's contribution to a cluster, as the user sees it. */
export interface Reason {
  /** Template field key (`phone`, `name.given`) or, for an unmapped column, its header. */
  field: string;
  /** Header text of the column. */
  column: string;
  /** Comparison level label (levels.ts lists them all); the UI words it per language. */
  level: MatchLevel;
  /** 0..1, two decimals. */
  similarity: number;
  /** One English line, e.g. `Phone: same number (+86 138 0013 8000 = 13800138000)`. */
  message: string;
}

export interface Cluster {
  /** Spreadsheet row numbers (header = 1), ascending. */
  rows: number[];
  /** 0..1, two decimals: the weakest member's match probability with the cluster's core row. */
  confidence: number;
  /** 'merge' when confidence reaches the threshold, else 'review'. */
  band: 'merge' | 'review';
  reasons: Reason[];
  /**
   * A rule holds the group for review whatever the threshold (its reasons say which): its confidence
   * ranks it among review groups and stays below the threshold searched with. Absent when none does.
   */
  held?: true;
  /**
   * Also-review rows: rows that may hold this customer too but were kept out so the group stays in
   * the merge band (with them it would only be reviewed), and that are in no other group. Merging
   * the group never takes them unless the user chooses them. Absent when there are none.
   */
  alsoReview?: AlsoReviewRow[];
}

/** A row shown with a group it was kept out of (`Cluster.alsoReview`). */
export interface AlsoReviewRow {
  /** Spreadsheet row (header = 1). */
  row: number;
  /** 0..1, two decimals: its best pair probability with a member of the group. */
  confidence: number;
  /** That pair compared, field by field, as a two-row cluster is explained. */
  reasons: Reason[];
}

/**
 * Two rows scored and explained on their own, whichever clusters they fell in (`pairsFrom` asks for
 * them): a row matched against another list must not lose to, or be explained by, a row of its own.
 */
export interface RowPair {
  /** Spreadsheet rows (header = 1): the `pairsFrom` row, then the other. */
  rows: [number, number];
  /** 0..1, two decimals: the pair's match probability. */
  confidence: number;
  /** 'merge' when confidence reaches the threshold and nothing says the rows are two customers. */
  band: 'merge' | 'review';
  /** The two rows compared, field by field, as a two-row cluster is explained. */
  reasons: Reason[];
}

export interface DedupeResult {
  clusters: Cluster[];
  /** With `pairsFrom`: its rows' pairs with other rows, in the review band or above or in one cluster. */
  pairs?: RowPair[];
  /** Data rows examined (non-blank rows below the header). */
  rows: number;
}

export interface DedupeProgress {
  done: number;
  total: number;
}

export interface DedupeOptions {
  template?: Template;
  mapping?: HeaderMapping;
  /** Headers to match on; all useful columns when absent. */
  columns?: string[];
  /** Match probability at or above which a cluster is in the 'merge' band (default 0.9). */
  threshold?: number;
  /** Lower bound of the 'review' band (default 0.5); clusters below it are not reported. */
  reviewThreshold?: number;
  /**
   * Rows (header = 1) whose pairs with rows outside the set are also returned one by one (`pairs`):
   * comparing list B against list A, the rows of B.
   */
  pairsFrom?: ReadonlySet<number>;
  /** Accepted like other operations' options; reason messages are English, and a UI translates by `Reason.level`. */
  locale?: Locale;
  onProgress?: (progress: DedupeProgress) => void;
}
