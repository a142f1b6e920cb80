/**
 * Two mailboxes at one company's own domain (chris@ and christine@taylorfitness.com, wangwei@ and
 * wang.wei2@ of one firm): a company gives each of its people one, so the rows are two colleagues, or
 * at best one person's alias. A shared office line, company and address are what colleagues share;
 * only something one person keeps (another e-mail, an ID number, a birth date, an account, the same
 * mobile) makes them one, or one name and one number with both mailboxes made of that name (oliver@
 * and oliver.hughes@). Free-mail domains say nothing: a person often keeps two addresses there.
 */
import type { PreparedEmail } from '../compare/email';
import type { MatchField } from '../records';
import { isFreeMailDomain } from '../compare/free-mail';
import type { PreparedDate } from '../compare/date';
import type { PreparedName } from '../compare/person-name';
import type { PreparedPhone } from '../compare/phone';
import type { FieldModel } from './model';
import { isPersonalPhone, isPlaceholderBirth, someCodeIs } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

/** A column of people's own mobiles, by its header (Mobile Phone, Cell, 手机). */
const MOBILE_HEADER = /mobile|cell|手机|手機|移动电话|行動電話/i;

/** A number of few rows that reads as a mobile, or stands in a column of mobiles (Mobile Phone, 手机). */
export function isOwnMobile(field: MatchField, id: number): boolean {
  if (!isPersonalPhone(field, id)) return false;
  return (field.values[id] as PreparedPhone).mobile || MOBILE_HEADER.test(field.column);
}

/**
 * A mailbox's user name made of the name's words, each whole or as its initial, in any order, with or
 * without dots between (oliver, oliver.hughes, k.fischer, wangwei): at least one word whole, nothing else.
 */
export function madeOfName(local: string, tokens: readonly string[]): boolean {
  const letters = local.replace(/[._-]/g, '');
  const words = tokens.filter((t) => /^[a-z]+$/.test(t));
  if (letters === '' || words.length === 0 || words.length > 6) return false;
  const used = words.map(() => false);
  const from = (at: number, whole: boolean): boolean => {
    if (at === letters.length) return whole;
    for (let k = 0; k < words.length; k++) {
      if (used[k]) continue;
      const word = words[k]!;
      used[k] = true;
      const found =
        (letters.startsWith(word, at) && from(at + word.length, true)) ||
        (word.length > 1 && letters[at] === word[0] && from(at + 1, whole));
      used[k] = false;
      if (found) return true;
    }
    return false;
  };
  return from(0, false);
}

function domainOf(email: PreparedEmail): string | null {
  return email.domainAt > 0 ? email.key.slice(email.domainAt) : null;
}

export class CompanyMailboxes {
  private readonly emailFields: number[];
  /** ID numbers and accounts: agreeing, one person's. */
  private readonly ownFields: number[];
  private readonly birthFields: number[];
  /** Phone columns: one agreeing on a mobile (isOwnMobile) makes the rows one person. */
  private readonly phoneFields: number[];
  private readonly companyFields: number[];
  /** The person's name columns (full, given, family). */
  private readonly nameFields: number[];
  /** Per field, the code of one user name at two providers (0 for a comparator without that level). */
  private readonly sameUserName: number[];

  constructor(
    private readonly fields: readonly FieldModel[],
    /** Per field, the code of its 'different' level. */
    private readonly different: readonly number[],
  ) {
    this.emailFields = fieldsOfRoles(fields, ['email']);
    this.ownFields = fieldsOfRoles(fields, ['idNumber', 'account', 'profile']);
    this.birthFields = fieldsOfRoles(fields, ['birthDate']);
    this.phoneFields = fieldsOfRoles(fields, ['phone']);
    this.companyFields = fieldsOfRoles(fields, ['company']);
    this.nameFields = fieldsOfRoles(fields, ['name', 'given', 'family']);
    // A pair's code is its comparator's level + 1 (0: a blank).
    this.sameUserName = fields.map((f) => f.field.comparator.levels.findIndex((l) => l.label === 'same-user-name') + 1);
  }

  /**
   * The e-mails agree only by their user name, at two domains of which one is a company's own
   * (sunli@qingmu.cn, sunli@sina.com), while the companies differ and nothing one person keeps agrees:
   * a user name is most often the name itself, so two namesakes at two firms have it alike. One person
   * who changed jobs looks the same: a person says which, so the pair is reviewed.
   */
  namesakes(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    let byUserName = false;
    for (const f of this.emailFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c !== this.sameUserName[f]) return false;
      const field = this.fields[f]!.field;
      const a = domainOf(field.values[field.ids[i]!] as PreparedEmail);
      const b = domainOf(field.values[field.ids[j]!] as PreparedEmail);
      if (a === null || b === null || (isFreeMailDomain(a) && isFreeMailDomain(b))) return false;
      byUserName = true;
    }
    if (!byUserName || !this.companyFields.some((f) => codes[offset + f] === this.different[f])) return false;
    if (someCodeIs(this.ownFields, codes, offset, 1)) return false;
    return !this.bornOnOneDay(codes, offset, i, j) && !this.mobileShared(codes, offset, i);
  }

  /** Other mailboxes at one company domain, and nothing one person keeps agreeing. */
  colleagues(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (!this.oneCompanyDomain(codes, offset, i, j)) return false;
    for (const f of this.emailFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c !== this.different[f]) return false;
    }
    if (someCodeIs(this.ownFields, codes, offset, 1)) return false;
    return (
      !this.bornOnOneDay(codes, offset, i, j) &&
      !this.mobileShared(codes, offset, i) &&
      !this.oneNamesMailboxes(codes, offset, i, j)
    );
  }

  /**
   * One name, typed alike, on one number, and both mailboxes made of that name alone (oliver@ and
   * oliver.hughes@, k.fischer@ and klaus.fischer@): one person's address and its alias, or an address
   * the company renamed. Colleagues of one name get a number to tell them apart (wangwei@ and
   * wang.wei2@), and each has a line of his own.
   */
  private oneNamesMailboxes(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    const tokens: string[] = [];
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c !== 1) return false;
      const field = this.fields[f]!.field;
      tokens.push(...(field.values[field.ids[i]!] as PreparedName).tokens);
    }
    if (tokens.length === 0 || !this.phoneFields.some((f) => codes[offset + f] === 1)) return false;
    let made = false;
    for (const f of this.emailFields) {
      if (codes[offset + f] !== this.different[f]) continue;
      const field = this.fields[f]!.field;
      for (const id of [field.ids[i]!, field.ids[j]!]) {
        const email = field.values[id] as PreparedEmail;
        if (email.domainAt === 0 || !madeOfName(email.key.slice(0, email.domainAt - 1), tokens)) return false;
      }
      made = true;
    }
    return made;
  }

  private oneCompanyDomain(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    for (const f of this.emailFields) {
      if (codes[offset + f] !== this.different[f]) continue;
      const field = this.fields[f]!.field;
      const a = domainOf(field.values[field.ids[i]!] as PreparedEmail);
      if (a !== null && a === domainOf(field.values[field.ids[j]!] as PreparedEmail) && !isFreeMailDomain(a))
        return true;
    }
    return false;
  }

  /** A real birth date (no placeholder such as 1900-01-01) agrees, or is a typo or swap apart. */
  private bornOnOneDay(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    for (const f of this.birthFields) {
      const c = codes[offset + f]!;
      if (c === 0 || c > 2) continue;
      const field = this.fields[f]!.field;
      const a = field.values[field.ids[i]!] as PreparedDate;
      const b = field.values[field.ids[j]!] as PreparedDate;
      if (!isPlaceholderBirth(a) && !isPlaceholderBirth(b)) return true;
    }
    return false;
  }

  /**
   * One mobile of few rows agrees: a person's own. A company's line is not one, even where its
   * digits cannot say so (an American office number held by two contacts): only a column of mobiles
   * or a number that reads as a mobile counts.
   */
  private mobileShared(codes: ArrayLike<number>, offset: number, i: number): boolean {
    for (const f of this.phoneFields) {
      if (codes[offset + f] === 1 && isOwnMobile(this.fields[f]!.field, this.fields[f]!.field.ids[i]!)) return true;
    }
    return false;
  }
}
