/**
 * Rows identical after cleaning (each compared column by its matching key, so case, spacing and
 * full-width forms aside; other columns as typed; row-number columns ignored) are the same
 * customer whatever the model says: Remove Duplicates would take them too. They are grouped here
 * and always end up in one cluster, also when no column varies enough to score.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import type { FoundCluster } from './cluster';
import { IDENTIFYING_ROLES } from './field-roles';
import type { MatchField } from './records';
import { hashString } from './similarity';

function rawText(v: CellValue | undefined): string {
  if (v === undefined || isBlank(v)) return '';
  return v instanceof Date ? `@${v.getTime()}` : String(v).trim().toLowerCase();
}

/**
 * Groups (record indices, ascending) of records equal on every field's key and on the raw text
 * of every other column except `skip` (1-based). One hash per row, then an exact check.
 */
export function identicalGroups(
  values: readonly CellValue[][],
  rows: Int32Array,
  fields: readonly MatchField[],
  skip: ReadonlySet<number>,
): number[][] {
  const width = values[0]?.length ?? 0;
  const fieldCols = new Set(fields.map((f) => f.col));
  const others: number[] = [];
  for (let c = 1; c <= width; c++) if (!fieldCols.has(c) && !skip.has(c)) others.push(c);
  const cells = (k: number) => values[rows[k]! - 1] ?? [];
  const hashOf = (k: number): number => {
    let h = 0x811c9dc5;
    for (const f of fields) h = Math.imul(h ^ (f.ids[k]! + 1), 0x01000193);
    const row = cells(k);
    for (const c of others) h = Math.imul(h ^ hashString(rawText(row[c - 1])), 0x01000193);
    return h >>> 0;
  };
  const same = (x: number, y: number): boolean => {
    for (const f of fields) if (f.ids[x] !== f.ids[y]) return false;
    const a = cells(x);
    const b = cells(y);
    for (const c of others) if (rawText(a[c - 1]) !== rawText(b[c - 1])) return false;
    return true;
  };
  // A row with nothing that says who it is (微信用户, no phone) is no customer's copy of another.
  const identifying = fields.filter((f) => IDENTIFYING_ROLES.has(f.role));
  const empty = (k: number): boolean =>
    identifying.length > 0
      ? identifying.every((f) => f.ids[k]! < 0)
      : fields.every((f) => f.ids[k]! < 0) && others.every((c) => rawText(cells(k)[c - 1]) === '');
  // Records ordered by hash, then by index, with one native sort (hash and index packed in one
  // number): a Map of a million hashes cost a second on its own.
  const n = rows.length;
  const shift = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** shift;
  // Hash bits kept so that hash and index fit a double's 53 bits (fewer bits only join runs that `same` splits).
  const drop = 2 ** Math.max(0, shift - 21);
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) packed[k] = Math.floor(hashOf(k) / drop) * scale + k;
  packed.sort();
  const out: number[][] = [];
  for (let start = 0; start < n;) {
    const hash = Math.floor(packed[start]! / scale);
    let end = start + 1;
    while (end < n && Math.floor(packed[end]! / scale) === hash) end++;
    if (end - start > 1) {
      // The first record of a hash opens its first group; each later one joins a group it equals.
      const groups: number[][] = [[packed[start]! % scale]];
      for (let p = start + 1; p < end; p++) {
        const k = packed[p]! % scale;
        if (empty(k)) continue;
        const group = groups.find((g) => same(g[0]!, k));
        if (group) group.push(k);
        else groups.push([k]);
      }
      for (const g of groups) if (g.length > 1) out.push(g);
    }
    start = end;
  }
  return out.sort((x, y) => x[0]! - y[0]!);
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
