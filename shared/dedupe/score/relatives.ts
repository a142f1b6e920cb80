/**
 * Two people of one family name: other given names that are no typo or nickname of each other
 * (John and Jane Doe, 王芳 and 王强), or another generation (Robert Smith and Robert Smith Jr., or Jr.
 * and Sr. in a Suffix column). A shared address, home phone or family e-mail is what a family has in
 * common; only an ID number or birth date of one person makes them one customer.
 */
import { NAME_LEVEL, surnameBesideGivenName, type PreparedName } from '../compare/person-name';
import type { FieldModel } from './model';
import { birthDatesDiffer, mailboxAndOwnPhoneAgree, someCodeAt } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

export class Relatives {
  /** Name fields with a level for another person of the family name (other given name, Jr.). */
  private readonly relativeFields: number[];
  private readonly generationFields: number[];
  private readonly familyField: number;
  private readonly givenField: number;
  private readonly emailFields: number[];
  private readonly birthFields: number[];
  private readonly idFields: number[];
  private readonly phoneFields: number[];
  /** Whole names in one column (姓名, Name). */
  private readonly fullNameFields: number[];
  /**
   * Per whole-name field, per value: a number for its Han surname beside a given name, 0 for none
   * (`surnameBesideGivenName`). Most pairs asked are colleagues of other names; numbers side by side
   * answer them without reading two name objects scattered over the heap.
   */
  private readonly surnameNumbers: Int32Array[];

  constructor(
    private readonly fields: readonly FieldModel[],
    /** Per field, the code of its 'different' level. */
    private readonly different: readonly number[],
    /** Per field, the code that counts as a conflict. */
    private readonly conflictCode: readonly number[],
  ) {
    const people = fields.flatMap((f, index) => (['name', 'given', 'family'].includes(f.field.role) ? [index] : []));
    this.relativeFields = people.filter((f) => conflictCode[f]! !== different[f]!);
    this.generationFields = fieldsOfRoles(fields, 'generation');
    this.familyField = fields.findIndex((f) => f.field.role === 'family');
    this.givenField = fields.findIndex((f) => f.field.role === 'given');
    this.emailFields = fieldsOfRoles(fields, 'email');
    this.birthFields = fieldsOfRoles(fields, 'birthDate');
    this.idFields = fieldsOfRoles(fields, 'idNumber');
    this.phoneFields = fieldsOfRoles(fields, 'phone');
    this.fullNameFields = fieldsOfRoles(fields, 'name');
    const numbers = new Map<string, number>([['', 0]]);
    this.surnameNumbers = this.fullNameFields.map((f) =>
      Int32Array.from(fields[f]!.field.values, (value) => {
        const surname = surnameBesideGivenName(value as PreparedName);
        let n = numbers.get(surname);
        if (n === undefined) numbers.set(surname, (n = numbers.size));
        return n;
      }),
    );
  }

  /**
   * Relatives, and nothing of one person agrees: an ID number, or a birth date where the e-mails do
   * not differ (twins share a birthday, not an inbox).
   */
  relatives(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    const family =
      someCodeAt(this.relativeFields, codes, offset, this.conflictCode) ||
      someCodeAt(this.generationFields, codes, offset, this.different) ||
      (this.oneGenerationOnly(i, j) &&
        !mailboxAndOwnPhoneAgree(this.fields, this.emailFields, this.phoneFields, codes, offset, i)) ||
      this.otherGivenName(codes, offset, i, j);
    return family && this.twoOfFamily(codes, offset);
  }

  /** Han names of one surname whose given names clearly differ (王芳 and 王强), and nothing of one person agrees. */
  oneSurname(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return this.hanGivenNamesDiffer(codes, offset, i, j) && this.twoOfFamily(codes, offset);
  }

  /** No ID number agrees, nor a birth date where the e-mails do not differ (twins share a birthday, not an inbox). */
  private twoOfFamily(codes: ArrayLike<number>, offset: number): boolean {
    if (this.agrees(this.idFields, codes, offset)) return false;
    return !this.agrees(this.birthFields, codes, offset) || someCodeAt(this.emailFields, codes, offset, this.different);
  }

  /**
   * A split name whose family names agree (or are a typo apart) and whose given names clearly differ,
   * with something else to say two people: both rows have an e-mail (Tom and Kim Nguyen at tom@ and
   * kim@, David and Mary Wong on one family e-mail), their birth dates differ on a list of contacts
   * (a father and son, a couple on one home phone), or the list has no ID number or birth date at all
   * (LinkedIn's Emily and Tom Nguyen at one company).
   * Where a list has them and these rows do not differ in them, a given name replaced outright is as
   * often a corrupted copy (FEBRL has many).
   */
  private otherGivenName(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    const f = this.familyField;
    const g = this.givenField;
    if (f < 0 || g < 0 || codes[offset + g] !== this.different[g]) return false;
    const c = codes[offset + f]!;
    if (c === 0 || c - 1 > NAME_LEVEL.typo) return false;
    if (this.emailFields.some((e) => codes[offset + e] !== 0)) return true;
    if (this.birthFields.length === 0 && this.idFields.length === 0) return true;
    // Other birth dates say two people on a list of contacts (a father and son, a couple on one home
    // line). A register of only names, places and dates (FEBRL) replaces given names and dates in its
    // corrupted copies, so there they are no such sign.
    const contacts = this.phoneFields.length > 0 || this.emailFields.length > 0;
    return contacts && birthDatesDiffer(this.fields, this.birthFields, this.different, codes, offset, i, j);
  }

  /**
   * Han names in one column of one surname whose given names clearly differ (王芳 and 王强): the name
   * comparator finds no likeness between them (no homophone, look-alike or slip), and a Han surname
   * is written first, so what differs is the given name, as Liam and Noah O'Brien's in split columns.
   */
  private hanGivenNamesDiffer(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    for (let k = 0; k < this.fullNameFields.length; k++) {
      const f = this.fullNameFields[k]!;
      if (codes[offset + f] !== this.different[f]) continue;
      const ids = this.fields[f]!.field.ids;
      const surnames = this.surnameNumbers[k]!;
      const a = surnames[ids[i]!] ?? 0;
      if (a !== 0 && a === surnames[ids[j]!]) return true;
    }
    return false;
  }

  /**
   * A generation in one row's Suffix column and none in the other's (José Martínez and José Martínez
   * Jr.): another generation, as it is when the suffix stands in the name. A suffix that names no
   * generation (PhD, DDS) counts as none.
   */
  private oneGenerationOnly(i: number, j: number): boolean {
    for (const f of this.generationFields) {
      const ids = this.fields[f]!.field.ids;
      if (ids[i]! >= 0 !== ids[j]! >= 0) return true;
    }
    return false;
  }

  /** A field of `fields` agrees in both rows, or is a typo apart. */
  private agrees(fields: readonly number[], codes: ArrayLike<number>, offset: number): boolean {
    for (const f of fields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c <= 2) return true;
    }
    return false;
  }
}
