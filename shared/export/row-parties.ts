/**
 * Who a row is about: the person (first, last and full name) and the organisation (account).
 * A person list keeps the customer in the name column and the employer in the company column; a
 * company list keeps the company in the name column (or the company column) and the person in the
 * contact column (联系人). A row with an organisation and no person is a company-only row.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { cleanPersonName } from '../normalise/name';
import { cleanText } from '../normalise/text';
import { foldHeader, type HeaderMapping } from '../template/header-mapping';
import type { Field, Template } from '../template/schema';
import { isOrganisationName } from '../normalise/organisation-name';
import { isSalutation, joinPersonName, splitPersonName } from './split-name';
import { isNoName } from '../dedupe/compare/person-name-forms';
import { nameFamilies } from '../dedupe/nicknames';

export interface RoleColumns {
  /** Full-name column of the person (the contact column of a company list). */
  person?: number;
  given?: number;
  family?: number;
  /** Column that always names the organisation. */
  account?: number;
  /** The customer-name column, read as the organisation when its value looks like one. */
  nameMayBeCompany?: number;
  /** A column of titles alone (Outlook's Title of Mr. and Ms.) the mapping left alone. */
  salutation?: number;
}

export interface Parties {
  /** A title typed before the name ("Dr.", "Ms"), as typed; '' when there is none. */
  salutation: string;
  first: string;
  last: string;
  full: string;
  account: string;
  /** The name could not be split with confidence and is all in `last`. */
  keptWhole: boolean;
  /** A romanised Chinese name read surname first in a list that is not Chinese. */
  surnameFirst?: true;
  /** The salutation is the title column's, not typed in the name: First Name never takes it. */
  titleColumn?: true;
}

/** The template's contact-person field: key `contact` or role `contactPerson`. */
export function contactFieldOf(template: Template): Field | undefined {
  return template.fields.find(
    (f) => f.kind === 'personName' && (f.key === 'contact' || (f.role as string | undefined) === 'contactPerson'),
  );
}

export function companyFieldOf(template: Template): Field | undefined {
  return (
    template.fields.find((f) => (f.role as string | undefined) === 'company') ??
    template.fields.find((f) => f.key === 'company')
  );
}

const TITLE_HEADER = /^(?:title|salutation|nameprefix|prefix|honorific)$/;

/** An unmapped column headed as a title whose every value is a title alone (Mr., Ms., Dr.). */
function salutationColumn(mapping: HeaderMapping, values: readonly (readonly CellValue[])[]): number | undefined {
  return mapping.columns.find((c) => {
    if (c.field || c.secondOf || !TITLE_HEADER.test(foldHeader(c.header))) return false;
    let titles = 0;
    for (let i = 1; i < values.length; i++) {
      const text = cellText(values[i]?.[c.col - 1]).trim();
      if (text === '') continue;
      if (!isSalutation(text)) return false;
      titles++;
    }
    return titles > 0;
  })?.col;
}

/** Which columns hold the person and the organisation (and, given the rows, the person's title). */
export function roleColumns(
  mapping: HeaderMapping,
  template: Template,
  values: readonly (readonly CellValue[])[] = [],
): RoleColumns {
  const contact = contactFieldOf(template);
  const company = companyFieldOf(template);
  const nameField = template.fields.find((f) => f.kind === 'personName' && f !== contact);
  const nameCol = nameField ? mapping.byField[nameField.key] : undefined;
  const contactCol = contact ? mapping.byField[contact.key] : undefined;
  const companyCol = company ? mapping.byField[company.key] : undefined;
  if (contactCol !== undefined) {
    // A company list: the customer name is the organisation unless a company column says otherwise.
    return { person: contactCol, account: companyCol ?? nameCol };
  }
  const roles: RoleColumns = { account: companyCol, nameMayBeCompany: nameCol };
  const salutation = salutationColumn(mapping, values);
  if (salutation !== undefined) roles.salutation = salutation;
  if (nameCol !== undefined) roles.person = nameCol;
  else if (mapping.nameParts) {
    roles.given = mapping.nameParts.given;
    roles.family = mapping.nameParts.family;
  }
  return roles;
}

/** The names of the person column (for deciding whether the list is Chinese). */
export function* personNames(values: readonly (readonly CellValue[])[], roles: RoleColumns): Generator<string> {
  const col = roles.person ?? roles.family ?? roles.given;
  if (col === undefined) return;
  for (let i = 1; i < values.length; i++) {
    const text = cellText(values[i]?.[col - 1]).trim();
    if (text) yield text;
  }
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
  return a !== '' && fold(a) === fold(b);
}

/**
 * A name that reads as a person's: two or three Han characters (张伟), or two or three words led by
 * a known given name (John Melton). A lead typed with its own name as its company (Salesforce needs
 * one) stays a person; Cool Cars and Amy's Bird Sanctuary do not read so.
 */
function personLike(name: string): boolean {
  if (/^\p{Script=Han}{2,3}$/u.test(name)) return true;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{L}'-]*$/u.test(w) && !/'s$/i.test(w)) &&
    nameFamilies(words[0]!.toLowerCase()).length > 0
  );
}

function text(row: readonly CellValue[], col: number | undefined, clean: (s: string) => string): string {
  if (col === undefined) return '';
  const value = row[col - 1];
  return value === null || value === undefined ? '' : clean(cellText(value));
}

/** A name cell's text; none where it says there is no name (WeCom's 微信用户 for a contact who shared none). */
function nameText(row: readonly CellValue[], col: number | undefined): string {
  return col !== undefined && isNoName(row[col - 1] ?? null) ? '' : text(row, col, cleanPersonName);
}

export function rowParties(row: readonly CellValue[], roles: RoleColumns, chineseList: boolean): Parties {
  const parties = personParties(row, roles, chineseList);
  const title = parties.salutation === '' && parties.full !== '' ? text(row, roles.salutation, cleanText) : '';
  return title === '' ? parties : { ...parties, salutation: title, titleColumn: true };
}

function personParties(row: readonly CellValue[], roles: RoleColumns, chineseList: boolean): Parties {
  let account = text(row, roles.account, cleanText);
  if (roles.given !== undefined || roles.family !== undefined) {
    const first = nameText(row, roles.given);
    const last = nameText(row, roles.family);
    return { salutation: '', first, last, full: joinPersonName(first, last), account, keptWhole: false };
  }
  const full = nameText(row, roles.person);
  // A company in the customer-name column of a person list: an organisation, not a person's name. So
  // is a name the row's company repeats (QuickBooks names a business customer by its company),
  // unless it reads as a person's own.
  if (
    full &&
    roles.nameMayBeCompany === roles.person &&
    ((account === '' && isOrganisationName(full)) ||
      (sameText(account, full) && (isOrganisationName(full) || !personLike(full))))
  ) {
    account = full;
    return { salutation: '', first: '', last: '', full: '', account, keptWhole: false };
  }
  const split = splitPersonName(full, { chineseList });
  const { first, last, keptWhole, salutation = '' } = split;
  return { salutation, first, last, full, account, keptWhole, ...(split.surnameFirst ? { surnameFirst: true } : {}) };
}
