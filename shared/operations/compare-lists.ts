/**
 * Comparing two lists (which customers of list B are already in list A): both are stacked as in
 * combine, the matching engine runs over the stack, and each row of B is read off its own pairs with
 * rows of A and the cluster it shares with them: in A (merge band), maybe in A (review band), or new.
 */
import { DEFAULT_REVIEW_THRESHOLD, type Cluster, type DedupeProgress, type RowPair } from '../dedupe';
import type { Reason } from '../dedupe/types';
import type { Locale } from '../i18n/locale';
import type { Template } from '../template/schema';
import { combineLists, type CombinedList, type ListSource } from './combine-lists';
import { findCombinedDuplicates } from './combined-duplicates';
import { comparedReasons } from './compared-reasons';

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
  // B is list 0 of the stack (its language leads), A list 1. A combined row r is origin index r - 2.
  const inB = (row: number) => combined.originList[row - 2] === 0;
  const originOf = (row: number) => combined.originRow[row - 2]!;
  const rowsOfB = new Set<number>();
  for (let i = 0; i < combined.originList.length && combined.originList[i] === 0; i++) rowsOfB.add(i + 2);
  const result = findCombinedDuplicates(combined, {
    ...(options.exact ? { exact: true } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    reviewThreshold: options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD,
    // Each row of B is matched and explained by its own pairs with A: clusters alone would let a row of B
    // lose its rows of A to another row of B of the cluster, or be explained by that row's cells.
    ...(options.exact ? {} : { pairsFrom: rowsOfB }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const clusterOf = new Map<number, Cluster>();
  for (const cluster of result.clusters)
    if (cluster.rows.some((r) => !inB(r))) for (const r of cluster.rows) if (inB(r)) clusterOf.set(r, cluster);
  const pairsOf = new Map<number, RowPair[]>();
  for (const pair of result.pairs ?? []) {
    const pairs = pairsOf.get(pair.rows[0]);
    if (pairs) pairs.push(pair);
    else pairsOf.set(pair.rows[0], [pair]);
  }

  const rows: ComparedRow[] = [];
  const counts: Record<CompareStatus, number> = { existing: 0, possible: 0, new: 0 };
  for (const combinedRow of rowsOfB) {
    const compared = compareRow(originOf(combinedRow), clusterOf.get(combinedRow), pairsOf.get(combinedRow), {
      inA: (r) => !inB(r),
      originOf,
      pairsKnown: result.pairs !== undefined,
    });
    counts[compared.status]++;
    rows.push(compared);
  }
  return { rows, counts, combined };
}

/**
 * One row of B: in A when its cluster with rows of A, or a pair of its own, is in the merge band (its
 * rows of A those of such evidence), else maybe in A. Its reasons are its own pairs' with those rows;
 * matching exactly scores no pairs, and the cluster's equal key cells are every row's.
 */
function compareRow(
  row: number,
  cluster: Cluster | undefined,
  pairs: readonly RowPair[] = [],
  at: { inA: (row: number) => boolean; originOf: (row: number) => number; pairsKnown: boolean },
): ComparedRow {
  const rowsOfA = (c: Cluster) => c.rows.filter(at.inA);
  const sure = pairs.filter((p) => p.band === 'merge');
  const merged = cluster?.band === 'merge';
  const existing = merged || sure.length > 0;
  const evidence = existing ? sure : pairs;
  const found = new Set(evidence.map((p) => p.rows[1]));
  if (cluster && (merged || !existing)) for (const r of rowsOfA(cluster)) found.add(r);
  if (found.size === 0) return { row, status: 'new', matches: [] };
  const confidence = Math.max(
    ...evidence.map((p) => p.confidence),
    ...(cluster && (merged || !existing) ? [cluster.confidence] : []),
  );
  const reasons = at.pairsKnown ? comparedReasons(pairs.filter((p) => found.has(p.rows[1]))) : (cluster?.reasons ?? []);
  return {
    row,
    status: existing ? 'existing' : 'possible',
    matches: [...found].map(at.originOf).sort((x, y) => x - y),
    confidence,
    reasons,
  };
}
