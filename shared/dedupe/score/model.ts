/**
 * The pair score: Fellegi-Sunter log2 Bayes factors per field (m from EM over the candidates,
 * u from random pairs), exact agreements adjusted for how common the value is (Splink's term
 * frequency adjustment; 张伟 counts for less than 张晓梅), plus the prior odds that two random
 * rows are the same customer. Two rows whose names clearly differ are not the same customer
 * unless something personal agrees (ID number, birth date, email, a mobile only they share):
 * colleagues share a company and a landline, and those fields are not independent evidence.
 */
import { differentLevel } from '../compare/comparator';
import type { PreparedPhone } from '../compare/phone';
import type { MatchField } from '../records';

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

export class MatchModel {
  readonly nameFields: number[];
  /** No person name: the rows are organisations (sites, shops), named by their company column. */
  readonly organisations: boolean;
  readonly personalFields: number[];
  /** The most a field can add, in bits (for pruning pairs that cannot reach a threshold). */
  readonly maxBits: Float64Array;
  private readonly different: number[];
  /** The family-name part of a split name, or -1. */
  private readonly familyField: number;
  private readonly phoneFields: number[];
  private readonly ownFields: number[];
  private readonly addressFields: number[];

  /** Fields whose disagreement is a conflict: phones and emails of people, the address of a site. */
  private readonly conflictFields: number[];
  /** Per field, the code that counts as a conflict (its 'different' level, or the comparator's conflict level). */
  private readonly conflictCode: number[];
  /** How many of them must differ. */
  private readonly conflictCount: number;

  constructor(
    readonly fields: FieldModel[],
    readonly priorBits: number,
  ) {
    const withRole = (roles: string[]) => fields.flatMap((f, index) => (roles.includes(f.field.role) ? [index] : []));
    // A list of organisations (sites, shops) is named by its company column.
    const people = withRole(['name', 'given', 'family']);
    this.organisations = people.length === 0;
    this.nameFields = people.length > 0 ? people : withRole(['company']);
    this.personalFields = withRole(['idNumber', 'birthDate', 'email', 'phone']);
    this.conflictFields = this.organisations ? withRole(['address']) : withRole(['email', 'phone']);
    this.conflictCount = this.organisations ? 1 : 2;
    this.conflictCode = fields.map((f) => {
      const marked = f.field.comparator.levels.findIndex((l) => l.conflict);
      return (marked >= 0 ? marked : differentLevel(f.field.comparator)) + 1;
    });
    this.different = fields.map((f) => differentLevel(f.field.comparator) + 1);
    this.familyField = fields.findIndex((f) => f.field.role === 'family');
    this.phoneFields = withRole(['phone']);
    this.ownFields = withRole(['email', 'idNumber']);
    this.addressFields = withRole(['address']);
    this.maxBits = Float64Array.from(fields, (fm) => {
      let max = 0;
      fm.bits.forEach(
        (b, level) => (max = Math.max(max, fm.perValue[level] ? Math.log2(fm.m[level]! / fm.u[level]!) : b)),
      );
      if (fm.exactBits) for (const b of fm.exactBits) max = Math.max(max, b);
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
    return this.capped(total, codes, offset, i);
  }

  /** `bits` capped for a pair whose names clearly differ, or one that can at most be reviewed. */
  capped(bits: number, codes: ArrayLike<number>, offset: number, i: number, vetoed = this.vetoed(codes, offset, i)) {
    if (vetoed) return Math.min(bits, NAME_VETO_BITS);
    return this.reviewOnly(codes, offset, i) ? Math.min(bits, CONFLICT_BITS) : bits;
  }

  /** Details that say two people, unless the user says otherwise: the pair is reviewed, never merged. */
  reviewOnly(codes: ArrayLike<number>, offset: number, i: number): boolean {
    return (
      this.conflicted(codes, offset, i) ||
      this.surnamesDiffer(codes, offset, i) ||
      this.neighbourNumbersApart(codes, offset, i)
    );
  }

  /**
   * Two people's phones and emails (two of them) clearly differ, or two sites stand at another
   * house number on the same street, and nothing personal agrees: two people of
   * one name at one company, or two sites of one organisation under one name. A shared name and
   * company do not outweigh that; the pair can at most be reviewed. A birth date or an address that
   * differs alone is not a conflict for people: typos and moves make those.
   */
  conflicted(codes: ArrayLike<number>, offset: number, i: number): boolean {
    let differ = 0;
    for (const f of this.conflictFields) if (codes[offset + f] === this.conflictCode[f]) differ++;
    return differ >= this.conflictCount && !this.personalAgrees(codes, offset, i);
  }

  /**
   * Two people of one first name whose surnames clearly differ (Steve Wozniak, Steve Jobs at one
   * company), and nothing personal agrees: colleagues or family, not one customer, unless the
   * user says so (a married name is reviewed, not merged).
   */
  surnamesDiffer(codes: ArrayLike<number>, offset: number, i: number): boolean {
    const f = this.familyField;
    if (f < 0 || codes[offset + f] !== this.different[f]) return false;
    // A surname alone changes (marriage, a typo past recognising), and so do phones: it takes another
    // e-mail or ID number too, which a person keeps and a colleague (steve@ and woz@apple.com) does not share.
    return this.ownDetailDiffers(codes, offset) && !this.personalAgrees(codes, offset, i);
  }

  /** Both rows have an e-mail or ID number, and they clearly differ. */
  private ownDetailDiffers(codes: ArrayLike<number>, offset: number): boolean {
    return this.ownFields.some((f) => codes[offset + f] === this.different[f]);
  }

  /**
   * People whose phones are one digit apart and whose addresses differ, and nothing personal
   * agrees: two buyers of one common name with numbers bought in a run (18812340001, 18812340002)
   * more often than one customer who mistyped a number and moved. Reviewed, not merged.
   */
  neighbourNumbersApart(codes: ArrayLike<number>, offset: number, i: number): boolean {
    if (this.organisations || this.addressFields.length === 0) return false;
    let typo = false;
    for (const f of this.phoneFields) {
      const c = codes[offset + f]!;
      if (c === 1) return false;
      if (c === 2) typo = true;
    }
    if (!typo) return false;
    const moved = this.addressFields.some((f) => codes[offset + f] === this.different[f]);
    return moved && !this.personalAgrees(codes, offset, i);
  }

  /** Names clearly differ and nothing personal agrees. */
  vetoed(codes: ArrayLike<number>, offset: number, i: number): boolean {
    return this.nameFields.length > 0 && this.namesDiffer(codes, offset) && !this.personalAgrees(codes, offset, i);
  }

  /**
   * Something only one person has agrees: the same ID number (or one typo apart: IDs are long),
   * birth date (or with day and month swapped), email or inbox, or personal phone. Organisations
   * have no personal phone: a hotel's restaurants and an organisation's sites share its line. A phone one
   * digit apart does not count: companies buy mobiles in consecutive runs.
   */
  personalAgrees(codes: ArrayLike<number>, offset: number, i: number): boolean {
    for (const f of this.personalFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      const fm = this.fields[f]!;
      const role = fm.field.role;
      const agrees =
        role === 'idNumber'
          ? c <= 2
          : role === 'birthDate' || role === 'email'
            ? c <= 2
            : c === 1 && !this.organisations && isPersonalPhone(fm.field, fm.field.ids[i]!);
      if (agrees) return true;
    }
    return false;
  }

  /** Every name part both rows have is 'different'. */
  namesDiffer(codes: ArrayLike<number>, offset: number): boolean {
    let compared = 0;
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c !== this.different[f]) return false;
      compared++;
    }
    return compared > 0;
  }
}

/** A mobile held by a few rows, or a number of unknown kind held by at most two; never a fixed line. */
function isPersonalPhone(field: MatchField, id: number): boolean {
  if (id < 0) return false;
  const phone = field.values[id] as PreparedPhone;
  const count = field.counts[id]!;
  return phone.mobile ? count <= 5 : !phone.landline && count <= 2;
}

export function probability(bits: number): number {
  return 1 / (1 + Math.pow(2, -bits));
}

/** Weight of the prior in a term frequency, in rows. */
const TF_PRIOR_ROWS = 50;
/** Rows of one customer a value's count is allowed before it counts as shared (a duplicate and its copy). */
const OWN_ROWS = 2;

/** u of a level never goes below this: a sheet of N values cannot show rarer coincidences. */
export function uFloor(field: MatchField, level: number): number {
  return 0.1 * Math.min(field.comparator.levels[level]!.u, 1 / Math.max(1, field.nonNull));
}

export function buildFieldModel(field: MatchField, m: Float64Array, uIn: Float64Array): FieldModel {
  const levels = field.comparator.levels;
  const u = Float64Array.from(uIn, (x, l) => Math.max(x, uFloor(field, l)));
  const bits = Float64Array.from(m, (x, l) => Math.log2(x / u[l]!));
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
      const share = (Math.max(0, field.counts[id]! - OWN_ROWS) + TF_PRIOR_ROWS * prior) / (n + TF_PRIOR_ROWS);
      const uv = Math.max(share, valueU ? valueU[id]! : 0, floor);
      exactBits[id] = Math.log2(m[0]! / uv);
    }
  }
  return { field, m, u, bits, exactBits, valueU, perValue };
}
