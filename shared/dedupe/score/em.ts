/**
 * Expectation-maximisation of the Fellegi-Sunter model (Fellegi & Sunter 1969; Winkler 1988) over
 * the candidate pairs' patterns: m (levels among duplicates), u (levels among non-duplicate
 * candidates) and the share of duplicates. Missing values are skipped. The comparators' priors act
 * as pseudo-counts, so a small sheet keeps sensible m probabilities.
 */
import type { PatternTable } from './patterns';

export interface EmResult {
  m: Float64Array[];
  /** Share of candidate pairs that are duplicates. */
  lambda: number;
  /** Expected number of duplicate pairs among the candidates. */
  matches: number;
  /** Match probability of each pattern under the fitted model. */
  posterior: Float64Array;
}

const ITERATIONS = 40;
const M_PRIOR_PAIRS = 25;
const U_PRIOR_PAIRS = 5;

export function runEm(table: PatternTable, priorM: Float64Array[], initialLambda = 0.05): EmResult {
  const F = table.fieldCount;
  const P = table.size;
  const { codes, counts } = table;
  // Flat per-(field, level) arrays; slot(f, code) = offset[f] + code - 1.
  const offset = new Int32Array(F + 1);
  for (let f = 0; f < F; f++) offset[f + 1] = offset[f]! + priorM[f]!.length;
  const L = offset[F]!;
  const m0 = new Float64Array(L);
  priorM.forEach((p, f) => m0.set(p, offset[f]!));
  // Candidates are mostly non-duplicates: start u from their overall level distribution.
  const u0 = new Float64Array(L).fill(1);
  for (let p = 0; p < P; p++) {
    for (let f = 0; f < F; f++) {
      const c = codes[p * F + f]!;
      if (c > 0) u0[offset[f]! + c - 1]! += counts[p]!;
    }
  }
  normalisePerField(u0, offset);
  const m = Float64Array.from(m0);
  const u = Float64Array.from(u0);
  const ratio = new Float64Array(L);
  const mAcc = new Float64Array(L);
  const uAcc = new Float64Array(L);
  const posterior = new Float64Array(P);
  let lambda = initialLambda;
  let matches = 0;
  for (let iter = 0; iter < ITERATIONS; iter++) {
    for (let k = 0; k < L; k++) ratio[k] = Math.log(m[k]! / u[k]!);
    mAcc.fill(0);
    uAcc.fill(0);
    let matchMass = 0;
    let total = 0;
    const prior = Math.log(lambda / (1 - lambda));
    for (let p = 0; p < P; p++) {
      let logOdds = prior;
      const base = p * F;
      for (let f = 0; f < F; f++) {
        const c = codes[base + f]!;
        if (c > 0) logOdds += ratio[offset[f]! + c - 1]!;
      }
      const g = 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, logOdds))));
      posterior[p] = g;
      const n = counts[p]!;
      matchMass += g * n;
      total += n;
      for (let f = 0; f < F; f++) {
        const c = codes[base + f]!;
        if (c === 0) continue;
        mAcc[offset[f]! + c - 1]! += g * n;
        uAcc[offset[f]! + c - 1]! += (1 - g) * n;
      }
    }
    matches = matchMass;
    lambda = Math.min(0.99, Math.max(1e-6, total > 0 ? matchMass / total : initialLambda));
    for (let f = 0; f < F; f++) {
      let mSum = 0;
      let uSum = 0;
      for (let k = offset[f]!; k < offset[f + 1]!; k++) {
        mSum += mAcc[k]!;
        uSum += uAcc[k]!;
      }
      for (let k = offset[f]!; k < offset[f + 1]!; k++) {
        m[k] = (mAcc[k]! + M_PRIOR_PAIRS * m0[k]!) / (mSum + M_PRIOR_PAIRS);
        u[k] = (uAcc[k]! + U_PRIOR_PAIRS * u0[k]!) / (uSum + U_PRIOR_PAIRS);
      }
    }
  }
  const mByField = priorM.map((_, f) => m.slice(offset[f]!, offset[f + 1]!));
  return { m: mByField, lambda, matches, posterior };
}

function normalisePerField(values: Float64Array, offset: Int32Array): void {
  for (let f = 0; f + 1 < offset.length; f++) {
    let sum = 0;
    for (let k = offset[f]!; k < offset[f + 1]!; k++) sum += values[k]!;
    for (let k = offset[f]!; k < offset[f + 1]!; k++) values[k] = values[k]! / sum;
  }
}
