/**
 * Who a row is about: the person (first, last and full name) and the organisation (account).
 * A person list keeps the customer in the name column and the employer in the company column; a
 * company list keeps the company in the name column (or the company column) and the person in the
 * contact column (联系人). A row with an organisation and no person is a company-only row. A name that
 * holds both (WeCom's remark 张三-杭州源泉科技) is the person, with the organisation as the account
 * unless the row's company column names one (normalise/remark-name.ts). A name column beside the
 * contact and company columns (a combined list) gives the person of a row with no contact (own-name.ts).
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { cleanPersonName } from '../normalise/name';
import { cleanText } from '../normalise/text';
import { foldHeader, type HeaderMapping } from '../template/header-mapping';
import type { Field, Template } from '../template/schema';
import { KIND_OF_PERSON } from '../template/header-words';
import { isOrganisationName } from '../normalise/organisation-name';
import { joinPersonName, splitPersonName, type SplitOptions } from './split-name';
import type { RowCountry } from './chinese-row';
import { takePostNominals } from './post-nominals';
import { isTitle, salutationFor } from './salutations';
import { isNoName } from '../dedupe/compare/person-name-forms';
import { personLike } from '../normalise/person-shape';
import { readRemarkName, remarkTwoReadings } from '../normalise/remark-name';
import { isNoCompanyWord, isRoleWord, personalRemark, readsAsPerson, coupleName } from './person-words';
import { withOwnName } from './own-name';
import { companyNamesPerson } from './company-names-person';
import { isNamePlaceholder, saysNoValue } from '../check/placeholder';
import { nameWithEmail } from '../template/value-shape';

export interface RoleColumns {
  /** Full-name column of the person (the contact column of a company list). */
  person?: number;
  given?: number;
  family?: number;
  /** Column that always names the organisation. */
  account?: number;
  /** The customer-name column, read as the organisation when its value looks like one. */
  nameMayBeCompany?: number;
  /** A column of titles alone (Outlook's Title of Mr. and Ms., Herr, 先生) the mapping left alone. */
  salutation?: number;
  /**
   * A company list's customer or company column: the person in a row whose contact is blank and whose
   * customer name reads as a person's (a private client), not the account.
   */
  clientName?: number;
  /** Most customers with no contact are named as people (a register of private clients). */
  clientsArePeople?: boolean;
  /**
   * A person-name column beside the contact column and a company column (姓名 beside 联系人 and 公司,
   * as `combine` writes): the person of a row whose contact is blank (own-name.ts).
   */
  ownName?: number;
  /** The customer's WeChat name beside the remark name (HeaderMapping's `standsInFor`): the name of a row with no remark. */
  standIn?: number;
  /**
   * `ownName` is the customer's name column of a list with no company column whose customers beside a
   * contact are people (学生姓名 beside 家长姓名): no account is read from it, only organisations' names.
   */
  peopleBesideContact?: true;
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
  /** A romanised Chinese name read surname first: in a list that is not Chinese, or a Chinese list's pinyin. */
  surnameFirst?: true;
  /** The salutation is the title column's, not typed in the name: First Name never takes it. */
  titleColumn?: true;
  /** The name cell held the organisation too (张三-杭州源泉科技): `full` is the person's part. */
  remark?: true;
  /** The name cell, as typed, that reads as a person and an organisation only if a city's name is the person's (金华 森源建材): kept as typed. */
  remarkTwoReadings?: string;
  /** A company list's customer with no contact, whose name is a person's: the person, with no company. */
  clientAsContact?: true;
  /** The e-mail typed after the name in its cell (Jane Doe (jane@acme.com)), and that cell's column. */
  nameEmail?: { address: string; col: number };
  /** The name cell held a role (客服, 采购), no name: left blank. */
  roleAsName?: string;
  /** The company cell said there is none (个人, 个体): left blank. */
  noCompany?: string;
  /** The company cell held a placeholder (无, N/A, (跳过)), as check reads it: left blank, counted with the placeholders. */
  placeholderAccount?: true;
  /**
   * Degrees and credentials typed after the name (Rachel Green, MBA), in neither name part: the name
   * cell's column and its text as typed, kept aside where the CRM's columns split the name.
   */
  postNominals?: { col: number; typed: string };
  /** Name columns whose cell held a placeholder (N/A, 无, -), as check reads it: no name, counted with the placeholders. */
  placeholderNames?: number[];
  /** The company cell named the row's own person ("Bouchard, Luc" beside Luc Bouchard): no company. */
  companyIsPerson?: true;
  /** A remark marking a personal contact (付超-个人): `full` is the person. */
  personal?: true;
  /**
   * The row's own-name column beside its contact (`RoleColumns.ownName`): `read` where the person came
   * from it, `aside` where it names someone other than the contact and is kept under its header.
   */
  ownName?: 'read' | 'aside';
  /** The name is the row's WeChat name (`RoleColumns.standIn`), its remark name being blank. */
  standIn?: true;
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

const TITLE_HEADER =
  /^(?:title|salutation|nameprefix|prefix|honorific|anrede|civilité|civilite|tratamiento|称谓|称呼|尊称)$/;

/** An unmapped column headed as a title whose every value is a title alone (Mr., Herr, Mme, Sra., 先生). */
function salutationColumn(mapping: HeaderMapping, values: readonly (readonly CellValue[])[]): number | undefined {
  return mapping.columns.find((c) => {
    if (c.field || c.secondOf || !TITLE_HEADER.test(foldHeader(c.header))) return false;
    let titles = 0;
    for (let i = 1; i < values.length; i++) {
      const text = cellText(values[i]?.[c.col - 1]).trim();
      if (text === '') continue;
      if (!isTitle(text)) return false;
      titles++;
    }
    return titles > 0;
  })?.col;
}

/** Whether most customers with no contact are named as people: then any "First Last" is one. */
function clientsArePeople(
  values: readonly (readonly CellValue[])[],
  contactCol: number,
  clientCol: number,
  ownNameCol?: number,
): boolean {
  let named = 0;
  let people = 0;
  for (let i = 1; i < values.length && named < SAMPLE && i <= SCAN; i++) {
    const row = values[i] ?? [];
    const client = text(row, clientCol, cleanText);
    if (client === '' || nameText(row, contactCol) !== '' || nameText(row, ownNameCol) !== '') continue;
    named++;
    if (readsAsPerson(client, true)) people++;
  }
  return named >= FEWEST_CLIENTS && people * 2 > named;
}

/**
 * Customers with no contact it takes to say most are people: one such row (a business whose contact
 * is N/A, Wombat Web Design) says nothing of the list, and a company's name reads as "First Last" too.
 */
const FEWEST_CLIENTS = 2;
const SAMPLE = 500;
/** Rows read for it at most: a list of company customers with their contacts has few such rows. */
const SCAN = 5000;

/**
 * Headers naming an organisation (客户名称, 单位, Company Name): such a column holds companies however
 * short their names (华为, 万科 read as a surname and a given name).
 */
const ORGANISATION_HEADER =
  /名称|公司|企业|单位|机构|商户|商家|门店|店名|厂|简称|company|account|organi[sz]ation|business|firm|shop|store|vendor|supplier/i;
/** Of the rows naming both, the share whose customer reads as a person for the list to be of people. */
const PEOPLE_SHARE = 0.8;

/**
 * Whether the customer-name column, beside the contact column, names people (学生姓名 beside 家长姓名,
 * Client Name beside Contact Person): most rows with both read as a person's name (person-words.ts).
 */
function peopleBesideContact(values: readonly (readonly CellValue[])[], nameCol: number, contactCol: number): boolean {
  const header = cellText(values[0]?.[nameCol - 1]);
  if (ORGANISATION_HEADER.test(header)) return false;
  if (KIND_OF_PERSON.test(header)) return true;
  let named = 0;
  let people = 0;
  for (let i = 1; i < values.length && named < SAMPLE && i <= SCAN; i++) {
    const row = values[i] ?? [];
    const name = nameText(row, nameCol);
    if (name === '' || nameText(row, contactCol) === '') continue;
    named++;
    if (readsAsPerson(name, false)) people++;
  }
  return named > 0 && people >= named * PEOPLE_SHARE;
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
    const account = companyCol ?? nameCol;
    if (account === undefined) return { person: contactCol };
    // A list of people with someone to contact (a student and the parent): the customer is no account.
    if (companyCol === undefined && nameCol !== undefined && peopleBesideContact(values, nameCol, contactCol))
      return { person: contactCol, ownName: nameCol, nameMayBeCompany: nameCol, peopleBesideContact: true };
    // Beside a company column, the name column names people too: those of rows with no contact.
    const ownName = companyCol !== undefined && nameCol !== undefined && nameCol !== companyCol ? nameCol : undefined;
    return {
      person: contactCol,
      account,
      clientName: account,
      clientsArePeople: clientsArePeople(values, contactCol, account, ownName),
      ...(ownName !== undefined ? { ownName, nameMayBeCompany: ownName } : {}),
    };
  }
  const roles: RoleColumns = { account: companyCol, nameMayBeCompany: nameCol };
  const salutation = salutationColumn(mapping, values);
  if (salutation !== undefined) roles.salutation = salutation;
  if (nameCol !== undefined) roles.person = nameCol;
  const standIn = nameField && mapping.columns.find((c) => c.standsInFor === nameField.key && !c.field);
  if (standIn && nameCol !== undefined) roles.standIn = standIn.col;
  // First and last name columns are the names as typed, even beside a whole-name column (Zoho's Full Name).
  if (mapping.nameParts) {
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
    const own = roles.ownName === undefined ? '' : cellText(values[i]?.[roles.ownName - 1]).trim();
    const text = cellText(values[i]?.[col - 1]).trim() || own;
    if (text) yield text;
  }
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
  return a !== '' && fold(a) === fold(b);
}

function text(row: readonly CellValue[], col: number | undefined, clean: (s: string) => string): string {
  if (col === undefined) return '';
  const value = row[col - 1];
  return value === null || value === undefined ? '' : clean(cellText(value));
}

/**
 * A name cell's text; none where it says there is no name (WeCom's 微信用户 for a contact who shared
 * none) or holds a placeholder (N/A, 无), as check reads them.
 */
function nameText(row: readonly CellValue[], col: number | undefined): string {
  if (col === undefined) return '';
  const value = row[col - 1] ?? null;
  return isNoName(value) || isNamePlaceholder(value) ? '' : text(row, col, cleanPersonName);
}

/** The row's name columns holding a placeholder (N/A, 无, -) where the name goes: counted as check counts them. */
function placeholderNames(row: readonly CellValue[], roles: RoleColumns): number[] {
  const cols = [roles.person, roles.given, roles.family, roles.ownName, roles.standIn];
  return [...new Set(cols)].filter(
    (col): col is number => col !== undefined && isNamePlaceholder(row[col - 1] ?? null),
  );
}

/**
 * `rowCountry`: the row says China or Vietnam (its country, a +86 or +84 number), so a romanised name
 * may be read surname first outside a Chinese list (split-name.ts).
 */
export function rowParties(
  row: readonly CellValue[],
  roles: RoleColumns,
  chineseList: boolean,
  rowCountry: RowCountry | null = null,
): Parties {
  // A name typed with its e-mail (Jane Doe (jane@acme.com)): the name is read, the address goes to Email (row-emails.ts).
  const col = roles.person;
  const typed = col === undefined ? null : nameWithEmail(cellText(row[col - 1] ?? null));
  const read = typed && col !== undefined ? row.map((v, c) => (c === col - 1 ? typed.name : v)) : row;
  const found = personParties(read, roles, { chineseList, rowCountry });
  const parties = typed && col !== undefined ? { ...found, nameEmail: { address: typed.email, col } } : found;
  const title = parties.salutation === '' && parties.full !== '' ? text(row, roles.salutation, cleanText) : '';
  const placeholders = placeholderNames(row, roles);
  const named = placeholders.length > 0 ? { ...parties, placeholderNames: placeholders } : parties;
  return title === '' ? named : { ...named, salutation: title, titleColumn: true };
}

function personParties(row: readonly CellValue[], roles: RoleColumns, options: SplitOptions): Parties {
  const { chineseList } = options;
  let account = text(row, roles.account, cleanText);
  // 无, N/A or 问卷星's (跳过) in the company column is no company, as check reads it (value.placeholder).
  const placeholder = account !== '' && saysNoValue(account);
  if (placeholder) account = '';
  // 个人 / 个体 in the company column: the customer has no company.
  const noCompany = account !== '' && isNoCompanyWord(account) ? account : '';
  if (noCompany) account = '';
  const marks = noCompany ? { noCompany } : placeholder ? { placeholderAccount: true as const } : {};
  if (roles.given !== undefined || roles.family !== undefined) {
    const first = nameText(row, roles.given);
    const typedLast = nameText(row, roles.family);
    // A row whose parts are blank is read from its whole name, where the sheet has one.
    if (first !== '' || typedLast !== '' || roles.person === undefined) {
      // Degrees after the last name (Green, MBA) are no part of it; the whole name keeps them as typed.
      const { name: last, credentials } = takePostNominals(typedLast);
      const full = joinPersonName(first, typedLast);
      const own = account !== '' && companyNamesPerson(account, full);
      return {
        salutation: '',
        first,
        last,
        full,
        account: own ? '' : account,
        keptWhole: false,
        ...marks,
        ...(own ? { companyIsPerson: true as const } : {}),
        ...typedPostNominals({ postNominals: credentials }, row, roles.family),
      };
    }
  }
  let full = nameText(row, roles.person);
  let fullCol = roles.person;
  // No remark name: the WeChat name the customer goes by. A nickname (阳光明媚, 随风) is no name to split.
  const standIn = full === '' && roles.standIn !== undefined ? nameText(row, roles.standIn) : '';
  if (standIn !== '') {
    const split = readsAsPerson(standIn, false)
      ? splitPersonName(standIn, options)
      : { first: '', last: standIn, keptWhole: true };
    return {
      salutation: split.salutation ?? '',
      first: split.first,
      last: split.last,
      full: standIn,
      account,
      keptWhole: split.keptWhole,
      standIn: true,
      ...marks,
      ...typedPostNominals(split, row, roles.standIn),
    };
  }
  let ownName: Parties['ownName'];
  if (roles.ownName !== undefined) {
    const read = withOwnName(full, nameText(row, roles.ownName), account, chineseList);
    ({ full, account, ownName } = read);
    if (read.ownName === 'read') fullCol = roles.ownName;
  }
  // A role where the name should be (客服, 采购): no person's name.
  const roleAsName = full !== '' && (isRoleWord(full) || isNoCompanyWord(full)) ? full : '';
  if (roleAsName) full = '';
  // A personal contact marked so (付超-个人): the person, and no company from the remark.
  const personal = full ? personalRemark(full) : null;
  if (personal) full = personal;
  // A company list's private client: no contact, and a customer name that is a person's own.
  let clientAsContact = false;
  if (full === '' && roles.clientName !== undefined && roles.account === roles.clientName && account !== '') {
    if (readsAsPerson(account, roles.clientsArePeople === true)) {
      full = account;
      account = '';
      clientAsContact = true;
    }
  }
  const flags = {
    ...marks,
    ...(roleAsName ? { roleAsName } : {}),
    ...(personal ? { personal: true as const } : {}),
    ...(clientAsContact ? { clientAsContact: true as const } : {}),
  };
  // A remark name holding the organisation too: the person is the contact, the row's own company (if
  // any) still the account. Only read where one side is plainly each; the cell stays as it is.
  const remark = full && !personal ? readRemarkName(full, account) : null;
  if (remark) {
    full = remark.person;
    if (account === '' && !isNoCompanyWord(remark.organisation)) account = remark.organisation;
  }
  // 金华 森源建材 reads two ways: the cell goes where it would go anyway, and the report says so.
  const twoReadings = !remark && full !== '' && !personal && remarkTwoReadings(full, account);
  const readings = twoReadings ? { remarkTwoReadings: full } : {};
  // The company written as the person again, the other way round ("Bouchard, Luc"): no company.
  let companyIsPerson = account !== '' && full !== '' && !sameText(account, full) && companyNamesPerson(account, full);
  if (companyIsPerson) account = '';
  // A company in the customer-name column of a person list: an organisation, not a person's name. So
  // is a name the row's company repeats (QuickBooks names a business customer by its company),
  // unless it reads as a person's own. A couple (Natalie & Brian Walker) is people.
  if (
    !remark &&
    !personal &&
    full &&
    roles.nameMayBeCompany === fullCol &&
    !coupleName(full) &&
    ((account === '' && isOrganisationName(full)) ||
      (sameText(account, full) && (isOrganisationName(full) || !personLike(full))))
  ) {
    account = full;
    return { salutation: '', first: '', last: '', full: '', account, keptWhole: false, ...flags, ...readings };
  }
  // A name the row's company repeats that reads as a person's own (a lead typed so): the person, no company.
  if (account !== '' && sameText(account, full) && !isOrganisationName(full)) {
    account = '';
    companyIsPerson = true;
  }
  const parts = splitPersonName(full, options);
  const { first, last, keptWhole, salutation = '' } = parts;
  // A Chinese list's pinyin name read surname first (Zhang Wei), where other lists read it first name first.
  const pinyin =
    chineseList &&
    !keptWhole &&
    /^[A-Za-z]/.test(full.trim()) &&
    splitPersonName(full, { chineseList: false }).last !== last;
  return {
    salutation,
    first,
    last,
    full,
    account,
    keptWhole,
    ...(parts.surnameFirst || pinyin ? { surnameFirst: true } : {}),
    ...(remark ? { remark: true } : {}),
    ...readings,
    ...(companyIsPerson ? { companyIsPerson: true as const } : {}),
    ...flags,
    ...typedPostNominals(parts, row, clientAsContact ? roles.clientName : fullCol),
    // An own name that went to the account (a company-only row) is neither the person nor aside.
    ...(ownName && (ownName === 'aside' || full !== '') ? { ownName } : {}),
  };
}

/** The name cell as typed where its split set degrees or credentials aside (Rachel Green, MBA). */
function typedPostNominals(
  split: { postNominals?: string },
  row: readonly CellValue[],
  col: number | undefined,
): Pick<Parties, 'postNominals'> {
  if (!split.postNominals || col === undefined) return {};
  return { postNominals: { col, typed: cellText(row[col - 1] ?? null).trim() } };
}

/**
 * A CRM column of the person or the account: name.salutation as the CRM's picklist (`salutations`)
 * spells it, blank where it has no value of the title's one meaning (the notes keep it: salutations.ts),
 * the first name with the title typed before it where the file has no Salutation column
 * (`titleInFirst`, so nothing is lost), the last and full name, the account.
 */
export function partyValue(source: string, p: Parties, titleInFirst: boolean, salutations?: readonly string[]): string {
  switch (source) {
    case 'name.salutation': {
      const written = p.salutation ? salutationFor(p.salutation, salutations) : undefined;
      return written && 'value' in written ? written.value : '';
    }
    case 'name.first':
      return titleInFirst && p.salutation && !p.titleColumn ? `${p.salutation} ${p.first}`.trimEnd() : p.first;
    case 'name.last':
      return p.last;
    case 'name.full':
      return p.full;
    default:
      return p.account;
  }
}
