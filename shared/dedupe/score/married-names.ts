/**
 * One given name and another family name (Sarah Johnson, Sarah Miller), in one name column or in
 * First and Last Name columns alike: perhaps a married name. An e-mail and a personal phone that
 * both agree are what one person keeps through it, and make the rows one; one of the two alone (a
 * family's mailbox, a household's line) is held for review. Latin names only: a Han surname does not
 * change on marriage.
 */
import { oneGivenOtherFamily, type PreparedName } from '../compare/person-name';
import type { FieldModel } from './model';
import { fieldsOfRoles } from './fields-of-roles';
import { isPersonalPhone, someCodeIs } from './pair-values';
import type { TwoPeople } from './two-people';

export class MarriedNames {
  private readonly fullNameFields: number[];
  private readonly givenFields: number[];
  private readonly familyFields: number[];
  private readonly emailFields: number[];
  private readonly phoneFields: number[];
  private readonly idFields: number[];
  private readonly companyFields: number[];

  constructor(
    private readonly fields: readonly FieldModel[],
    private readonly apart: TwoPeople,
  ) {
    this.fullNameFields = fieldsOfRoles(fields, ['name']);
    this.givenFields = fieldsOfRoles(fields, ['given']);
    this.familyFields = fieldsOfRoles(fields, ['family']);
    this.emailFields = fieldsOfRoles(fields, ['email']);
    this.phoneFields = fieldsOfRoles(fields, ['phone']);
    this.idFields = fieldsOfRoles(fields, ['idNumber']);
    this.companyFields = fieldsOfRoles(fields, ['company']);
  }

  /** Field f's code says its two values clearly differ. */
  private differs(f: number, c: number): boolean {
    return c === this.apart.different[f] || c === this.apart.conflictCodeOf(f);
  }

  private name(f: number, row: number): PreparedName | undefined {
    const field = this.fields[f]!.field;
    const id = field.ids[row]!;
    return id < 0 ? undefined : (field.values[id] as PreparedName);
  }

  /**
   * The pair's Latin names are one given name and another family name: in a name column as
   * `oneGivenOtherFamily` reads them, or a given-name column that agrees beside a family-name column
   * that clearly differs.
   */
  otherFamilyName(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.apart.organisations) return false;
    for (const f of this.fullNameFields) {
      const c = codes[offset + f]!;
      if (c === 0 || !this.differs(f, c)) continue;
      const [a, b] = [this.name(f, i), this.name(f, j)];
      if (a && b && oneGivenOtherFamily(a, b)) return true;
    }
    let family = false;
    for (const f of this.familyFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (!this.differs(f, c) || this.name(f, i)!.isHan || this.name(f, j)!.isHan) return false;
      family = true;
    }
    if (!family) return false;
    let given = false;
    for (const f of this.givenFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (this.differs(f, c) || this.name(f, i)!.isHan) return false;
      given = true;
    }
    return given;
  }

  /**
   * A married name in one name column on a phone only the two rows hold, and no company that agrees
   * (a household's or a person's line, 555-0142 however the sheet's region reads it): not two people
   * for certain, as names that differ would say, but held for review as First and Last Name columns
   * hold it. On a company's line they stay two colleagues.
   */
  onOwnLine(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (!this.ownLineAgrees(codes, offset, i)) return false;
    for (const f of this.companyFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && !this.differs(f, c)) return false;
    }
    return this.otherFamilyName(codes, offset, i, j);
  }

  /**
   * One phone agrees that is the person's own: a mobile, or a number no other row holds (a home line,
   * 555-0142 without its area code, which a sheet of no region may read as a landline).
   */
  private ownLineAgrees(codes: ArrayLike<number>, offset: number, i: number): boolean {
    for (const f of this.phoneFields) {
      if (codes[offset + f] !== 1) continue;
      const field = this.fields[f]!.field;
      const id = field.ids[i]!;
      if (isPersonalPhone(field, id) || field.counts[id]! <= 2) return true;
    }
    return false;
  }

  /**
   * A married name with only one of the e-mail and a personal phone agreeing, and nothing else only
   * the person has (an ID number, an account, a birth date even in part): reviewed, never merged.
   */
  onOneDetail(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (!this.otherFamilyName(codes, offset, i, j)) return false;
    if (someCodeIs(this.emailFields, codes, offset, 1) && this.ownLineAgrees(codes, offset, i)) return false;
    for (const f of this.idFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c <= 2) return false;
    }
    return !someCodeIs(this.apart.accountFields, codes, offset, 1) && !this.apart.bornAtAllAlike(codes, offset);
  }
}
