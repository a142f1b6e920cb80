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
}

export interface DedupeResult {
  clusters: Cluster[];
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
  /** Accepted like other operations' options; reason messages are English, and a UI translates by `Reason.level`. */
  locale?: Locale;
  onProgress?: (progress: DedupeProgress) => void;
}
