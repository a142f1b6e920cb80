/** Runs of consecutive numbers in an ascending list (repeats ignored): [2,3,3,4,8] -> 2×3, 8×1. */
export function consecutiveRuns(sortedAscending: readonly number[]): Array<{ first: number; count: number }> {
  const runs: Array<{ first: number; count: number }> = [];
  for (const n of sortedAscending) {
    const last = runs[runs.length - 1];
    if (last && n === last.first + last.count) last.count++;
    else if (!last || n !== last.first + last.count - 1) runs.push({ first: n, count: 1 });
  }
  return runs;
}
