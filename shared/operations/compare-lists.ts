/**
 * Comparing two lists (which customers of list B are already in list A): both are stacked as in
 * combine, the matching engine runs over the stack, and each row of B is read off the clusters it
 * shares with rows of A: in A (merge band), maybe in A (review band), or new.
 */
import { DEFAULT_REVIEW_THRESHOLD } from '../dedupe';
import type { Reason } from '../dedupe/types';
import type { DedupeProgress } from '../dedupe';
import type { Locale } from '../i18n/locale';
import type { Template } from '../template/schema';
import { combineLists, type CombinedList, type ListSource } from './combine-lists';
import { findCombinedDuplicates } from './combined-duplicates';

export type CompareStatus = 'existing' | 'possible' | 'new';

export interface ComparedRow {
  /** Row of list B (header = 1). */
  row: number;
  status: CompareStatus;
  /** Rows of list A holding the same customer (empty when new), ascending. */
  matches: number[];
  /** The cluster's confidence, when matched. */
  confidence?: number;
  /** Why it matched, field by field (as dedupe explains a group), when matched. */
  reasons?: Reason[];
}

export interface ListComparison {
  /** One entry per customer row of B, in row order. */
  rows: ComparedRow[];
  counts: Record<CompareStatus, number>;
  combined: CombinedList;
}

export interface CompareOptions {
  template?: Template;
  /** Language of the combined headers (default: list B's). */
  locale?: Locale;
  exact?: boolean;
  columns?: readonly string[];
  threshold?: number;
  /** Lowest confidence reported as "maybe in A" (default 0.5); equal to the threshold for none. */
  reviewThreshold?: number;
  onProgress?: (progress: DedupeProgress) => void;
}

export function compareLists(a: ListSource, b: ListSource, options: CompareOptions = {}): ListComparison {
  const combined = combineLists([b, a], {
    ...(options.template ? { template: options.template } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const result = findCombinedDuplicates(combined, {
    ...(options.exact ? { exact: true } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    reviewThreshold: options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // B is list 0 of the stack (its language leads), A list 1.
  const found = new Map<number, ComparedRow>();
  for (const cluster of result.clusters) {
    const inA: number[] = [];
    const inB: number[] = [];
    for (const row of cluster.rows) (combined.originList[row - 2] === 1 ? inA : inB).push(combined.originRow[row - 2]!);
    if (inA.length === 0) continue;
    inA.sort((x, y) => x - y);
    const status: CompareStatus = cluster.band === 'merge' ? 'existing' : 'possible';
    for (const row of inB)
      found.set(row, { row, status, matches: inA, confidence: cluster.confidence, reasons: cluster.reasons });
  }
  const rows: ComparedRow[] = [];
  const counts: Record<CompareStatus, number> = { existing: 0, possible: 0, new: 0 };
  for (let i = 0; i < combined.originList.length && combined.originList[i] === 0; i++) {
    const row = combined.originRow[i]!;
    const compared = found.get(row) ?? { row, status: 'new' as const, matches: [] };
    counts[compared.status]++;
    rows.push(compared);
  }
  return { rows, counts, combined };
}
