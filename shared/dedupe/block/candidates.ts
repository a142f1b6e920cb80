/**
 * Candidate pairs from key sets, never all pairs. A block of equal keys gives all its pairs
 * while it is small; an oversized block (5,000 张伟) is ordered by a secondary key and read
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
  /**
   * The positions of each record, for r's k-th at slot q = posStart[r] + k: the position at 3q,
   * its block's first and one-past-last position at 3q + 1 and 3q + 2. A record's slots lie side
   * by side, so a visit reads them in one go instead of jumping to each position's bounds.
   */
  posStart: Int32Array;
  slots: Int32Array;
  /** Blocks of equal keys are in record order (unless oversized); sorted keys are one window. */
  sorted: boolean;
  window: number;
}

/**
 * The records of a sorted key set ordered by key, then secondary key, then record. Sorting entries
 * with a comparator called back two million times was most of this; instead each key is replaced by
 * its rank among the distinct keys, packed with the record into one number and sorted natively, and
 * only runs of one key (a number typed on several rows) are ordered by the secondary key after.
 */
function byKeyThenSecondary(set: KeySet, n: number, secondary: Float64Array): Int32Array {
  const E = set.length;
  const { keys, recs } = set;
  const distinct = Float64Array.from(keys).sort();
  let U = 0;
  for (let e = 0; e < E; e++) if (e === 0 || distinct[e] !== distinct[U - 1]) distinct[U++] = distinct[e]!;
  const shift = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** shift;
  const packed = new Float64Array(E);
  for (let e = 0; e < E; e++) {
    const key = keys[e]!;
    let lo = 0;
    let hi = U - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    packed[e] = lo * scale + recs[e]!;
  }
  packed.sort();
  const order = new Int32Array(E);
  let s = 0;
  for (let p = 0; p <= E; p++) {
    if (p < E) order[p] = packed[p]! % scale;
    if (p === E || Math.floor(packed[p]! / scale) !== Math.floor(packed[s]! / scale)) {
      if (p - s > 1) order.subarray(s, p).sort((x, y) => secondary[x]! - secondary[y]! || x - y);
      s = p;
    }
  }
  return order;
}

/** Bits of a key sorted per pass of `byKeyThenRecord`: two passes over a 30-bit hash. */
const KEY_DIGIT_BITS = 15;
/** Bits of a record sorted per pass, when the entries are not in record order already. */
const RECORD_DIGIT_BITS = 11;

/**
 * One stable counting-sort pass of entries (key, record) by `bits` bits from `shift` of the key
 * (`ofKey`) or of the record, from `inKeys`/`inRecs` into `outKeys`/`outRecs`.
 */
function countingPass(
  inKeys: Uint32Array,
  inRecs: Int32Array,
  outKeys: Uint32Array,
  outRecs: Int32Array,
  ofKey: boolean,
  shift: number,
  bits: number,
): void {
  const E = inKeys.length;
  const mask = (1 << bits) - 1;
  const counts = new Int32Array(1 << bits);
  for (let e = 0; e < E; e++) counts[((ofKey ? inKeys[e]! : inRecs[e]!) >>> shift) & mask]!++;
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
  for (let e = 0; e < E; e++) {
    const at = counts[((ofKey ? inKeys[e]! : inRecs[e]!) >>> shift) & mask]!++;
    outKeys[at] = inKeys[e]!;
    outRecs[at] = inRecs[e]!;
  }
}

/**
 * Entries sorted by key, then record: a least-significant-digit radix sort over the record's bits
 * (unless the entries come in record order, as those of one column do) and then the key's. Faster
 * than packing both into one double and sorting natively, which this replaced.
 */
function byKeyThenRecord(keys: Uint32Array, recs: Int32Array, n: number): { keys: Uint32Array; recs: Int32Array } {
  const E = keys.length;
  let aKeys = keys;
  let aRecs = recs;
  let bKeys: Uint32Array = new Uint32Array(E);
  let bRecs: Int32Array = new Int32Array(E);
  const pass = (ofKey: boolean, shift: number, bits: number) => {
    countingPass(aKeys, aRecs, bKeys, bRecs, ofKey, shift, bits);
    [aKeys, bKeys] = [bKeys, aKeys];
    [aRecs, bRecs] = [bRecs, aRecs];
  };
  let inRecordOrder = true;
  for (let e = 1; e < E && inRecordOrder; e++) inRecordOrder = recs[e - 1]! <= recs[e]!;
  if (!inRecordOrder) {
    const recordBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
    for (let shift = 0; shift < recordBits; shift += RECORD_DIGIT_BITS) pass(false, shift, RECORD_DIGIT_BITS);
  }
  for (let shift = 0; shift < 30; shift += KEY_DIGIT_BITS) pass(true, shift, KEY_DIGIT_BITS);
  return { keys: aKeys, recs: aRecs };
}

/** Blocks of equal keys (30-bit hashes), each in record order unless oversized. */
function blocksOf(
  set: KeySet,
  secondary: Float64Array,
  n: number,
  maxBlock: number,
): { order: Int32Array; bounds: Int32Array } {
  const E = set.length;
  const keys = new Uint32Array(E);
  for (let e = 0; e < E; e++) keys[e] = set.keys[e]!;
  const sorted = byKeyThenRecord(keys, set.recs.slice(0, E), n);
  const order = sorted.recs;
  const bounds = new Int32Array(2 * E);
  let s = 0;
  for (let p = 0; p <= E; p++) {
    if (p === E || (p > s && sorted.keys[p] !== sorted.keys[s])) {
      if (p - s > maxBlock) order.subarray(s, p).sort((x, y) => secondary[x]! - secondary[y]! || x - y);
      for (let q = s; q < p; q++) {
        bounds[2 * q] = s;
        bounds[2 * q + 1] = p;
      }
      s = p;
    }
  }
  return { order, bounds };
}

function buildIndex(set: KeySet, n: number, secondary: Float64Array, options: BlockingOptions): BlockIndex {
  const E = set.length;
  let order: Int32Array;
  let bounds: Int32Array;
  if (set.sorted) {
    order = byKeyThenSecondary(set, n, secondary);
    bounds = new Int32Array(2 * E);
    for (let p = 0; p < E; p++) bounds[2 * p + 1] = E;
  } else ({ order, bounds } = blocksOf(set, secondary, n, options.maxBlock));
  // Positions of each record, with their blocks' bounds.
  const posStart = new Int32Array(n + 1);
  for (let p = 0; p < E; p++) posStart[order[p]! + 1]!++;
  for (let r = 0; r < n; r++) posStart[r + 1]! += posStart[r]!;
  const slots = new Int32Array(3 * E);
  const next = posStart.slice(0, n);
  for (let p = 0; p < E; p++) {
    const q = next[order[p]!]!++;
    slots[3 * q] = p;
    slots[3 * q + 1] = bounds[2 * p]!;
    slots[3 * q + 2] = bounds[2 * p + 1]!;
  }
  return {
    order,
    posStart,
    slots,
    sorted: set.sorted,
    window: set.sorted ? options.sortedWindow : options.blockWindow,
  };
}

export class CandidateIndex {
  private readonly indexes: BlockIndex[];
  /** Per record, the visit that last met it: a partner met twice in one visit is called once. */
  private readonly stamp: Int32Array;
  private visits = 0;

  constructor(
    sets: KeySet[],
    readonly n: number,
    secondary: Float64Array,
    private readonly options: BlockingOptions = DEFAULT_BLOCKING,
  ) {
    this.indexes = sets.map((s) => buildIndex(s, n, secondary, options));
    this.stamp = new Int32Array(n);
  }

  /** Calls `visit(j)` once for every candidate partner j > i of record i. */
  forEachPartner(i: number, visit: (j: number) => void): void {
    const stamp = this.stamp;
    // A number of its own per visit, not i: the sampling pass before scoring visits some records
    // first, and a mark left by that visit would drop a partner from the record's second visit.
    const mark = ++this.visits;
    stamp[i] = mark;
    for (const ix of this.indexes) {
      const { order, slots } = ix;
      for (let q = ix.posStart[i]!; q < ix.posStart[i + 1]!; q++) {
        const p = slots[3 * q]!;
        let lo = slots[3 * q + 1]!;
        let hi = slots[3 * q + 2]!;
        if (hi - lo > this.options.maxBlock) {
          lo = Math.max(lo, p - ix.window);
          hi = Math.min(hi, p + ix.window + 1);
        } else if (!ix.sorted) {
          // A small block of equal keys is in record order: the partners after i follow its position.
          lo = p + 1;
        }
        for (let t = lo; t < hi; t++) {
          const j = order[t]!;
          if (j > i && stamp[j] !== mark) {
            stamp[j] = mark;
            visit(j);
          }
        }
      }
    }
  }
}
