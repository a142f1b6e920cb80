/**
 * The pair score: Fellegi-Sunter log2 Bayes factors per field (m from EM over the candidates,
 * u from random pairs), exact agreements adjusted for how common the value is (Splink's term
 * frequency adjustment; 张伟 counts for less than 张晓梅), plus the prior odds that two random
 * rows are the same customer. Two rows whose names clearly differ are not the same customer
 * unless something personal agrees (ID number, birth date, email, a mobile only they share):
 * colleagues share a company and a landline, and those fields are not independent evidence.
 * Other details that say two people are in two-people.ts.
 */
import type { MatchField } from '../records';
import { IDENTIFYING_ROLES } from '../field-roles';
import { TwoPeople } from './two-people';
import { OWN_ROWS } from './own-rows';
import { fieldsOfRoles } from './fields-of-roles';
import { NAME_ROLES, PairHolds } from './pair-holds';
import { MarriedNames } from './married-names';

export interface FieldModel {
  field: MatchField;
  m: Float64Array;
  u: Float64Array;
  /** log2(m/u) per level. */
  bits: Float64Array;
  /** log2(m/u_v) of the exact level per value id (term frequency), when the comparator asks for it. */
  exactBits: Float32Array | null;
  /** Share of unrelated people who share the value, per value id (common names). */
  valueU: Float32Array | null;
  perValue: boolean[];
}

/** Log-odds (bits) at which a pair whose names clearly differ is capped: p < 0.001. */
export const NAME_VETO_BITS = -10;
/** Log-odds at which a pair with conflicting personal details is capped: p = 0.5, the bottom of review. */
export const CONFLICT_BITS = 0;
/** The most a pair held for review may score: p = 0.7, well below the merge threshold. */
export const HELD_MAX_BITS = Math.log2(0.7 / 0.3);
/** Evidence (bits) at which a held pair scores half way from the bottom of review to `HELD_MAX_BITS`. */
const HELD_HALF_BITS = 24;

/**
 * The score of a pair a rule holds for review: its evidence squeezed into the review band (0.5 to
 * 0.7), so that held pairs still rank by how much agrees, and none reaches a merge threshold.
 */
export function heldBits(bits: number): number {
  return bits <= CONFLICT_BITS ? bits : (HELD_MAX_BITS * bits) / (bits + HELD_HALF_BITS);
}

/** A rule that holds a pair for review (`MatchModel.holdOf`), named as its reason's level. */
export interface Hold {
  rule: 'one-line-two-mailboxes' | 'numbers-in-a-run' | 'namesakes-at-one-company' | 'name-only' | 'held-apart';
  fields: number[];
}

export class MatchModel {
  readonly nameFields: number[];
  /** Given-name and family-name columns (First Name, Last Name): one name part clearly different says two people. */
  private readonly partFields: number[];
  /** No person name: the rows are organisations (sites, shops), named by their company column. */
  readonly organisations: boolean;
  readonly personalFields: number[];
  /** Fields whose agreement says who a row is (field-roles.ts). */
  readonly identityFields: number[];
  /** The most a field can add, in bits (for pruning pairs that cannot reach a threshold). */
  readonly maxBits: Float64Array;
  /** The rules that say two people (or two legal entities). */
  readonly apart: TwoPeople;
  /** More rules that hold a pair for review, or say two people of one name (pair-holds.ts). */
  private readonly holds: PairHolds;
  /** One given name and another family name (married-names.ts). */
  readonly married: MarriedNames;

  constructor(
    readonly fields: FieldModel[],
    readonly priorBits: number,
    /** Pairs must agree on a field that says who a row is; off when the user chose the columns to match on. */
    private readonly requireIdentity = false,
  ) {
    this.apart = new TwoPeople(fields);
    this.organisations = this.apart.organisations;
    this.personalFields = this.apart.personalFields;
    // A list of organisations (sites, shops) is named by its company column.
    // A starred-out name (周*) says nothing when it agrees, but another visible surname is another person.
    this.nameFields = this.organisations
      ? fieldsOfRoles(fields, ['company'])
      : fieldsOfRoles(fields, ['name', 'given', 'family', 'maskedName']);
    this.partFields = this.organisations ? [] : fieldsOfRoles(fields, ['given', 'family']);
    this.identityFields = fieldsOfRoles(fields, [...IDENTIFYING_ROLES]);
    this.holds = new PairHolds(fields, this.apart, this.identityFields);
    this.married = new MarriedNames(fields, this.apart);
    this.maxBits = Float64Array.from(fields, (fm) => {
      let max = 0;
      fm.bits.forEach(
        (b, level) => (max = Math.max(max, fm.perValue[level] ? Math.log2(fm.m[level]! / fm.u[level]!) : b)),
      );
      // Indexed: a for-of over a typed array in code run once made an object per element.
      const exact = fm.exactBits;
      if (exact) for (let id = 0; id < exact.length; id++) max = Math.max(max, exact[id]!);
      return max;
    });
  }

  /** One field's contribution in bits for code `c` (> 0) of pair (i, j). */
  fieldBits(f: number, c: number, i: number, j: number): number {
    const fm = this.fields[f]!;
    const level = c - 1;
    if (level === 0 && fm.exactBits) return fm.exactBits[fm.field.ids[i]!]!;
    if (fm.perValue[level] && fm.valueU) {
      const vu = Math.max(fm.u[level]!, fm.valueU[fm.field.ids[i]!]!, fm.valueU[fm.field.ids[j]!]!);
      return Math.log2(fm.m[level]! / vu);
    }
    return fm.bits[level]!;
  }

  /** Pair score in bits (log2 odds) from the pair's codes. */
  bits(codes: ArrayLike<number>, offset: number, i: number, j: number): number {
    let total = this.priorBits;
    for (let f = 0; f < this.fields.length; f++) {
      const c = codes[offset + f]!;
      if (c !== 0) total += this.fieldBits(f, c, i, j);
    }
    return this.capped(total, codes, offset, i, j);
  }

  /**
   * `bits` of pair (i, j) capped for a pair whose names clearly differ, or one that can at most be
   * reviewed (own mobiles clearly differ, say). A pair already at or below review is left as it is, so that the mobiles'
   * digits are read only for the few pairs that would be reported. Two companies whose names and
   * legal IDs differ are capped like names that differ, also from within review.
   */
  capped(
    bits: number,
    codes: ArrayLike<number>,
    offset: number,
    i: number,
    j: number,
    vetoed = this.vetoed(codes, offset, i, j),
  ) {
    if (vetoed || !this.identityAgrees(codes, offset)) return Math.min(bits, NAME_VETO_BITS);
    if (bits <= NAME_VETO_BITS) return bits;
    if (this.apart.otherEntities(codes, offset, i, j)) return NAME_VETO_BITS;
    if (this.holds.nameAmidDifferences(codes, offset, i)) return NAME_VETO_BITS;
    if (bits <= CONFLICT_BITS) return bits;
    return this.held(codes, offset, i, j) ? heldBits(bits) : bits;
  }

  /**
   * A rule holds the pair for review whatever its score: such a pair is never merged unasked, at any
   * threshold. Names that clearly differ on one phone (张伟 and 李娜 on one mobile, John Smith and
   * Mary Jones) are a name replaced or two people of a household; with nothing the person alone keeps
   * agreeing (an ID number, an e-mail, an account, a birth date) they are reviewed. So are the
   * details in two-people.ts, a married name on one shared detail, one phone under two mailboxes, and
   * numbers in a run under one name, at one company or none.
   */
  held(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return (
      this.renamedOnly(codes, offset, i) ||
      this.householdOnly(codes, offset) ||
      this.married.onOneDetail(codes, offset, i, j) ||
      this.apart.reviewOnly(codes, offset, i, j) ||
      this.apart.nameAlone(codes, offset) ||
      this.holds.lineOfTwoMailboxes(codes, offset, i) ||
      this.holds.numbersInARun(codes, offset, i, j) !== null
    );
  }

  /**
   * Why `held` holds the pair, for its reasons: the rule, and the fields it read (the mailboxes that
   * differ, the phones in a run, the names alone, or the details that differ). Null when no rule does.
   */
  holdOf(codes: ArrayLike<number>, offset: number, i: number, j: number): Hold | null {
    if (!this.held(codes, offset, i, j)) return null;
    const where = (keep: (f: number, c: number) => boolean) =>
      this.identityFields.filter((f) => codes[offset + f] !== 0 && keep(f, codes[offset + f]!));
    const differs = (f: number, c: number) => c === this.apart.different[f] || c === this.apart.conflictCodeOf(f);
    const role = (f: number) => this.fields[f]!.field.role;
    if (this.holds.lineOfTwoMailboxes(codes, offset, i))
      return { rule: 'one-line-two-mailboxes', fields: where((f, c) => role(f) === 'email' && differs(f, c)) };
    const run = this.holds.numbersInARun(codes, offset, i, j);
    if (run)
      return {
        rule: run === 'company' ? 'namesakes-at-one-company' : 'numbers-in-a-run',
        fields: where((f, c) => role(f) === 'phone' && c === 2),
      };
    if (this.apart.nameAlone(codes, offset))
      return { rule: 'name-only', fields: where((f, c) => NAME_ROLES.has(role(f)) && !differs(f, c)) };
    return { rule: 'held-apart', fields: where(differs) };
  }

  /**
   * Some field that says who a row is agrees, if only in part (a name a typo apart): activity dates,
   * places and notes alone do not make two rows one customer. A match on columns the user chose is
   * judged on those columns.
   */
  identityAgrees(codes: ArrayLike<number>, offset: number): boolean {
    if (!this.requireIdentity) return true;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c !== this.apart.different[f] && c !== this.apart.conflictCodeOf(f)) return true;
    }
    return false;
  }

  /** Two rows that are never one customer, or only on review: a cluster never joins them through a third row. */
  twoParties(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return (
      this.vetoed(codes, offset, i, j) ||
      this.apart.reviewOnly(codes, offset, i, j) ||
      this.holds.nameAmidDifferences(codes, offset, i) ||
      this.holds.lineOfTwoMailboxes(codes, offset, i)
    );
  }

  /** Names clearly differ and nothing the person alone keeps agrees, a birth date included: at most a renamed row, reviewed. */
  private renamedOnly(codes: ArrayLike<number>, offset: number, i: number): boolean {
    return (
      this.nameFields.length > 0 &&
      this.namesDiffer(codes, offset) &&
      !this.apart.ownAgrees(codes, offset) &&
      !this.apart.bornAlike(codes, offset, i)
    );
  }

  /**
   * A name part that clearly differs while the other agrees: one family name with given names apart
   * (Liam and Noah O'Brien on one phone at one address, a parent and child), or one given name with
   * family names apart (Sam Okafor and Samantha Reyes on one company's switchboard, two colleagues).
   * Unless something the person alone keeps agrees (an ID number, an e-mail, an account, a birth
   * date), reviewed, never merged unasked.
   */
  private householdOnly(codes: ArrayLike<number>, offset: number): boolean {
    let differ = false;
    for (const f of this.partFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c === this.apart.different[f]) differ = true;
    }
    return differ && !this.apart.ownAgrees(codes, offset) && !this.apart.bornAtAllAlike(codes, offset);
  }

  /**
   * Names clearly differ, no ID number, e-mail or account agrees, no company's legal ID on a list of
   * companies, it is no renamed row, no two relatives of one surname, and no married name on a line
   * of its own, which are reviewed instead (two-people.ts, married-names.ts).
   */
  vetoed(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return (
      this.nameFields.length > 0 &&
      this.namesDiffer(codes, offset) &&
      !this.apart.ownAgrees(codes, offset) &&
      !this.apart.entityAgrees(codes, offset) &&
      !this.apart.renamed(codes, offset, i, j) &&
      !this.apart.oneSurnameRelatives(codes, offset, i, j) &&
      !this.married.onOwnLine(codes, offset, i, j)
    );
  }

  /** Every name part both rows have is 'different'. */
  namesDiffer(codes: ArrayLike<number>, offset: number): boolean {
    let compared = 0;
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c !== this.apart.different[f]) return false;
      compared++;
    }
    return compared > 0;
  }
}

export function probability(bits: number): number {
  return 1 / (1 + Math.pow(2, -bits));
}

/** Weight of the prior in a term frequency, in rows. */
const TF_PRIOR_ROWS = 50;

/** u of a level never goes below this: a sheet of N values cannot show rarer coincidences. */
export function uFloor(field: MatchField, level: number): number {
  return 0.1 * Math.min(field.comparator.levels[level]!.u, 1 / Math.max(1, field.nonNull));
}

/** `own`: per value, the rows that are one customer's own (own-rows.ts); a duplicate and its copy by default. */
export function buildFieldModel(
  field: MatchField,
  m: Float64Array,
  uIn: Float64Array,
  own: Int32Array | null = null,
): FieldModel {
  const levels = field.comparator.levels;
  const u = Float64Array.from(uIn, (x, l) => Math.max(x, uFloor(field, l)));
  // Starred-out names (周*, 周*) only ever tell two people apart (two-people.ts): no evidence either way.
  const silent = field.role === 'maskedName';
  const bits = Float64Array.from(m, (x, l) => (silent ? 0 : Math.log2(x / u[l]!)));
  const perValue = levels.map((l) => Boolean(l.perValue));
  let valueU: Float32Array | null = null;
  if (field.comparator.valueU) {
    const fn = field.comparator.valueU.bind(field.comparator);
    valueU = Float32Array.from(field.values, (v) => fn(v));
  }
  let exactBits: Float32Array | null = null;
  if (field.comparator.termFrequency) {
    // Splink's term frequency adjustment: u of an exact agreement on v is how often another
    // customer holds v, or how common v is known to be (common names), whichever is larger. A
    // customer's own rows (a duplicate and a copy) are not counted, so a number on 14 rows (an
    // organisation's main line) is weak evidence and one on 2 rows strong; the share is shrunk
    // towards the prior a little so that a small sheet keeps sensible weights.
    const n = field.nonNull;
    const prior = field.comparator.levels[0]!.u;
    const floor = uFloor(field, 0);
    exactBits = new Float32Array(field.keys.length);
    for (let id = 0; id < exactBits.length; id++) {
      const others = Math.max(0, field.counts[id]! - (own ? own[id]! : OWN_ROWS));
      const share = (others + TF_PRIOR_ROWS * prior) / (n + TF_PRIOR_ROWS);
      const uv = Math.max(share, valueU ? valueU[id]! : 0, floor);
      exactBits[id] = Math.log2(m[0]! / uv);
    }
  }
  return { field, m, u, bits, exactBits, valueU, perValue };
}
