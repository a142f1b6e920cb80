/**
 * Candidate pairs from key sets, never all pairs. A block of equal keys gives all its pairs
 * while it is small; an oversized block (5,000 张伟) is ordered by a second signature and read
 * through a window, as are sorted keys. Each record meets at most a fixed number of others per
 * key set, so the candidate count grows linearly with rows.
 */
import type { KeySet } from './keys';

export interface BlockingOptions {
  /** Largest block compared all-pairs. */
  maxBlock: number;
  /** Neighbours on each side inside an oversized block. */
  blockWindow: number;
  /** Neighbours on each side in sorted-key order. */
  sortedWindow: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlock: 12, blockWindow: 4, sortedWindow: 2 };

interface BlockIndex {
  /** Record at each position. */
  order: Int32Array;
  /** Per position, its block's first and one-past-last position. */
  start: Int32Array;
  end: Int32Array;
  /** Positions of each record: positions[posStart[r] .. posStart[r+1]). */
  posStart: Int32Array;
  positions: Int32Array;
  window: number;
}

function buildIndex(set: KeySet, n: number, ranks: Int32Array, options: BlockingOptions): BlockIndex {
  const E = set.recs.length;
  const keyCount = set.text.length;
  // Order keys: by text for sorted keys, any order for blocks.
  let keyRank: Int32Array;
  if (set.sorted) {
    const byText = Array.from({ length: keyCount }, (_, k) => k).sort((a, b) => (set.text[a]! < set.text[b]! ? -1 : set.text[a]! > set.text[b]! ? 1 : 0));
    keyRank = new Int32Array(keyCount);
    byText.forEach((k, rank) => (keyRank[k] = rank));
  } else keyRank = Int32Array.from({ length: keyCount }, (_, k) => k);
  // Counting sort of entries by key rank.
  const counts = new Int32Array(keyCount + 1);
  for (let e = 0; e < E; e++) counts[keyRank[set.keys[e]!]! + 1]!++;
  for (let k = 0; k < keyCount; k++) counts[k + 1]! += counts[k]!;
  const order = new Int32Array(E);
  const fill = counts.slice(0, keyCount);
  for (let e = 0; e < E; e++) order[fill[keyRank[set.keys[e]!]!]!++] = set.recs[e]!;
  const start = new Int32Array(E);
  const end = new Int32Array(E);
  for (let k = 0; k < keyCount; k++) {
    const s = counts[k]!;
    const t = counts[k + 1]!;
    if (t - s > 1) {
      const segment = order.subarray(s, t);
      segment.sort((a, b) => ranks[a]! - ranks[b]!);
    }
    for (let p = s; p < t; p++) {
      start[p] = set.sorted ? 0 : s;
      end[p] = set.sorted ? E : t;
    }
  }
  // Positions of each record.
  const posStart = new Int32Array(n + 1);
  for (let p = 0; p < E; p++) posStart[order[p]! + 1]!++;
  for (let r = 0; r < n; r++) posStart[r + 1]! += posStart[r]!;
  const positions = new Int32Array(E);
  const next = posStart.slice(0, n);
  for (let p = 0; p < E; p++) positions[next[order[p]!]!++] = p;
  return { order, start, end, posStart, positions, window: set.sorted ? options.sortedWindow : options.blockWindow };
}

export class CandidateIndex {
  private readonly indexes: BlockIndex[];
  private readonly stamp: Int32Array;

  constructor(sets: KeySet[], readonly n: number, ranks: Int32Array, private readonly options: BlockingOptions = DEFAULT_BLOCKING) {
    this.indexes = sets.map((s) => buildIndex(s, n, ranks, options));
    this.stamp = new Int32Array(n).fill(-1);
  }

  /** Calls `visit(j)` once for every candidate partner j > i of record i. */
  forEachPartner(i: number, visit: (j: number) => void): void {
    const stamp = this.stamp;
    stamp[i] = i;
    for (const ix of this.indexes) {
      for (let q = ix.posStart[i]!; q < ix.posStart[i + 1]!; q++) {
        const p = ix.positions[q]!;
        let lo = ix.start[p]!;
        let hi = ix.end[p]!;
        if (hi - lo > this.options.maxBlock) {
          lo = Math.max(lo, p - ix.window);
          hi = Math.min(hi, p + ix.window + 1);
        }
        for (let t = lo; t < hi; t++) {
          const j = ix.order[t]!;
          if (j > i && stamp[j] !== i) {
            stamp[j] = i;
            visit(j);
          }
        }
      }
    }
  }
}
