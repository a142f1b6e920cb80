/**
 * Phones one digit apart (13300006666, 13300006667) are one number mistyped or two numbers bought in
 * a run (a company's mobiles, a family's plan). They are read as one only when the rest says one
 * person: another address or e-mail, or a name that is only a surname with a title (钱阿姨, 王先生),
 * leaves two buyers as likely, so such a pair is reviewed, never merged, unless something personal agrees.
 */
import type { PreparedName } from '../compare/person-name';
import type { FieldModel } from './model';
import { someCodeAt } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

export class NumbersInARun {
  private readonly phoneFields: number[];
  /** Addresses and e-mails: one that clearly differs says another person as often as a move. */
  private readonly elsewhereFields: number[];
  private readonly nameFields: number[];

  constructor(
    private readonly fields: FieldModel[],
    private readonly different: readonly number[],
  ) {
    this.phoneFields = fieldsOfRoles(fields, ['phone']);
    this.elsewhereFields = fieldsOfRoles(fields, ['address', 'email']);
    this.nameFields = fieldsOfRoles(fields, ['name']);
  }

  /**
   * The phones both rows have are one digit apart, none the same, and an address or e-mail clearly
   * differs or the name says no more than a surname. Whether something personal agrees is the caller's.
   */
  apart(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    let typo = false;
    for (const f of this.phoneFields) {
      const c = codes[offset + f]!;
      if (c === 1) return false;
      if (c === 2) typo = true;
    }
    return typo && (someCodeAt(this.elsewhereFields, codes, offset, this.different) || this.surnameOnly(i, j));
  }

  /** A whole-name column where one row names only a surname and a title (钱阿姨, 王先生): no whole name. */
  private surnameOnly(i: number, j: number): boolean {
    for (const f of this.nameFields) {
      const field = this.fields[f]!.field;
      const a = field.ids[i]!;
      const b = field.ids[j]!;
      if (a < 0 || b < 0) continue;
      if ((field.values[a] as PreparedName).titledSurname || (field.values[b] as PreparedName).titledSurname)
        return true;
    }
    return false;
  }
}
