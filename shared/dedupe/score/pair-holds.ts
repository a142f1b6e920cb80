/**
 * Pairs held for review, or told apart, by what little they share: one phone under two mailboxes,
 * phones one digit apart under one name (at one company or none), and one name with every other
 * detail apart. The model (model.ts) reads them beside two-people.ts.
 */
import { IDENTIFYING_ROLES } from '../field-roles';
import { lastDigitReplaced, type PreparedPhone } from '../compare/phone';
import type { PreparedName } from '../compare/person-name';
import type { FieldModel } from './model';
import type { TwoPeople } from './two-people';

/**
 * Share of people of a name from which namesakes at one firm are likely (王芳, 李娜, 刘洋: 1 in 1,000 to
 * 5,000; 张晓梅, 1 in 75,000, is not). Names whose share is not known (Latin ones) count as common.
 */
const COMMON_NAME_SHARE = 1e-4;

/** The roles of a person's name columns. */
export const NAME_ROLES: ReadonlySet<string> = new Set(['name', 'given', 'family']);

export class PairHolds {
  constructor(
    private readonly fields: readonly FieldModel[],
    private readonly apart: TwoPeople,
    /** Fields whose agreement says who a row is (field-roles.ts). */
    private readonly identityFields: readonly number[],
  ) {}

  /**
   * Of what says who a row is, only a phone agrees and an e-mail both rows hold clearly differs
   * (mary@ and john@ on one number, no name to say more): a household's or a shop's line, used by
   * two people as often as by one. Reviewed at most.
   */
  lineOfTwoMailboxes(codes: ArrayLike<number>, offset: number, i: number): boolean {
    let line = false;
    let mailboxes = false;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      const role = this.fields[f]!.field.role;
      if (c === this.apart.different[f] || c === this.apart.conflictCodeOf(f)) {
        if (role === 'email') mailboxes = true;
      } else if (role === 'phone' && c === 1) line = true;
      else return false;
    }
    return line && mailboxes && !this.apart.ownAgrees(codes, offset) && !this.apart.bornAlike(codes, offset, i);
  }

  /**
   * Of what says who a row is, only a name (李娜, Michael Smith) and phones one digit apart at their
   * end agree (15900001111, 15900001112): a family's or a company's lines bought in a run as often as
   * one number mistyped, and a common name says little more ('alone'). With the company agreeing too
   * (王芳 at one firm on 13900139000 and 13900139001) it is the same: a firm's mobiles are bought in a
   * run and a common name has namesakes among its staff, while the company says only where both work
   * ('company'); a rare name at one firm is one person whose number was mistyped. Reviewed at most; an address, e-mail or birth date that agrees too makes it a slip
   * (null). (numbers-in-a-run.ts reads such numbers beside an address or e-mail that differs.)
   */
  numbersInARun(codes: ArrayLike<number>, offset: number, i: number, j: number): 'alone' | 'company' | null {
    let run = false;
    let company = false;
    let named = false;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      if (c === 0 || c === this.apart.different[f] || c === this.apart.conflictCodeOf(f)) continue;
      const field = this.fields[f]!.field;
      if (field.role === 'phone' && c === 2) {
        const a = field.values[field.ids[i]!] as PreparedPhone;
        const b = field.values[field.ids[j]!] as PreparedPhone;
        if (!lastDigitReplaced(a, b)) return null;
        run = true;
      } else if (field.role === 'company') company = true;
      else if (NAME_ROLES.has(field.role)) named = true;
      else return null;
    }
    if (!run || this.apart.personalAgrees(codes, offset, i)) return null;
    if (!company) return 'alone';
    // A list of organisations is named by its company, and a company without a name has its own lines: the score's to weigh.
    return named && !this.apart.organisations && this.commonName(codes, offset, i) ? 'company' : null;
  }

  /** The name both rows agree on is a common one: a whole-name column's share, else the given and family names' together. */
  private commonName(codes: ArrayLike<number>, offset: number, i: number): boolean {
    let whole = Infinity;
    let parts = 1;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      const field = this.fields[f]!.field;
      if (c === 0 || c === this.apart.different[f] || !NAME_ROLES.has(field.role)) continue;
      const share = (field.values[field.ids[i]!] as PreparedName).share;
      if (share === undefined) return true;
      if (field.role === 'name') whole = Math.min(whole, share);
      else parts *= share;
    }
    return (whole === Infinity ? parts : whole) >= COMMON_NAME_SHARE;
  }

  /**
   * Only a name agrees, everything else both rows hold clearly differs, two or more details that say
   * who a row is among it (two Michael Johnsons at other phones, mailboxes, addresses and ZIP codes):
   * two people of one name, not worth a look. A postcode or a town that agrees (a copy whose street
   * was retyped) keeps the pair in the score's hands.
   */
  nameAmidDifferences(codes: ArrayLike<number>, offset: number, i: number): boolean {
    if (this.apart.organisations) return false;
    let named = false;
    let differ = 0;
    for (let f = 0; f < this.fields.length; f++) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      const field = this.fields[f]!.field;
      const apart = c === this.apart.different[f] || c === this.apart.conflictCodeOf(f);
      if (NAME_ROLES.has(field.role)) {
        if (!apart) named = true;
      } else if (!apart) return false;
      else if (IDENTIFYING_ROLES.has(field.role)) differ++;
    }
    return named && differ >= 2 && !this.apart.personalAgrees(codes, offset, i);
  }
}
