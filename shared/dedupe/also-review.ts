/**
 * Also-review rows (`Cluster.alsoReview`) after the user's "not the same customer" marks: a row marked
 * apart from a member of its group is not offered with it.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { readNotSame, rowMarkKeys, splitNotSame } from './not-same';
import type { Cluster } from './types';

/**
 * Also-review rows the user marked as another customer than a member of their group are not offered,
 * and a group split by marks shows each such row under its first part only.
 */
export function honourAlsoReview(
  snapshot: SheetSnapshot,
  mapping: HeaderMapping,
  template: Template,
  clusters: Cluster[],
): Cluster[] {
  if (!clusters.some((c) => c.alsoReview)) return clusters;
  const marks = readNotSame(snapshot.meta);
  const keys = marks.length > 0 ? rowMarkKeys(snapshot, mapping, template) : [];
  const shown = new Set<number>();
  return clusters.map((c) => {
    if (!c.alsoReview) return c;
    const kept = c.alsoReview.filter(
      (a) =>
        !shown.has(a.row) &&
        (marks.length === 0 ||
          splitNotSame([{ rows: [...c.rows, a.row] }], keys, marks).some((p) => p.rows.length === c.rows.length + 1)),
    );
    for (const a of kept) shown.add(a.row);
    const { alsoReview: _, ...rest } = c;
    return kept.length > 0 ? { ...rest, alsoReview: kept } : rest;
  });
}

/**
 * The group as merged with some of its also-review rows (`rows`; others are ignored): its rows and
 * theirs, its weakest confidence, explained by the reasons of both. The group itself when none is.
 */
export function withAlsoReviewRows(cluster: Cluster, rows: readonly number[]): Cluster {
  const extra = (cluster.alsoReview ?? []).filter((a) => rows.includes(a.row));
  if (extra.length === 0) return cluster;
  return {
    rows: [...cluster.rows, ...extra.map((a) => a.row)].sort((a, b) => a - b),
    confidence: Math.min(cluster.confidence, ...extra.map((a) => a.confidence)),
    band: cluster.band,
    // A reason the group already gives (the same phone) is said once.
    reasons: [...cluster.reasons, ...extra.flatMap((a) => a.reasons)].filter(
      (r, i, all) => all.findIndex((o) => o.column === r.column && o.message === r.message) === i,
    ),
  };
}
