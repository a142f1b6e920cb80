/**
 * A buyer's or member's account (买家会员名, 会员卡号, 微信号) is one customer's: two that both exist and
 * differ are another buyer, or one member's second card with its own balance. Merging them loses an
 * account, so such a pair is reviewed, never merged, however much else agrees (one name, one phone),
 * unless an e-mail or ID number agrees: one person typed in twice under two numbers.
 */
import type { FieldModel } from './model';
import { someCodeAt } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

export class AccountsApart {
  /** Accounts only: a profile link (LinkedIn) is a page about a person, and people keep several. */
  private readonly accountFields: number[];
  private readonly ownFields: number[];

  constructor(
    fields: FieldModel[],
    private readonly different: readonly number[],
  ) {
    this.accountFields = fieldsOfRoles(fields, ['account']);
    this.ownFields = fieldsOfRoles(fields, ['email', 'idNumber']);
  }

  differ(codes: ArrayLike<number>, offset: number): boolean {
    if (!someCodeAt(this.accountFields, codes, offset, this.different)) return false;
    // The same inbox or ID number (or a typo of it), as `TwoPeople.ownAgrees` reads them.
    for (const f of this.ownFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c <= 2) return false;
    }
    return true;
  }
}
