/**
 * The Duplicates view's search settings: which columns are keys, exact or fuzzy matching, and the
 * threshold that sorts the last search's groups into the merge and review bands without searching again.
 */
import type { Cluster } from '../../dedupe';
import type { HeaderMapping } from '../../template/header-mapping';

export type MatchMode = 'fuzzy' | 'exact';

export interface SearchSettings {
  mode: MatchMode;
  /** Headers of the key columns; null until the user changes them (then the identity fields). */
  columns: string[] | null;
  /** Groups at or above this confidence are in the merge band, the rest in review. */
  threshold: number;
}

/** The core's DEFAULT_THRESHOLD, kept here so the page does not load the matcher (it runs in the worker). */
const DEFAULT_THRESHOLD = 0.9;
export const DEFAULT_SEARCH: SearchSettings = { mode: 'fuzzy', columns: null, threshold: DEFAULT_THRESHOLD };
export const MIN_THRESHOLD = 0.5;
export const MAX_THRESHOLD = 1;

/** Fields that say who a customer is; the company only for a list of companies (colleagues share one). */
const IDENTITY = new Set(['name', 'phone', 'email', 'idNumber']);

/** The sheet's columns mapped to a template field, in sheet order: the columns a user can pick as keys. */
export function mappedColumns(mapping: HeaderMapping): string[] {
  return mapping.columns.filter((c) => c.field !== null && c.header.trim() !== '').map((c) => c.header);
}

/** The recognised identity columns: the default keys. */
export function identityColumns(mapping: HeaderMapping): string[] {
  return mapping.columns
    .filter(
      (c) =>
        c.field !== null &&
        c.header.trim() !== '' &&
        (IDENTITY.has(c.field) || (c.field === 'company' && mapping.customers === 'company')),
    )
    .map((c) => c.header);
}

/** The key columns in force: the user's choice, else the identity columns. */
export function keyColumns(settings: SearchSettings, mapping: HeaderMapping): string[] {
  return settings.columns ?? identityColumns(mapping);
}

/**
 * What the search is given: exact mode its key columns; fuzzy mode the user's columns, or none
 * (the matcher weighs every column itself) while the user has not chosen.
 */
export function searchColumns(settings: SearchSettings, mapping: HeaderMapping): string[] | undefined {
  return settings.mode === 'exact' ? keyColumns(settings, mapping) : (settings.columns ?? undefined);
}

/** The clusters with their band set by `threshold` (exact groups are certain: confidence 1). */
export function bandClusters(clusters: readonly Cluster[], threshold: number): Cluster[] {
  return clusters.map((c) => {
    // A group a rule holds for review stays there at any threshold.
    const band = c.confidence >= threshold && !c.held ? 'merge' : 'review';
    return c.band === band ? c : { ...c, band };
  });
}

export function bandCounts(clusters: readonly Cluster[]): { merge: number; review: number } {
  let merge = 0;
  for (const c of clusters) if (c.band === 'merge') merge++;
  return { merge, review: clusters.length - merge };
}
