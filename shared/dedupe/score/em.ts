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
  const m = priorM.map((p) => Float64Array.from(p));
  // Candidates are mostly non-duplicates: start u from their overall level distribution.
  const u = priorM.map((p) => new Float64Array(p.length).fill(1));
  for (let p = 0; p < P; p++) {
    for (let f = 0; f < F; f++) {
      const c = codes[p * F + f]!;
      if (c > 0) u[f]![c - 1]! += counts[p]!;
    }
  }
  const uPrior = u.map((row) => {
    const total = row.reduce((s, x) => s + x, 0);
    return row.map((x) => x / total);
  });
  for (let f = 0; f < F; f++) u[f] = Float64Array.from(uPrior[f]!);

  let lambda = initialLambda;
  const posterior = new Float64Array(P);
  let matches = 0;
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const mAcc = m.map((row) => new Float64Array(row.length));
    const uAcc = u.map((row) => new Float64Array(row.length));
    let matchMass = 0;
    let total = 0;
    const prior = Math.log(lambda / (1 - lambda));
    for (let p = 0; p < P; p++) {
      let logOdds = prior;
      for (let f = 0; f < F; f++) {
        const c = codes[p * F + f]!;
        if (c > 0) logOdds += Math.log(m[f]![c - 1]! / u[f]![c - 1]!);
      }
      const g = 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, logOdds))));
      posterior[p] = g;
      const n = counts[p]!;
      matchMass += g * n;
      total += n;
      for (let f = 0; f < F; f++) {
        const c = codes[p * F + f]!;
        if (c === 0) continue;
        mAcc[f]![c - 1]! += g * n;
        uAcc[f]![c - 1]! += (1 - g) * n;
      }
    }
    matches = matchMass;
    lambda = Math.min(0.99, Math.max(1e-6, total > 0 ? matchMass / total : initialLambda));
    for (let f = 0; f < F; f++) {
      const mSum = mAcc[f]!.reduce((s, x) => s + x, 0);
      const uSum = uAcc[f]!.reduce((s, x) => s + x, 0);
      for (let l = 0; l < m[f]!.length; l++) {
        m[f]![l] = (mAcc[f]![l]! + M_PRIOR_PAIRS * priorM[f]![l]!) / (mSum + M_PRIOR_PAIRS);
        u[f]![l] = (uAcc[f]![l]! + U_PRIOR_PAIRS * uPrior[f]![l]!) / (uSum + U_PRIOR_PAIRS);
      }
    }
  }
  return { m, lambda, matches, posterior };
}
