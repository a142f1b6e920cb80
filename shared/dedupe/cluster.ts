/**
 * The cluster stage: candidate pairs above the review threshold, strongest first, join clusters
 * only when the result stays coherent. Every pair across the two sides is scored (not just the
 * linking pair) and must not look like two different customers, and every member must match the
 * merged cluster's core row (the row most similar to the others) at least at the review
 * threshold. This stops chaining (A≈B, B≈C, A≠C), also when A and C only conflict (two personal
 * details differ) and so still score in review. Clusters are capped in size. A row kept out only to
 * keep a merge-band cluster certain, and taken by no other cluster, is returned with that cluster as
 * an also-review row: shown to the user, never merged unasked.
 */

export interface ClusterOptions {
  /** Probability for a pair to be considered at all. */
  reviewThreshold: number;
  /** No pair inside a cluster may score below this. */
  minInternal: number;
  maxSize: number;
  /** A cluster at or above this confidence (the merge band) does not take rows that would pull it below. */
  mergeThreshold?: number;
  /** Two rows that clearly disagree (conflicting personal details): never together with a third row. */
  conflicting?: (i: number, j: number) => boolean;
}

export interface FoundCluster {
  members: number[];
  core: number;
  /** Weakest member-to-core probability. */
  confidence: number;
  /** Also-review rows: kept out to keep this cluster certain, in no cluster; each with the member it matches best. */
  alsoReview?: { row: number; member: number; confidence: number }[];
}

export type PairProbability = (i: number, j: number) => number;

export function clusterPairs(
  edges: { a: Uint32Array; b: Uint32Array; p: Float64Array; length: number },
  probabilityOf: PairProbability,
  options: ClusterOptions,
): FoundCluster[] {
  const order = Array.from({ length: edges.length }, (_, k) => k).sort((x, y) => edges.p[y]! - edges.p[x]! || x - y);
  const clusterOf = new Map<number, number[]>();
  const confidenceOf = new Map<number[], number>();
  const memo = new Map<string, number>();
  const prob = (i: number, j: number): number => {
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    let p = memo.get(key);
    if (p === undefined) {
      p = probabilityOf(Math.min(i, j), Math.max(i, j));
      memo.set(key, p);
    }
    return p;
  };
  for (let k = 0; k < edges.length; k++) memo.set(`${edges.a[k]},${edges.b[k]}`, edges.p[k]!);
  // Row kept out of a certain cluster -> a member it linked to (strongest link first).
  const keptOut = new Map<number, number>();

  for (const k of order) {
    const i = edges.a[k]!;
    const j = edges.b[k]!;
    const A = clusterOf.get(i) ?? [i];
    const B = clusterOf.get(j) ?? [j];
    if (A === B || A.length + B.length > options.maxSize) continue;
    let coherent = true;
    const chain = A.length + B.length > 2 && options.conflicting;
    for (const x of A) {
      for (const y of B) {
        if (prob(x, y) < options.minInternal || (chain && chain(x, y))) {
          coherent = false;
          break;
        }
      }
      if (!coherent) break;
    }
    if (!coherent) continue;
    const merged = [...A, ...B];
    const { confidence } = coreOf(merged, prob);
    if (confidence < options.reviewThreshold) continue;
    // Certain duplicates stay certain: an uncertain row does not drag them into review.
    const bar = options.mergeThreshold;
    if (bar !== undefined && confidence < bar) {
      const certainA = A.length > 1 && (confidenceOf.get(A) ?? 0) >= bar;
      const certainB = B.length > 1 && (confidenceOf.get(B) ?? 0) >= bar;
      if (certainA || certainB) {
        // A lone row is still a possible duplicate: it is shown with the cluster if nothing else takes it.
        if (certainA && B.length === 1 && !keptOut.has(j)) keptOut.set(j, i);
        if (certainB && A.length === 1 && !keptOut.has(i)) keptOut.set(i, j);
        continue;
      }
    }
    confidenceOf.set(merged, confidence);
    for (const x of merged) clusterOf.set(x, merged);
  }

  const alsoOf = new Map<number[], { row: number; member: number; confidence: number }[]>();
  for (const [row, partner] of keptOut) {
    const members = clusterOf.get(partner);
    if (clusterOf.has(row) || !members) continue;
    let member = partner;
    for (const m of members) if (prob(row, m) > prob(row, member)) member = m;
    const list = alsoOf.get(members) ?? [];
    list.push({ row, member, confidence: prob(row, member) });
    alsoOf.set(members, list);
  }

  const seen = new Set<number[]>();
  const out: FoundCluster[] = [];
  for (const members of clusterOf.values()) {
    if (seen.has(members)) continue;
    seen.add(members);
    const { core, confidence } = coreOf(members, prob);
    const also = alsoOf.get(members)?.sort((x, y) => x.row - y.row);
    out.push({ members: [...members].sort((x, y) => x - y), core, confidence, ...(also ? { alsoReview: also } : {}) });
  }
  return out.sort((x, y) => x.members[0]! - y.members[0]!);
}

/** The member with the highest summed probability to the others, and the weakest link to it. */
export function coreOf(members: number[], prob: PairProbability): { core: number; confidence: number } {
  let core = members[0]!;
  let best = -1;
  for (const x of members) {
    let sum = 0;
    for (const y of members) if (x !== y) sum += prob(x, y);
    if (sum > best || (sum === best && x < core)) {
      best = sum;
      core = x;
    }
  }
  let confidence = 1;
  for (const x of members) if (x !== core) confidence = Math.min(confidence, prob(x, core));
  return { core, confidence };
}
