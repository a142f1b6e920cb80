/**
 * Details that say two people (or two legal entities) however much else a pair shares: colleagues
 * of one name at one company, relatives at one address, buyers of one name with numbers bought in a
 * run, two members' cards, an owner's two cars, people of one name born in other years, sister
 * companies under other legal IDs. Such a pair is reviewed, never merged, unless something personal
 * agrees.
 */
import { differentLevel } from '../compare/comparator';
import { isYearless, type PreparedDate } from '../compare/date';
import { heldAsLaterWord, NAME_LEVEL, type PreparedName } from '../compare/person-name';
import { numbersApart, type PreparedPhone } from '../compare/phone';
import { IDENTIFYING_ROLES } from '../field-roles';
import { osaDistance } from '../similarity';
import { AccountsApart } from './accounts-apart';
import { CompanyMailboxes, isOwnMobile } from './company-mailboxes';
import type { FieldModel } from './model';
import { NumbersInARun } from './numbers-in-a-run';
import { Relatives } from './relatives';
import { ShortFormsApart } from './short-forms-apart';
import { TwoOrganisations } from './two-organisations';
import { UnnamedAttendees } from './unnamed-attendees';
import { fieldsOfRoles } from './fields-of-roles';
import {
  birthDatesDiffer,
  isPersonalPhone,
  isPlaceholderBirth,
  numberShared,
  oneSurname,
  ownMobile,
  sameBirthday,
  someCodeAt,
  someCodeIs,
  wholeBirthAgrees,
} from './pair-values';

/** A Chinese resident ID number: 18 characters, or 15 of the old kind, its birth date inside. */
const CHINESE_ID = /^\d{6}(\d{8}\d{3}[\dX]|\d{6}\d{3})$/i;

/** The yyyymmdd a Chinese ID number spells (old 15-digit ones in the 1900s), or ''. */
function birthInId(id: string): string {
  const match = CHINESE_ID.exec(id);
  if (!match) return '';
  return id.length === 18 ? id.slice(6, 14) : `19${id.slice(6, 12)}`;
}

/** Either row's name is only a surname and a title (王女士, 张总). */
function titledOnly(field: FieldModel['field'], i: number, j: number): boolean {
  const a = field.ids[i]!;
  const b = field.ids[j]!;
  return (
    a >= 0 &&
    b >= 0 &&
    ((field.values[a] as PreparedName).titledSurname !== '' || (field.values[b] as PreparedName).titledSurname !== '')
  );
}

/**
 * A fixed line, or a number of unknown kind that many rows hold: an office's switchboard. A mobile,
 * however many rows of a combined list repeat it, is someone's own.
 */
function sharedLine(field: FieldModel['field'], id: number): boolean {
  return id >= 0 && !(field.values[id] as PreparedPhone).mobile && !isPersonalPhone(field, id);
}

/** Years between a parent's and a child's births, at the least. */
const GENERATION_YEARS = 15;

const ADDRESS: ReadonlySet<string> = new Set(['address']);
const NAMES: ReadonlySet<string> = new Set(['name', 'given', 'family']);

export class TwoPeople {
  /** No person name: the rows are organisations (sites, shops), named by their company column. */
  readonly organisations: boolean;
  readonly personalFields: number[];
  /** Per field, the code of its 'different' level. */
  readonly different: number[];
  /** The family-name part of a split name, or -1. */
  private readonly familyField: number;
  private readonly fullNameFields: number[];
  /** Two people of one family name (relatives.ts). */
  private readonly relatives: Relatives;
  private readonly phoneFields: number[];
  private readonly ownFields: number[];
  private readonly birthFields: number[];
  private readonly emailFields: number[];
  /** A person's ID numbers (身份证号, passport, SSN). */
  private readonly idFields: number[];
  /** The person's name columns (full, given, family, starred out), as the model's name veto reads them. */
  private readonly nameFields: number[];
  /** A buyer's or member's account on a platform or at a shop (买家会员名, 会员卡号). */
  readonly accountFields: number[];
  private readonly maskedPhoneFields: number[];
  /** A car's VIN or plate (车架号, 车牌号): its owner brings it back under a new phone. */
  private readonly vehicleFields: number[];
  /** A company's legal ID (统一社会信用代码): read before the veto, which it can lift (entityAgrees). */
  readonly legalIdFields: number[];
  /** Fields whose agreement says who a row is (field-roles.ts). */
  private readonly identityFields: number[];
  private readonly companyFields: number[];
  /** Company columns that name the row's customer (records.ts): a list of companies, each with a contact. */
  private readonly customerFields: number[];
  /** What says two organisations (legal IDs also tell people's companies apart). */
  private readonly organisationRules: TwoOrganisations;
  /** Phones one digit apart that say two people (numbers-in-a-run.ts). */
  private readonly numbersInARun: NumbersInARun;
  /** Two buyers' or members' accounts (accounts-apart.ts). */
  private readonly accountsApart: AccountsApart;
  /** Two mailboxes at one company's domain (company-mailboxes.ts). */
  private readonly companyMailboxes: CompanyMailboxes;
  /** A short form of a name on two rows of other own mobiles (short-forms-apart.ts). */
  private readonly shortForms: ShortFormsApart;
  /** Attendees named only by a ticketing export's placeholder (unnamed-attendees.ts). */
  private readonly unnamedAttendees: UnnamedAttendees;

  /** Fields whose disagreement is a conflict: phones and emails of people, the address of a site. */
  private readonly conflictFields: number[];
  /** Per field, the code that counts as a conflict (its 'different' level, or the comparator's conflict level). */
  private readonly conflictCode: number[];
  /** How many of them must differ. */
  private readonly conflictCount: number;

  constructor(private readonly fields: FieldModel[]) {
    // A name column all starred out (拼多多's 周*) still holds people.
    const people = fieldsOfRoles(fields, ['name', 'given', 'family', 'maskedName']);
    this.organisations = people.length === 0;
    this.personalFields = fieldsOfRoles(fields, ['idNumber', 'birthDate', 'email', 'phone']);
    this.accountFields = fieldsOfRoles(fields, ['account', 'profile']);
    this.maskedPhoneFields = fieldsOfRoles(fields, ['maskedPhone']);
    this.vehicleFields = fieldsOfRoles(fields, ['vehicle']);
    this.legalIdFields = fieldsOfRoles(fields, ['legalId']);
    // A buyer's or member's account that differs is another customer's, as an e-mail is.
    this.conflictFields = this.organisations
      ? fieldsOfRoles(fields, ['address'])
      : fieldsOfRoles(fields, ['email', 'phone', 'account', 'profile']);
    this.conflictCount = this.organisations ? 1 : 2;
    this.conflictCode = fields.map((f) => {
      const marked = f.field.comparator.levels.findIndex((l) => l.conflict);
      return (marked >= 0 ? marked : differentLevel(f.field.comparator)) + 1;
    });
    this.different = fields.map((f) => differentLevel(f.field.comparator) + 1);
    this.familyField = fields.findIndex((f) => f.field.role === 'family');
    this.fullNameFields = fieldsOfRoles(fields, ['name']);
    this.relatives = new Relatives(fields, this.different, this.conflictCode);
    this.phoneFields = fieldsOfRoles(fields, ['phone']);
    this.ownFields = fieldsOfRoles(fields, ['email', 'idNumber']);
    this.birthFields = fieldsOfRoles(fields, ['birthDate']);
    this.emailFields = fieldsOfRoles(fields, ['email']);
    this.idFields = fieldsOfRoles(fields, ['idNumber']);
    this.nameFields = people;
    this.organisationRules = new TwoOrganisations(fields, this.different);
    this.numbersInARun = new NumbersInARun(fields, this.different);
    this.accountsApart = new AccountsApart(fields, this.different);
    this.companyMailboxes = new CompanyMailboxes(fields, this.different);
    this.shortForms = new ShortFormsApart(fields, this.different);
    this.unnamedAttendees = new UnnamedAttendees(fields);
    this.identityFields = fieldsOfRoles(fields, [...IDENTIFYING_ROLES]);
    this.companyFields = fieldsOfRoles(fields, ['company']);
    this.customerFields = fields.flatMap((f, index) => (f.field.customer ? [index] : []));
  }

  /** The code of field f that says the two values conflict (its 'different' level, or the comparator's conflict level). */
  conflictCodeOf(f: number): number {
    return this.conflictCode[f]!;
  }

  /** Details that say two people, unless the user says otherwise: the pair is reviewed, never merged. */
  reviewOnly(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return (
      this.conflicted(codes, offset, i) ||
      this.surnamesDiffer(codes, offset, i) ||
      (!this.organisations &&
        this.numbersInARun.apart(codes, offset, i, j) &&
        !this.personalAgrees(codes, offset, i)) ||
      (this.accountsApart.differ(codes, offset) && !this.oneCardHolder(codes, offset, i, j)) ||
      this.idAgainstNames(codes, offset, i, j) ||
      (!this.organisations && this.companyMailboxes.colleagues(codes, offset, i, j)) ||
      (!this.organisations && this.companyMailboxes.namesakes(codes, offset, i, j)) ||
      (!this.organisations &&
        this.shortForms.apart(codes, offset, i, j) &&
        !this.ownAgrees(codes, offset) &&
        !this.bornAlike(codes, offset, i)) ||
      this.laterGivenName(codes, offset, i, j) ||
      this.relatives.relatives(codes, offset, i, j) ||
      this.oneSurnameRelatives(codes, offset, i, j) ||
      this.unnamedAttendees.either(i, j) ||
      this.organisationRules.legalIdsDiffer(codes, offset, i, j) ||
      this.bornApart(codes, offset, i, j) ||
      this.mobilesApart(codes, offset, i, j) ||
      this.maskedNumbersDiffer(codes, offset, i) ||
      this.maskedDigitsAlone(codes, offset, i, j) ||
      this.addressAlone(codes, offset) ||
      this.elsewhere(codes, offset, i) ||
      this.otherCustomers(codes, offset) ||
      this.accountShared(codes, offset, i, j) ||
      this.carsApart(codes, offset) ||
      (this.organisations &&
        ((this.organisationRules.sitesApart(codes, offset) && !this.personalAgrees(codes, offset, i)) ||
          this.organisationRules.brandOnly(codes, offset)))
    );
  }

  /**
   * A name held by the other only as its later word (José, María José; Ann Smith, Mary Ann Smith),
   * and nothing one person keeps agrees: no e-mail, ID, account, whole birth date or own mobile. A
   * shop's or a household's line is shared by siblings, one of whom may bear the other's given name
   * as a second name. Reviewed, never merged unasked.
   */
  private laterGivenName(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations) return false;
    let later = false;
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c < NAME_LEVEL.typo + 1 || c > NAME_LEVEL.initial + 1) continue;
      const field = this.fields[f]!.field;
      if (field.role !== 'name' && field.role !== 'given') continue;
      const a = field.values[field.ids[i]!] as PreparedName;
      const b = field.values[field.ids[j]!] as PreparedName;
      later ||= heldAsLaterWord(a, b);
    }
    if (!later || this.ownAgrees(codes, offset) || this.bornAlike(codes, offset, i)) return false;
    for (const f of this.phoneFields) {
      const field = this.fields[f]!.field;
      if (codes[offset + f] === 1 && isOwnMobile(field, field.ids[i]!)) return false;
    }
    return true;
  }

  /**
   * One ID number (or one a typo apart) on two people whose names clearly differ (马晓燕 and 高峰), and
   * either their phones or e-mails clearly differ too or nothing else they alone keep agrees: an ID typed
   * into the wrong row, or copied from the row above, more often than one person renamed. The ID alone
   * weighs enough to fold one customer into another; a person says which, so the pair is reviewed. A
   * copy whose name was replaced but whose birth date agrees (FEBRL's corrupted copies) is left to the
   * score. A name written two ways (张伟 and 張偉, Zhang Wei) or in the wrong columns is no clear difference.
   */
  idAgainstNames(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations) return false;
    let id = -1;
    for (const f of this.idFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c < this.different[f]!) id = f;
    }
    if (id < 0 || !this.namesDiffer(codes, offset) || this.nameWordShared(i, j)) return false;
    for (const f of this.conflictFields) if (codes[offset + f] === this.conflictCode[f]) return true;
    return !this.beyondIdAgrees(codes, offset, i, j, id);
  }

  /**
   * Something the person alone keeps agrees besides ID field `id`: an e-mail, an account, a personal
   * phone, or a whole birth date (or one a typo apart) other than the one a Chinese ID number spells
   * (its digits 7 to 14), which whoever copied the ID copies too.
   */
  private beyondIdAgrees(codes: ArrayLike<number>, offset: number, i: number, j: number, id: number): boolean {
    for (const f of this.emailFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c <= 2) return true;
    }
    if (someCodeIs(this.accountFields, codes, offset, 1)) return true;
    for (const f of this.phoneFields) {
      const field = this.fields[f]!.field;
      if (codes[offset + f] === 1 && isPersonalPhone(field, field.ids[i]!)) return true;
    }
    const idField = this.fields[id]!.field;
    const spelt = [idField.ids[i]!, idField.ids[j]!].map((v) => birthInId(String(idField.values[v])));
    for (const f of this.birthFields) {
      const c = codes[offset + f]!;
      if (c === 0 || c === this.different[f]) continue;
      const field = this.fields[f]!.field;
      if (isYearless(field.values[field.ids[i]!] as PreparedDate)) continue;
      const a = (field.values[field.ids[i]!] as PreparedDate).digits;
      const b = (field.values[field.ids[j]!] as PreparedDate).digits;
      if (!spelt.includes(a) && !spelt.includes(b)) return true;
    }
    return false;
  }

  /**
   * A word of one row's name stands anywhere in the other's (Alice Riding, and Riding in the first-name
   * column): a name typed into the wrong columns, not another person. A Han surname, which one in
   * fourteen people share (王, 李), is no such word.
   */
  private nameWordShared(i: number, j: number): boolean {
    const words = (r: number): string[] =>
      this.nameFields.flatMap((f) => {
        const field = this.fields[f]!.field;
        const role = field.role;
        const id = field.ids[r]!;
        if (id < 0 || (role !== 'name' && role !== 'given' && role !== 'family')) return [];
        const name = field.values[id] as PreparedName;
        if (!name.isHan) return name.tokens;
        return role === 'family' ? [] : role === 'name' ? name.tokens.slice(1) : name.tokens;
      });
    const mine = words(i);
    return words(j).some((w) => w.length > 1 && mine.includes(w));
  }

  /**
   * One member's card or account (会员卡号 VIP0001) under two names that clearly differ whose birth
   * dates differ too (张丽 03-05, 刘强 11-20): a card a household shares, two people; reviewed, never
   * merged unasked. Without birth dates an account still keeps two names one customer (a gift order
   * shipped to another name), as `ownAgrees` says.
   */
  private accountShared(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations || !someCodeIs(this.accountFields, codes, offset, 1) || !this.namesDiffer(codes, offset))
      return false;
    if (this.idOrEmailAgrees(codes, offset)) return false;
    return birthDatesDiffer(this.fields, this.birthFields, this.different, codes, offset, i, j);
  }

  /** Every name part both rows have clearly differs. */
  private namesDiffer(codes: ArrayLike<number>, offset: number): boolean {
    let compared = 0;
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c !== this.different[f]) return false;
      compared++;
    }
    return compared > 0;
  }

  /**
   * Two members' cards (会员卡号) of one name, on one personal mobile, with one birthday (03-05 and
   * 3月5日): one member who opened a card at a second store. Nobody else shares all three, so the pair
   * is not held back as two members. Without the birthday such cards are still reviewed.
   */
  private oneCardHolder(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations || !sameBirthday(this.fields, this.birthFields, codes, offset, i, j)) return false;
    let named = false;
    for (const f of this.nameFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      if (c === this.different[f]) return false;
      named = true;
    }
    if (!named) return false;
    for (const f of this.phoneFields) {
      const field = this.fields[f]!.field;
      if (codes[offset + f] === 1 && isPersonalPhone(field, field.ids[i]!)) return true;
    }
    return false;
  }

  /**
   * Han names of one surname whose given names clearly differ (王芳 and 王强 on one mobile at one
   * address, or on one family e-mail): two people of a family, a couple or a parent and child.
   * Reviewed, not vetoed as names that differ are, so a household is put up for a look as Liam and
   * Noah O'Brien are; never merged unasked (`reviewOnly`). One buyer's account still makes them one
   * customer, as it does any two names (a gift shipped to another name).
   */
  oneSurnameRelatives(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return (
      !this.organisations &&
      this.namesDiffer(codes, offset) &&
      !someCodeIs(this.accountFields, codes, offset, 1) &&
      this.relatives.oneSurname(codes, offset, i, j)
    );
  }

  /** Two companies under other legal IDs: `TwoOrganisations.otherEntities`. */
  otherEntities(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    return this.organisationRules.otherEntities(codes, offset, i, j);
  }

  /**
   * On a list of companies (no person's name, or a contact beside each company), one legal ID agrees:
   * one registered entity, whoever its contact is (a second contact, a successor) and however its
   * name is written. Such a pair is never vetoed on the contact's name; another contact still keeps
   * it at review (model.ts).
   */
  entityAgrees(codes: ArrayLike<number>, offset: number): boolean {
    return (
      (this.organisations || this.customerFields.length > 0) && this.organisationRules.legalIdAgrees(codes, offset)
    );
  }

  /**
   * On a list of companies, two customers whose names clearly differ (合肥科大讯飞供应商, 合肥新站供应商):
   * however much their contact shares, a salesperson who moved on keeps his name and mobile, and
   * merging would lose a customer. A typo or a legal form (有限公司) is no such difference.
   */
  otherCustomers(codes: ArrayLike<number>, offset: number): boolean {
    return someCodeAt(this.customerFields, codes, offset, this.different);
  }

  /**
   * Masked phones whose visible digits differ (177****0001, 177****0002) are two numbers: with the
   * names masked too, one address is all such rows share, and a household or an office shares that.
   */
  private maskedNumbersDiffer(codes: ArrayLike<number>, offset: number, i: number): boolean {
    return someCodeAt(this.maskedPhoneFields, codes, offset, this.different) && !this.personalAgrees(codes, offset, i);
  }

  /**
   * Of what says who a row is, beside a name that names no one in particular (王女士, 李先生, 王总: a
   * surname and a title) or none (李**), only what many people share agrees: the visible digits of a
   * starred-out number (ten thousand numbers show those digits, and any woman surnamed 王 is a
   * 王女士), or, with a titled name beside another name of its surname (王总, 王芳), a company and
   * what its staff share (its switchboard or another fixed line, its address): every colleague of that
   * surname fits as well. Reviewed at most. A mobile, e-mail or ID both rows hold is the person's own;
   * a buyer's address without a company is the buyer's.
   */
  private maskedDigitsAlone(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations) return false;
    let digits = false;
    let titled = false;
    let company = false;
    let staff = false;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      if (c === 0 || c === this.different[f] || c === this.conflictCode[f]) continue;
      const field = this.fields[f]!.field;
      const role = field.role;
      if (role === 'maskedPhone') digits = true;
      // One titled name written alike twice (李经理, 李经理) names one person at a company as well as
      // it names anyone: only beside another name (王芳) does it leave a choice.
      else if (role === 'name' && titledOnly(field, i, j)) titled ||= c !== 1;
      else if (role === 'company') company = true;
      else if (role === 'address' || (role === 'phone' && sharedLine(field, field.ids[i]!))) staff = true;
      else return false;
    }
    return digits ? !company && !staff : titled && company;
  }

  /**
   * Of what says who a row is, only an address agrees (刘* and 王* at one flat, no number): a
   * household, an office or a parcel locker shares that. Reviewed at most.
   */
  private addressAlone(codes: ArrayLike<number>, offset: number): boolean {
    return !this.organisations && this.aloneAgrees(codes, offset, ADDRESS);
  }

  /**
   * Of what says who a row is, only a name agrees (张伟 beside a row of 张伟 that holds nothing else):
   * two people may share a name, and nothing else says they are one. Reviewed at most, but no sign of
   * two people either: a third row that agrees with both on more still joins them.
   */
  nameAlone(codes: ArrayLike<number>, offset: number): boolean {
    return !this.organisations && this.aloneAgrees(codes, offset, NAMES);
  }

  /** Some identifying field agrees, and every one that agrees has one of `roles`. */
  private aloneAgrees(codes: ArrayLike<number>, offset: number, roles: ReadonlySet<string>): boolean {
    let agrees = false;
    for (const f of this.identityFields) {
      const c = codes[offset + f]!;
      if (c === 0 || c === this.different[f] || c === this.conflictCode[f]) continue;
      if (!roles.has(this.fields[f]!.field.role)) return false;
      agrees = true;
    }
    return agrees;
  }

  /**
   * Another account (a LinkedIn profile, a member number) at another company: two people of one name
   * (James Smith the CFO at Acme, James Smith the engineer at Globex), unless something personal agrees.
   */
  private elsewhere(codes: ArrayLike<number>, offset: number, i: number): boolean {
    return (
      !this.organisations &&
      someCodeAt(this.accountFields, codes, offset, this.different) &&
      someCodeAt(this.companyFields, codes, offset, this.different) &&
      !this.personalAgrees(codes, offset, i)
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
    return someCodeAt(this.ownFields, codes, offset, this.different);
  }

  /**
   * Names that clearly differ are still one customer's when a birth date or a personal mobile agrees,
   * no phone, e-mail or account clearly differs, and the surnames differ too: a name replaced, or
   * typed past recognising. One surname with another given name is a sibling or a twin, who share
   * a birthday and a parent's phone.
   */
  renamed(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (!this.personalAgrees(codes, offset, i)) return false;
    for (const f of this.conflictFields) if (codes[offset + f] === this.conflictCode[f]) return false;
    // Another name and another birthday on one phone are two people of a household (王芳 and 张伟).
    return (
      !this.organisations &&
      !oneSurname(this.fields, this.fullNameFields, i, j) &&
      !birthDatesDiffer(this.fields, this.birthFields, this.different, codes, offset, i, j)
    );
  }

  /**
   * Birth dates that are no typo (one digit) or swap (day and month) of each other, in years more
   * than a typo apart, and other e-mails: two people of one name (Sarah Johnson born 1980 and 1992),
   * unless something personal or a number agrees. A sheet of only their two rows drops the name
   * columns they agree on and scores no pair; this keeps a longer sheet from merging them either.
   */
  bornApart(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations) return false;
    // A date replaced outright is a corrupted copy as often as a namesake, and so is an ID number
    // (FEBRL has many of both): it takes another e-mail too, which a copy keeps, or one phone and a
    // generation between the years (a father and son of one name on the family's line, no e-mails to tell).
    const otherEmails = someCodeAt(this.emailFields, codes, offset, this.different);
    for (const f of this.birthFields) {
      if (codes[offset + f] !== this.different[f]) continue;
      const field = this.fields[f]!.field;
      const a = field.values[field.ids[i]!] as PreparedDate;
      const b = field.values[field.ids[j]!] as PreparedDate;
      if (isPlaceholderBirth(a) || isPlaceholderBirth(b) || isYearless(a) || isYearless(b)) continue;
      // Years a typo apart (1980, 1981) leave room for one more slip elsewhere in the date.
      if (osaDistance(a.digits.slice(0, 4), b.digits.slice(0, 4)) <= 1) continue;
      if (otherEmails)
        return !this.personalAgrees(codes, offset, i) && !numberShared(this.fields, this.phoneFields, i, j);
      const household =
        someCodeIs(this.phoneFields, codes, offset, 1) || numberShared(this.fields, this.phoneFields, i, j);
      if (household && Math.abs(Number(a.digits.slice(0, 4)) - Number(b.digits.slice(0, 4))) >= GENERATION_YEARS)
        return !this.ownAgrees(codes, offset);
    }
    return false;
  }

  /**
   * Two cars (a VIN or a plate that both rows hold differs, and none agrees): one owner's second car,
   * or another owner's. A car dealer's list keeps a row per car, and merging would lose one; reviewed,
   * never merged. A plate changed with the VIN kept (a car moved to another city) is one car.
   */
  private carsApart(codes: ArrayLike<number>, offset: number): boolean {
    return (
      someCodeAt(this.vehicleFields, codes, offset, this.different) && !someCodeIs(this.vehicleFields, codes, offset, 1)
    );
  }

  /**
   * Two people's own mobiles that differ in more than two digits, with no number agreeing and nothing
   * personal: two people of one name (two 张伟 at one company), not one who mistyped a digit or two or
   * swapped two. The pair is reviewed (one person may have a new number), never merged, and a cluster
   * never joins them through a third row matching both (a 张伟 without a mobile). One car's VIN or plate
   * under one name is one owner with a new number.
   */
  mobilesApart(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    if (this.organisations) return false;
    let apart = false;
    for (const f of this.phoneFields) {
      const c = codes[offset + f]!;
      if (c === 1 || c === 2) return false;
      if (apart || c !== this.different[f]) continue;
      const field = this.fields[f]!.field;
      const a = field.ids[i]!;
      const b = field.ids[j]!;
      apart =
        ownMobile(field, a) &&
        ownMobile(field, b) &&
        numbersApart(field.values[a] as PreparedPhone, field.values[b] as PreparedPhone);
    }
    return (
      apart &&
      !this.personalAgrees(codes, offset, i) &&
      !numberShared(this.fields, this.phoneFields, i, j) &&
      !someCodeIs(this.vehicleFields, codes, offset, 1)
    );
  }

  /**
   * What keeps two rows whose names clearly differ one customer: an ID number (or one typo apart),
   * an e-mail or the buyer's or member's account (a gift shipped to another name). Not a birth date
   * (twins, and one in 365 of all people) nor a phone (siblings share a parent's, a household its
   * line), however personal.
   */
  ownAgrees(codes: ArrayLike<number>, offset: number): boolean {
    return this.idOrEmailAgrees(codes, offset) || someCodeIs(this.accountFields, codes, offset, 1);
  }

  /** An ID number or an e-mail agrees, or is a typo apart. */
  private idOrEmailAgrees(codes: ArrayLike<number>, offset: number): boolean {
    for (const f of this.personalFields) {
      const c = codes[offset + f]!;
      const role = this.fields[f]!.field.role;
      if (c !== 0 && c <= 2 && (role === 'idNumber' || role === 'email')) return true;
    }
    return false;
  }

  /**
   * Something only one person has agrees: the same ID number (or one typo apart: IDs are long),
   * birth date (or with day and month swapped), email or inbox, or personal phone. Organisations
   * have no personal phone: a hotel's restaurants and an organisation's sites share its line. A phone one
   * digit apart does not count: companies buy mobiles in consecutive runs.
   */
  /** A birth date agrees, or is a typo apart. */
  /** Birth dates both rows give agree even in part (a digit or a year apart): not clearly two people's. */
  bornAtAllAlike(codes: ArrayLike<number>, offset: number): boolean {
    for (const f of this.birthFields) {
      const c = codes[offset + f]!;
      if (c !== 0 && c !== this.different[f]) return true;
    }
    return false;
  }

  bornAlike(codes: ArrayLike<number>, offset: number, i: number): boolean {
    for (const f of this.birthFields) if (wholeBirthAgrees(this.fields, f, codes[offset + f]!, i)) return true;
    return false;
  }

  personalAgrees(codes: ArrayLike<number>, offset: number, i: number): boolean {
    for (const f of this.personalFields) {
      const c = codes[offset + f]!;
      if (c === 0) continue;
      const fm = this.fields[f]!;
      const role = fm.field.role;
      // A birthday without its year is one person in 365: not something only one person has.
      const agrees =
        role === 'idNumber' || role === 'email'
          ? c <= 2
          : role === 'birthDate'
            ? wholeBirthAgrees(this.fields, f, c, i)
            : c === 1 && !this.organisations && isPersonalPhone(fm.field, fm.field.ids[i]!);
      if (agrees) return true;
    }
    return someCodeIs(this.accountFields, codes, offset, 1);
  }
}
