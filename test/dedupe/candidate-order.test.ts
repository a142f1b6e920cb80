import fc from 'fast-check';
import { CandidateIndex, type BlockingOptions } from '../../shared/dedupe/block/candidates';
import type { KeySet } from '../../shared/dedupe/block/keys';

const OPTIONS: BlockingOptions = { maxBlock: 4, blockWindow: 2, sortedWindow: 2 };

/**
 * The partners of each record as the index is specified: entries in order of key (then secondary
 * key and record, for sorted keys and oversized blocks; then record, for small blocks), every
 * other entry of a small block, a window around the record's position otherwise, each partner
 * after the record once, in the order first met.
 */
function referencePartners(sets: KeySet[], n: number, secondary: Float64Array): number[][] {
  const out = Array.from({ length: n }, () => [] as number[]);
  const views = sets.map((set) => {
    const entries = Array.from({ length: set.length }, (_, e) => e);
    const bySecondary = (x: number, y: number) =>
      secondary[set.recs[x]!]! - secondary[set.recs[y]!]! || set.recs[x]! - set.recs[y]!;
    entries.sort(
      (x, y) => set.keys[x]! - set.keys[y]! || (set.sorted ? bySecondary(x, y) : set.recs[x]! - set.recs[y]!),
    );
    const order = entries.map((e) => set.recs[e]!);
    const blockOf = entries.map((e) => (set.sorted ? 0 : set.keys[e]!));
    const bounds = order.map((_, p) => {
      let lo = p;
      let hi = p + 1;
      while (lo > 0 && blockOf[lo - 1] === blockOf[p]) lo--;
      while (hi < order.length && blockOf[hi] === blockOf[p]) hi++;
      return [lo, hi] as const;
    });
    // An oversized block of equal keys is read in secondary-key order.
    for (let p = 0; p < order.length; p++) {
      const [lo, hi] = bounds[p]!;
      if (!set.sorted && p === lo && hi - lo > OPTIONS.maxBlock) {
        const run = order.slice(lo, hi).sort((x, y) => secondary[x]! - secondary[y]! || x - y);
        order.splice(lo, hi - lo, ...run);
      }
    }
    return { order, bounds, window: set.sorted ? OPTIONS.sortedWindow : OPTIONS.blockWindow };
  });
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>([i]);
    for (const { order, bounds, window } of views) {
      const positions = order.flatMap((r, p) => (r === i ? [p] : []));
      for (const p of positions) {
        let [lo, hi] = bounds[p]!;
        if (hi - lo > OPTIONS.maxBlock) {
          lo = Math.max(lo, p - window);
          hi = Math.min(hi, p + window + 1);
        }
        for (let t = lo; t < hi; t++) {
          const j = order[t]!;
          if (j > i && !seen.has(j)) {
            seen.add(j);
            out[i]!.push(j);
          }
        }
      }
    }
  }
  return out;
}

const keySet = (n: number) =>
  fc.record({
    sorted: fc.boolean(),
    entries: fc.array(fc.record({ rec: fc.nat(n - 1), key: fc.nat(5) }), { maxLength: 3 * n }),
    // A set built from one column comes in record order; one of several columns does not.
    inRecordOrder: fc.boolean(),
  });

describe('CandidateIndex', () => {
  test('meets the partners of the specified order: small blocks by record, large ones and sorted keys by secondary key', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 14 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(keySet(n), { minLength: 1, maxLength: 3 }),
              fc.array(fc.nat(3), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, specs, ranks]) => {
          const sets: KeySet[] = specs.map((spec, k) => {
            const entries = spec.inRecordOrder ? [...spec.entries].sort((a, b) => a.rec - b.rec) : spec.entries;
            return {
              name: `set${k}`,
              sorted: spec.sorted,
              recs: Int32Array.from(entries, (e) => e.rec),
              // Sorted keys are large numbers (ten letters in base 37); block keys 30-bit hashes, all of whose bits count.
              keys: Float64Array.from(entries, (e) => (spec.sorted ? e.key * 37 ** 9 : e.key * 214_748_357)),
              length: entries.length,
            };
          });
          const secondary = Float64Array.from(ranks);
          const index = new CandidateIndex(sets, n, secondary, OPTIONS);
          const expected = referencePartners(sets, n, secondary);
          for (let i = 0; i < n; i++) {
            const met: number[] = [];
            index.forEachPartner(i, (j) => met.push(j));
            expect(met).toEqual(expected[i]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
