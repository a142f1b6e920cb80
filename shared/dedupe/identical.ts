/**
 * Rows identical after cleaning (case, spacing, full-width forms; row-number columns aside) are
 * the same customer whatever the model says: Remove Duplicates would take them too. They are
 * grouped here and always end up in one cluster, also when no column varies enough to score.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import type { FoundCluster } from './cluster';
import { matchText } from './fold';

/** Groups (record indices, ascending) of records whose cells are equal once cleaned; `skip` holds 1-based columns to ignore. */
export function identicalGroups(values: readonly CellValue[][], rows: Int32Array, skip: ReadonlySet<number>): number[][] {
  const byKey = new Map<string, number[]>();
  for (let k = 0; k < rows.length; k++) {
    const row = values[rows[k]! - 1] ?? [];
    const parts: string[] = [];
    for (let c = 0; c < row.length; c++) {
      if (skip.has(c + 1)) continue;
      const v = row[c];
      parts.push(isBlank(v) ? '' : v instanceof Date ? `@${v.getTime()}` : (matchText(v) ?? '').replace(/\s+/g, ''));
    }
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    if (parts.length === 0) continue;
    const key = parts.join('\u0001');
    const group = byKey.get(key);
    if (group) group.push(k);
    else byKey.set(key, [k]);
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}

/**
 * Puts each identical group into one cluster: into the merge-band cluster that already holds one
 * of its rows (identical rows score alike, so it stays coherent), else a cluster of its own, so
 * that certain duplicates never wait in review because of an uncertain third row.
 */
export function absorbIdentical(found: FoundCluster[], groups: number[][], threshold: number): FoundCluster[] {
  const clusterOf = new Map<number, FoundCluster>();
  for (const c of found) for (const m of c.members) clusterOf.set(m, c);
  const out = [...found];
  for (const group of groups) {
    const home = group.map((r) => clusterOf.get(r)).find((c) => c !== undefined && c.confidence >= threshold);
    const target = home ?? { members: [], core: group[0]!, confidence: 1 };
    if (!home) out.push(target);
    for (const r of group) {
      const current = clusterOf.get(r);
      if (current === target) continue;
      if (current) current.members = current.members.filter((m) => m !== r);
      target.members.push(r);
      clusterOf.set(r, target);
    }
  }
  for (const c of out) {
    c.members.sort((x, y) => x - y);
    if (!c.members.includes(c.core) && c.members.length > 0) c.core = c.members[0]!;
  }
  // A cluster left with one row (its twin moved to its identical group) is no cluster.
  return out.filter((c) => c.members.length > 1).sort((x, y) => x.members[0]! - y.members[0]!);
}
