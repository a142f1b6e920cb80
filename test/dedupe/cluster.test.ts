import { clusterPairs, coreOf } from '../../shared/dedupe/cluster';

function edgesOf(list: [number, number, number][]) {
  return {
    a: Uint32Array.from(list.map((e) => e[0])),
    b: Uint32Array.from(list.map((e) => e[1])),
    p: Float64Array.from(list.map((e) => e[2])),
    length: list.length,
  };
}

function probabilities(table: Record<string, number>) {
  return (i: number, j: number) => table[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0;
}

const options = { reviewThreshold: 0.5, minInternal: 0.2, maxSize: 50 };

describe('cluster', () => {
  test('does not chain A≈B and B≈C into one cluster when A and C are different customers', () => {
    const p = probabilities({ '0-1': 0.99, '1-2': 0.98, '0-2': 0.01 });
    const clusters = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [1, 2, 0.98],
      ]),
      p,
      options,
    );
    expect(clusters.map((c) => c.members)).toEqual([[0, 1]]);
  });

  test('keeps three rows together when every pair is plausible', () => {
    const p = probabilities({ '0-1': 0.99, '1-2': 0.97, '0-2': 0.6 });
    const clusters = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [1, 2, 0.97],
        [0, 2, 0.6],
      ]),
      p,
      options,
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.members).toEqual([0, 1, 2]);
    expect(clusters[0]!.core).toBe(1);
    expect(clusters[0]!.confidence).toBeCloseTo(0.97);
  });

  test('caps the size of a cluster', () => {
    const table: Record<string, number> = {};
    const list: [number, number, number][] = [];
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++) {
        table[`${i}-${j}`] = 0.95;
        list.push([i, j, 0.95]);
      }
    const clusters = clusterPairs(edgesOf(list), probabilities(table), { ...options, maxSize: 4 });
    for (const c of clusters) expect(c.members.length).toBeLessThanOrEqual(4);
    const seen = clusters.flatMap((c) => c.members);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('keeps a merge-band cluster in the merge band when an uncertain row would pull it into review', () => {
    // Three copies of one person (0.99) and a fourth row at the same address that is only possibly them (0.55).
    const p = probabilities({ '0-1': 0.99, '0-2': 0.99, '1-2': 0.99, '0-3': 0.55, '1-3': 0.55, '2-3': 0.55 });
    const edges = edgesOf([
      [0, 1, 0.99],
      [0, 2, 0.99],
      [1, 2, 0.99],
      [0, 3, 0.55],
      [1, 3, 0.55],
      [2, 3, 0.55],
    ]);
    const clusters = clusterPairs(edges, p, { ...options, mergeThreshold: 0.9 });
    expect(clusters.map((c) => [c.members, c.confidence])).toEqual([[[0, 1, 2], 0.99]]);
    // Without a merge threshold the fourth row joins, and the whole cluster drops to review.
    expect(clusterPairs(edges, p, options).map((c) => c.members)).toEqual([[0, 1, 2, 3]]);
  });

  test('does not chain A≈B and B≈C when A and C conflict, though their pair alone stays in review', () => {
    // A and C: one name at one company with other phones and emails, capped at review (0.5).
    const p = probabilities({ '0-1': 0.99, '1-2': 0.98, '0-2': 0.5 });
    const conflicting = (i: number, j: number) => Math.min(i, j) === 0 && Math.max(i, j) === 2;
    const chained = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [1, 2, 0.98],
        [0, 2, 0.5],
      ]),
      p,
      options,
    );
    expect(chained.map((c) => c.members)).toEqual([[0, 1, 2]]);
    const kept = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [1, 2, 0.98],
        [0, 2, 0.5],
      ]),
      p,
      { ...options, conflicting },
    );
    expect(kept.map((c) => c.members)).toEqual([[0, 1]]);
    const alone = clusterPairs(edgesOf([[0, 2, 0.5]]), p, { ...options, conflicting });
    expect(alone.map((c) => c.members)).toEqual([[0, 2]]);
  });

  test('picks as core the row closest to the others', () => {
    const p = probabilities({ '0-1': 0.9, '0-2': 0.9, '1-2': 0.5 });
    expect(coreOf([0, 1, 2], p)).toEqual({ core: 0, confidence: 0.9 });
  });
});
