/**
 * A given name and its short form (Chris and Christine, Bob and Robert) on two rows whose own mobiles
 * clearly differ: a short form serves several names (Chris is Christopher's too, as Sam is Samuel's
 * and Samantha's), and a person keeps one mobile, so such rows are as often two people of one family
 * or firm (a couple running one shop, a father and son) as one. Reviewed, never merged unasked,
 * unless something one person keeps agrees.
 */
import { NAME_LEVEL } from '../compare/person-name';
import { numbersApart, type PreparedPhone } from '../compare/phone';
import { isOwnMobile } from './company-mailboxes';
import type { FieldModel } from './model';
import { numberShared } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

export class ShortFormsApart {
  private readonly nameFields: number[];
  private readonly phoneFields: number[];

  constructor(
    private readonly fields: readonly FieldModel[],
    /** Per field, the code of its 'different' level. */
    private readonly different: readonly number[],
  ) {
    this.nameFields = fieldsOfRoles(fields, ['name', 'given']);
    this.phoneFields = fieldsOfRoles(fields, ['phone']);
  }

  /** The names agree only as a short form, and each row's own mobile is another number. */
  apart(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    let shortForm = false;
    for (const f of this.nameFields) if (codes[offset + f] === NAME_LEVEL.nickname + 1) shortForm = true;
    if (!shortForm) return false;
    let apart = false;
    for (const f of this.phoneFields) {
      const c = codes[offset + f]!;
      const field = this.fields[f]!.field;
      const a = field.ids[i]!;
      const b = field.ids[j]!;
      if (c === 1 || c === 2) {
        if (isOwnMobile(field, a)) return false;
        continue;
      }
      if (c !== this.different[f] || !isOwnMobile(field, a) || !isOwnMobile(field, b)) continue;
      apart ||= numbersApart(field.values[a] as PreparedPhone, field.values[b] as PreparedPhone);
    }
    return apart && !numberShared(this.fields, this.phoneFields, i, j);
  }
}
