/**
 * Duplicates in a combined list, found by the one matching engine (shared/dedupe): fuzzy, or
 * exact on key columns. Key columns may be named as any list names them (手机号 in one, Mobile in
 * another): each is read as the combined column that holds it. The source column is never matched on, and
 * a name one list splits into parts is compared against another's whole name (combined-names.ts).
 */
import {
  DEFAULT_REVIEW_THRESHOLD,
  DEFAULT_THRESHOLD,
  findDuplicates,
  findExactDuplicates,
  type Cluster,
  type DedupeProgress,
  type DedupeResult,
} from '../dedupe';
import { foldHeader } from '../template/header-mapping';
import { matchMapping, type CombinedList } from './combine-lists';
import { matchingNames } from './combined-names';

export interface CombinedMatchOptions {
  /** Group rows equal on every key column (`columns` required) instead of scoring them. */
  exact?: boolean;
  /** Key columns, as the combined list or any of the lists heads them. */
  columns?: readonly string[];
  threshold?: number;
  reviewThreshold?: number;
  /** Combined rows whose pairs with the other rows are scored one by one too (fuzzy matching only). */
  pairsFrom?: ReadonlySet<number>;
  onProgress?: (progress: DedupeProgress) => void;
}

export class UnknownColumnError extends Error {
  constructor(readonly columns: string[]) {
    super(`No list has the column${columns.length === 1 ? '' : 's'} ${columns.map((c) => `"${c}"`).join(', ')}`);
    this.name = 'UnknownColumnError';
  }
}

/** Clusters of the combined list: merge band and, when asked with a lower reviewThreshold, review band. */
export function findCombinedDuplicates(list: CombinedList, options: CombinedMatchOptions = {}): DedupeResult {
  const mapping = matchMapping(list);
  const columns = options.columns ? combinedColumns(list, options.columns) : undefined;
  const snapshot = matchingNames(list, mapping, columns);
  if (options.exact) {
    if (!columns) throw new Error('Exact matching needs key columns');
    return findExactDuplicates(snapshot, { template: list.template, mapping, columns, locale: list.locale });
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return findDuplicates(snapshot, {
    template: list.template,
    mapping,
    locale: list.locale,
    threshold,
    reviewThreshold: Math.min(threshold, options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD),
    ...(columns ? { columns } : {}),
    ...(options.pairsFrom ? { pairsFrom: options.pairsFrom } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** The combined headers of key columns named as the combined list or any of the lists heads them. */
export function combinedColumns(list: CombinedList, names: readonly string[]): string[] {
  const unknown: string[] = [];
  const found = new Set<string>();
  for (const name of names) {
    const folded = foldHeader(name);
    const direct = list.columns.find((c) => c.col !== list.sourceCol && foldHeader(c.header) === folded);
    const viaList = direct
      ? undefined
      : list.columns.find((c) =>
          [...c.from].some(([l, col]) => foldHeader(list.lists[l]!.mapping.columns[col - 1]?.header ?? '') === folded),
        );
    const column = direct ?? viaList;
    if (column) found.add(column.header);
    else unknown.push(name);
  }
  if (unknown.length > 0) throw new UnknownColumnError(unknown);
  return [...found];
}

/** The lists a cluster's rows came from, in list order. */
export function listsOf(list: CombinedList, cluster: Pick<Cluster, 'rows'>): number[] {
  const lists = new Set<number>();
  for (const row of cluster.rows) lists.add(list.originList[row - 2]!);
  return [...lists].sort((a, b) => a - b);
}
