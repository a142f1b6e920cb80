/**
 * Checks the clusters and the user's choices before anything is planned: rows inside the sheet,
 * each row in one cluster only, two rows at least, masters and overrides naming real clusters.
 * A bad cluster is reported and left out; the others still merge.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import { mergeLabels } from './labels';
import type { MergeCluster, MergeOptions, MergeProblem, MergeProblemCode, OrderSumSaid } from './types';

export interface AcceptedCluster {
  index: number;
  /** Distinct rows, ascending. */
  rows: number[];
  cluster: MergeCluster;
}

/** A total's order rows as the user's sheet numbers them. */
function shownOrders(orders: OrderSumSaid, shown: (row: number) => number): OrderSumSaid {
  return {
    orders: orders.orders,
    rows: orders.rows.map(shown),
    once: orders.once.map((rows) => rows.map(shown)),
    left: orders.left.map((l) => ({ ...l, row: shown(l.row) })),
    lessRefund: orders.lessRefund.map((l) => ({ ...l, row: shown(l.row) })),
    refundUnread: orders.refundUnread.map((l) => ({ ...l, row: shown(l.row) })),
  };
}

/** A problem in the sheet's language, its rows numbered as the user's sheet numbers them (`shownRow`). */
export function mergeProblem(
  options: Pick<MergeOptions, 'locale' | 'shownRow'>,
  code: MergeProblemCode,
  severity: MergeProblem['severity'],
  clusterIndex: number,
  extra: {
    row?: number;
    field?: string;
    detail?: string;
    values?: string;
    others?: string;
    rows?: readonly (readonly number[])[];
    orders?: OrderSumSaid;
  } = {},
): MergeProblem {
  const shown = options.shownRow;
  const rows = shown
    ? {
        ...extra,
        ...(extra.row !== undefined ? { row: shown(extra.row) } : {}),
        ...(extra.rows ? { rows: extra.rows.map((r) => r.map(shown)) } : {}),
        ...(extra.orders ? { orders: shownOrders(extra.orders, shown) } : {}),
      }
    : extra;
  const message = mergeLabels(options.locale).messages[code]({ cluster: clusterIndex + 1, ...rows });
  return {
    code,
    severity,
    clusterIndex,
    ...(rows.row !== undefined ? { row: rows.row } : {}),
    ...(extra.field !== undefined ? { field: extra.field } : {}),
    message,
  };
}

export function validateClusters(
  snapshot: Pick<SheetSnapshot, 'values'>,
  clusters: readonly MergeCluster[],
  options: Pick<MergeOptions, 'locale' | 'masters' | 'overrides' | 'shownRow'>,
): { accepted: AcceptedCluster[]; problems: MergeProblem[] } {
  const problems: MergeProblem[] = [];
  const accepted: AcceptedCluster[] = [];
  const claimed = new Set<number>();
  const lastRow = snapshot.values.length;

  clusters.forEach((cluster, index) => {
    const rawRows: readonly unknown[] = Array.isArray(cluster?.rows) ? cluster.rows : [];
    const outside = rawRows.find((r) => typeof r !== 'number' || !Number.isInteger(r) || r < 2 || r > lastRow);
    if (outside !== undefined) {
      problems.push(mergeProblem(options, 'cluster.rowOutOfRange', 'error', index, { row: Number(outside) }));
      return;
    }
    const rows = [...new Set(rawRows as number[])].sort((a, b) => a - b);
    if (rows.length < 2) {
      problems.push(mergeProblem(options, 'cluster.tooSmall', 'error', index));
      return;
    }
    const taken = rows.find((r) => claimed.has(r));
    if (taken !== undefined) {
      problems.push(mergeProblem(options, 'cluster.rowInTwoClusters', 'error', index, { row: taken }));
      return;
    }
    const survivor = options.masters?.[index];
    if (survivor !== undefined && !rows.includes(survivor)) {
      problems.push(mergeProblem(options, 'master.notInCluster', 'error', index, { row: survivor }));
      return;
    }
    for (const r of rows) claimed.add(r);
    accepted.push({ index, rows, cluster });
  });

  const known = (key: string) => {
    const n = Number(key);
    return Number.isInteger(n) && n >= 0 && n < clusters.length;
  };
  for (const key of Object.keys(options.masters ?? {})) {
    if (!known(key)) problems.push(mergeProblem(options, 'master.unknownCluster', 'error', Number(key)));
  }
  for (const key of Object.keys(options.overrides ?? {})) {
    if (!known(key)) problems.push(mergeProblem(options, 'override.unknownCluster', 'error', Number(key)));
  }
  return { accepted, problems };
}
