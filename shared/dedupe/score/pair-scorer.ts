/**
 * Scores candidate pairs one at a time against a fitted model, comparing name and personal
 * fields first: a pair whose names differ with nothing personal agreeing is dropped without
 * comparing the rest, as is a pair that could not reach the review threshold even if every
 * remaining field agreed. Most candidate pairs of a large sheet end here cheaply.
 */
import type { FieldCoder } from '../compare/rows';
import type { MatchModel } from './model';
import { NAME_VETO_BITS } from './model';

export class PairScorer {
  private readonly codes: Uint8Array;
  private readonly first: number[];
  private readonly rest: number[];
  /** restMax[k] = most the fields rest[k..] can add. */
  private readonly restMax: Float64Array;

  constructor(
    private readonly model: MatchModel,
    private readonly coders: FieldCoder[],
    private readonly minBits: number,
  ) {
    const F = coders.length;
    this.codes = new Uint8Array(F);
    // What the name veto reads (names, personal details, accounts) is coded first.
    const early = new Set([
      ...model.nameFields,
      ...model.personalFields,
      ...model.apart.accountFields,
      ...model.apart.legalIdFields,
    ]);
    this.first = [...early].sort((a, b) => a - b);
    this.rest = Array.from({ length: F }, (_, f) => f).filter((f) => !early.has(f));
    this.restMax = new Float64Array(this.rest.length + 1);
    for (let k = this.rest.length - 1; k >= 0; k--)
      this.restMax[k] = this.restMax[k + 1]! + model.maxBits[this.rest[k]!]!;
  }

  /** The pair's score in bits, or null when it cannot reach `minBits`. */
  score(i: number, j: number): number | null {
    const { codes, coders, model } = this;
    let bits = model.priorBits;
    for (const f of this.first) {
      const c = coders[f]!(i, j);
      codes[f] = c;
      if (c !== 0) bits += model.fieldBits(f, c, i, j);
    }
    const vetoed = model.vetoed(codes, 0, i, j);
    if (vetoed && NAME_VETO_BITS < this.minBits) return null;
    if (bits + this.restMax[0]! < this.minBits) return null;
    const rest = this.rest;
    for (let k = 0; k < rest.length; k++) {
      const f = rest[k]!;
      const c = coders[f]!(i, j);
      codes[f] = c;
      if (c !== 0) bits += model.fieldBits(f, c, i, j);
      if (bits + this.restMax[k + 1]! < this.minBits) return null;
    }
    bits = model.capped(bits, codes, 0, i, j, vetoed);
    return bits >= this.minBits ? bits : null;
  }

  /**
   * `score` of a pair whose codes are already known (field f's at `known[offset + f]`), summed in its
   * order. A copy of `score` rather than `score` with a source of codes passed in: a call per field
   * in the scorer's hottest loop costs more than the copy.
   */
  scoreCodes(known: ArrayLike<number>, offset: number, i: number, j: number): number | null {
    const { codes, model } = this;
    let bits = model.priorBits;
    for (const f of this.first) {
      const c = known[offset + f]!;
      codes[f] = c;
      if (c !== 0) bits += model.fieldBits(f, c, i, j);
    }
    const vetoed = model.vetoed(codes, 0, i, j);
    if (vetoed && NAME_VETO_BITS < this.minBits) return null;
    if (bits + this.restMax[0]! < this.minBits) return null;
    const rest = this.rest;
    for (let k = 0; k < rest.length; k++) {
      const f = rest[k]!;
      const c = known[offset + f]!;
      codes[f] = c;
      if (c !== 0) bits += model.fieldBits(f, c, i, j);
      if (bits + this.restMax[k + 1]! < this.minBits) return null;
    }
    bits = model.capped(bits, codes, 0, i, j, vetoed);
    return bits >= this.minBits ? bits : null;
  }
}
