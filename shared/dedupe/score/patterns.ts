/**
 * Comparison vectors of the candidate pairs: each pair's field codes packed into one pattern
 * number (mixed radix), and the table of distinct patterns with their pair counts. Estimation
 * runs over patterns, not pairs: a million pairs share a few thousand patterns.
 */
import type { FieldCoder } from '../compare/rows';

export interface PatternTable {
  fieldCount: number;
  /** Codes of pattern p: codes[p * fieldCount + f]. */
  codes: Uint8Array;
  counts: Float64Array;
  size: number;
}

export class PatternBuilder {
  private readonly index = new Map<number, number>();
  private codes: number[] = [];
  private counts: number[] = [];
  private readonly radix: number[];
  private readonly scratch: Uint8Array;

  constructor(
    private readonly coders: FieldCoder[],
    levelCounts: number[],
  ) {
    this.radix = levelCounts.map((k) => k + 1);
    this.scratch = new Uint8Array(coders.length);
  }

  /** The pattern index of pair (i, j), adding the pattern when new. Does not count the pair. */
  patternOf(i: number, j: number): number {
    let key = 0;
    let mult = 1;
    const coders = this.coders;
    for (let f = 0; f < coders.length; f++) {
      const c = coders[f]!(i, j);
      this.scratch[f] = c;
      key += c * mult;
      mult *= this.radix[f]!;
    }
    let p = this.index.get(key);
    if (p === undefined) {
      p = this.counts.length;
      this.index.set(key, p);
      for (let f = 0; f < coders.length; f++) this.codes.push(this.scratch[f]!);
      this.counts.push(0);
    }
    return p;
  }

  /** Counts pair (i, j) under its pattern without keeping the pair. */
  countPair(i: number, j: number): void {
    this.counts[this.patternOf(i, j)]!++;
  }

  /** Counts one more pair under pattern p (from `patternOf`). */
  count(p: number): void {
    this.counts[p]!++;
  }

  table(): PatternTable {
    return {
      fieldCount: this.coders.length,
      codes: Uint8Array.from(this.codes),
      counts: Float64Array.from(this.counts),
      size: this.counts.length,
    };
  }

  /** All patterns' codes so far: pattern p's codes start at p * fieldCount. */
  codeArray(): ArrayLike<number> {
    return this.codes;
  }

  /** Codes of a pattern, by field. */
  codesOf(p: number): number[] {
    const F = this.coders.length;
    return this.codes.slice(p * F, p * F + F);
  }
}

/** Largest product of radices that still packs exactly into a double. */
export const MAX_PATTERN_SPACE = 2 ** 52;
