/**
 * u probabilities (how often two different customers land on each comparison level), learnt
 * from the sheet: non-exact levels from a seeded sample of random pairs (nearly all of which are
 * different customers), the exact level from value frequencies with each value's own duplicate
 * pair discounted. Both are blended with the comparator's priors, which win on tiny sheets.
 */
import type { FieldCoder } from '../compare/rows';
import type { MatchField } from '../records';

export const SAMPLE_PAIRS = 60_000;
/** Weight of the priors, in pairs. */
const PRIOR_PAIRS = 2_000;

/** Deterministic PRNG (mulberry32), so a sheet always gives the same result. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random-pair code counts per field: counts[f][code]. */
export function sampleCodeCounts(n: number, coders: FieldCoder[], levelCounts: number[]): Float64Array[] {
  const counts = levelCounts.map((k) => new Float64Array(k + 1));
  const visit = (i: number, j: number) => {
    for (let f = 0; f < coders.length; f++) counts[f]![coders[f]!(i, j)]!++;
  };
  const allPairs = (n * (n - 1)) / 2;
  if (allPairs <= SAMPLE_PAIRS) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j);
  } else {
    const random = mulberry32(0x5eed ^ n);
    for (let s = 0; s < SAMPLE_PAIRS; s++) {
      const i = Math.floor(random() * n);
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      visit(i, j);
    }
  }
  return counts;
}

/** Share of pairs of non-missing values that agree exactly by coincidence, not counting each value's own first pair. */
export function coincidentalExactShare(field: MatchField): { share: number; pairs: number } {
  let coincidental = 0;
  const counts = field.counts;
  for (let id = 0; id < counts.length; id++) {
    const c = counts[id]!;
    if (c > 2) coincidental += (c * (c - 2)) / 2;
  }
  const pairs = (field.nonNull * (field.nonNull - 1)) / 2;
  return { share: pairs > 0 ? coincidental / pairs : 0, pairs };
}

/** u per level (index = level) for one field. */
export function estimateU(field: MatchField, sampled: Float64Array): Float64Array {
  const levels = field.comparator.levels;
  const K = levels.length;
  const u = new Float64Array(K);
  const { share, pairs } = coincidentalExactShare(field);
  u[0] = (share * pairs + PRIOR_PAIRS * levels[0]!.u) / (pairs + PRIOR_PAIRS);
  let sampledNonExact = 0;
  for (let l = 1; l < K; l++) sampledNonExact += sampled[l + 1]!;
  let total = 0;
  for (let l = 1; l < K; l++) {
    u[l] = (sampled[l + 1]! + PRIOR_PAIRS * levels[l]!.u) / (sampledNonExact + PRIOR_PAIRS);
    total += u[l]!;
  }
  for (let l = 1; l < K; l++) u[l] = Math.max(1e-12, (u[l]! / total) * (1 - u[0]!));
  return u;
}
