/**
 * Matches a sheet's columns to template fields. Headers propose a field (exact label or synonym in
 * either language after folding case, width, spacing and traditional characters, in mainland or
 * Taiwan and Hong Kong words (最後聯絡日, 業務); else the longest synonym contained in the header);
 * a sample of each column's values confirms, rejects or redirects
 * the proposal (a "customer name" column of company names is the company), and columns compete:
 * each field goes to its best-evidenced column, and a column headed with a field's own label keeps
 * it unless its values contradict it. Split first/last name columns map to the name field's parts.
 * A phone column that lost its field to another holds the customer's other number (座机 beside
 * 手机). The rest of the header row can overrule a header (sheet-shapes.ts): an order export's
 * amounts are one order's, a dealer list's 负责人 is the dealer's manager, a shipping name yields to
 * the billing name, and a WeCom export's 客户名称 names a row whose 备注名 is blank. A column headed as
 * someone else's (紧急联系人, Emergency Contact) holds no name, phone or e-mail of the customer's.
 * Other unmatched columns stay untouched. Users correct the result with overrides (header -> key or null).
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import type { Field, Template } from './schema';
import { profileColumns, type ColumnProfile } from './column-profile';
import { companyField, contactField, customerNameField, fieldFit } from './column-evidence';

/** Share of a customer column's sampled values that are companies for it to name the organisations. */
const COMPANY_SHARE = 0.3;
/**
 * Share of companies among a record name's values enough, when most of its rows name someone else
 * than the row's person, for it to name the organisations: some businesses carry no legal form
 * (Red Rock Diner), and a column of other people (a pupil's parent) carries none at all.
 */
const SOME_COMPANIES = 0.2;
/** Share of a record name's rows naming someone else than the row's person for it to name the organisations. */
const MOSTLY_OTHERS = 0.5;
import type { ValueShape } from './value-shape';
import { buyerColumns, isContactAppExport, nameBesideRemark, settleSheetClaims } from './sheet-shapes';
import {
  HANDLE,
  OTHER_PERSON,
  RECIPIENT,
  SEVERAL_KINDS,
  SOMEONE_ELSE,
  foldHeader,
  type NamePart,
} from './header-words';
import { UNFILLED, columnClaims, type Claim, type SampleRows } from './header-claims';
import { headerUnit, unitFits } from '../normalise/header-unit';
import { shareNamingOthers } from './person-in-row';

export { foldHeader, type NamePart, type SampleRows };

export type MatchKind = 'label' | 'synonym' | 'partial' | 'values' | 'manual' | 'none';

export interface ColumnMapping {
  col: number;
  header: string;
  /** Template field key, or null for a column Custodian leaves alone. */
  field: string | null;
  /** Set when the column holds one part of a split name. */
  part?: NamePart;
  /** The unit the header names after the field's words, as typed in its brackets: 元 of 累计消费金额(元), USD, 万元, 次. */
  unit?: string;
  match: MatchKind;
  /** The shape most sampled values have, when the values confirmed or chose the field. */
  evidence?: ValueShape;
  /**
   * The values overruled the header: a person-name header over company names maps to the company, and
   * Outlook's Title of Mr. and Ms. to the template's salutation field (when it has one).
   */
  redirected?: boolean;
  /**
   * Set on a column left without a field whose header names a field another column holds (座机 beside
   * 手机, Mobile beside Phone, 累计消费金额 beside 累计消费金额(元), 成为会员时间 beside 注册时间): more of the
   * customer's values, checked and cleaned as that field; a row's number there is its phone when the
   * phone's own column is blank.
   */
  secondOf?: string;
  /**
   * The field's label would say something else than the header: QuickBooks' Customer or Xero's
   * ContactName, of companies and people, held as the company. Setup keeps the header as typed.
   */
  keepHeader?: boolean;
  /**
   * Set on a column left without a field because it holds another person's details than the row's
   * customer's: the order's buyer on an attendee list (Buyer Email, 购票人手机). No evidence of who the
   * customer is, though its values look like an e-mail or a phone.
   */
  someoneElse?: boolean;
  /**
   * Set on a column left without a field that names the customer where the field's own column is
   * blank: a WeCom export's 客户名称, the customer's WeChat name, beside the remark name 备注名 the
   * salesperson typed (the name when given).
   */
  standsInFor?: string;
}

export interface HeaderMapping {
  columns: ColumnMapping[];
  /** Field key -> column number, for fields held in one column. */
  byField: Record<string, number>;
  /** Columns of a name split into given and family parts (when the sheet has them). */
  nameParts?: { given?: number; family?: number };
  /** Template fields the sheet has no column for (the customer's name is not missing from a list of companies). */
  missing: string[];
  /** Who the customers are: people, or companies (a company column and no person-name column of their own). */
  customers: 'person' | 'company';
}

/** The first rows below the header, enough for the mapping's value sample. */
export function sampleRows(values: readonly (readonly CellValue[])[]): SampleRows {
  return values.slice(1, 2001);
}

/**
 * Maps the header row to the template. `rows` is a sample of the data rows below it (see
 * `sampleRows`); without it only the headers are read, as before value evidence existed.
 */
export function mapHeaders(
  headers: readonly CellValue[],
  template: Template,
  overrides: Record<string, string | null> = {},
  rows: SampleRows = [],
): HeaderMapping {
  const fieldsByKey = new Map<string, Field>(template.fields.map((f) => [f.key, f]));
  const taken = new Set<string>();
  const columns: ColumnMapping[] = headers.map((value, index) => ({
    col: index + 1,
    header: cellText(value).trim(),
    field: null,
    match: 'none',
  }));
  const claim = (column: ColumnMapping, field: string, match: MatchKind, part?: NamePart) => {
    const slot = part ? `${field}.${part}` : field;
    if (taken.has(slot)) return false;
    taken.add(slot);
    column.field = field;
    column.match = match;
    if (part) column.part = part;
    return true;
  };

  // Manual choices first, so automatic matching never takes a field the user assigned elsewhere.
  for (const column of columns) {
    if (!Object.prototype.hasOwnProperty.call(overrides, column.header)) continue;
    const target = overrides[column.header];
    column.match = 'manual';
    if (target === null || target === undefined) continue;
    const [fieldKey, part] = target.split('.') as [string, NamePart | undefined];
    if (fieldsByKey.has(fieldKey))
      claim(column, fieldKey, 'manual', part === 'given' || part === 'family' ? part : undefined);
  }

  const profiles = rows.length > 0 ? profileColumns(rows, columns.length) : [];
  const folded = columns.map((c) => foldHeader(c.header));
  const sheet = { contactApp: isContactAppExport(folded) };
  let claims: Claim[] = [];
  for (const column of columns) {
    if (column.match !== 'none') continue;
    const profile = profiles[column.col - 1];
    // A column with no values loses its field to one that has them: Outlook's empty Title beside Job Title.
    const unfilled = profile !== undefined && profile.count === 0;
    for (const c of columnClaims(column.col, column.header, profile, rows, template, fieldsByKey, sheet))
      claims.push(unfilled ? { ...c, score: c.score - UNFILLED } : c);
  }
  const nameKey = customerNameField(template)?.key;
  claims = withoutSomeoneElse(claims, columns, folded, fieldsByKey);
  claims = withoutRecipientNames(claims, folded, nameKey);
  for (const col of buyerColumns(folded, claims, nameKey)) {
    const column = columns[col - 1];
    if (column && column.match !== 'manual') column.someoneElse = true;
  }
  claims = settleSheetClaims(claims, folded, {
    money: new Set(template.fields.filter((f) => f.kind === 'money').map((f) => f.key)),
    record: new Set(template.fields.filter((f) => f.kind === 'id' || f.kind === 'date').map((f) => f.key)),
    contact: contactField(template)?.key,
    name: nameKey,
  });
  // Beside First Name and Last Name, a header merely containing "name" (Middle Name, Manager's Name,
  // Billing First Name) is not the whole name.
  if (claims.some((c) => c.part) || columns.some((c) => c.part))
    claims = claims.filter((c) => !(c.field === nameKey && !c.part && c.match === 'partial'));
  // The best-evidenced column wins a field; of equal scores the one nearer the field's words
  // (its label, then its synonyms in order), then the leftmost.
  const far = Number.MAX_SAFE_INTEGER;
  claims.sort((a, b) => b.score - a.score || (a.rank ?? far) - (b.rank ?? far) || a.col - b.col);
  const lost: Claim[] = [];
  for (const c of claims) {
    const column = columns[c.col - 1];
    if (column.match !== 'none') continue;
    if (!claim(column, c.field, c.match, c.part)) {
      lost.push(c);
      continue;
    }
    if (c.evidence) column.evidence = c.evidence;
    if (c.redirected) column.redirected = true;
    if (c.keepHeader) column.keepHeader = true;
  }
  for (const c of lost) {
    const column = columns[c.col - 1];
    if (!markSecond(column, c, fieldsByKey)) customerAsCompany(column, c, profiles[c.col - 1], template, claim);
  }
  recordNameAsCompany(columns, lost, profiles, rows, template, claim);
  nameByHandle(columns, profiles, template);
  if (sheet.contactApp && nameKey) {
    const col = nameBesideRemark(folded, columns, nameKey);
    if (col !== undefined) columns[col - 1]!.standsInFor = nameKey;
  }
  return finishMapping(columns, template);
}

/** Fields that say who a row's person is or how to reach them: another person's column never holds them. */
const PERSON_KINDS: ReadonlySet<Field['kind']> = new Set(['personName', 'phone', 'email']);

/**
 * Drops the name, phone and e-mail claims of a column headed as someone else's (紧急联系人, Emergency
 * Contact, 紧急联系电话, ICE Phone, 推荐人电话): whom to call in an emergency is no contact person of the
 * customer's, and their number no number of the customer's. The column is marked as someone else's.
 */
function withoutSomeoneElse(
  claims: Claim[],
  columns: ColumnMapping[],
  folded: readonly string[],
  fieldsByKey: Map<string, Field>,
): Claim[] {
  return claims.filter((c) => {
    const kind = fieldsByKey.get(c.field)?.kind;
    if (!kind || !PERSON_KINDS.has(kind) || !SOMEONE_ELSE.test(folded[c.col - 1] ?? '')) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}

/**
 * Drops the name claims of the recipient's columns (Shipping First Name, Shipping Name) where the
 * buyer's own columns claim the same name or part: the recipient of a gift is someone else. Of an
 * export with the recipient's name alone, that name is the customer's.
 */
function withoutRecipientNames(claims: Claim[], folded: readonly string[], nameKey: string | undefined): Claim[] {
  if (!nameKey) return claims;
  const recipient = (c: Claim) => RECIPIENT.test(folded[c.col - 1] ?? '');
  const buyers = new Set(claims.filter((c) => c.field === nameKey && !recipient(c)).map((c) => c.part ?? ''));
  return claims.filter((c) => !(c.field === nameKey && recipient(c) && buyers.has(c.part ?? '')));
}

/**
 * A customer column that lost the customer's name to a column of people (QuickBooks' Customer, its
 * companies and people, beside Full Name) names the customers' organisations: it takes the company
 * field when no column has it, keeping its header (setup does not call it Company: some rows are people).
 */
function customerAsCompany(
  column: ColumnMapping,
  lost: Claim,
  profile: ColumnProfile | undefined,
  template: Template,
  claim: (column: ColumnMapping, field: string, match: MatchKind) => boolean,
): void {
  const company = companyField(template);
  if (column.match !== 'none' || lost.part || lost.field !== customerNameField(template)?.key || !company) return;
  if (!profile || profile.count < 3 || profile.shares.company < COMPANY_SHARE) return;
  if (!claim(column, company.key, lost.match)) return;
  column.evidence = 'company';
  column.redirected = true;
  column.keepHeader = true;
}

/**
 * A record's name beside the person's own name columns (Xero's ContactName beside FirstName and
 * LastName, QuickBooks' Customer beside Full Name or beside First Name and Last Name) names the
 * customer's organisation when most of its rows name someone else than the row's person and some of
 * its values are companies: it takes the company field when no column has it, from the contact
 * person or whole name it was read as or the name it lost, keeping its header (some rows are people).
 */
function recordNameAsCompany(
  columns: ColumnMapping[],
  lost: readonly Claim[],
  profiles: readonly ColumnProfile[],
  rows: SampleRows,
  template: Template,
  claim: (column: ColumnMapping, field: string, match: MatchKind) => boolean,
): void {
  const company = companyField(template);
  const name = customerNameField(template);
  const contactKey = contactField(template)?.key;
  if (!company || !name || columns.some((c) => c.field === company.key)) return;
  const parts = columns.filter((c) => c.field === name.key && c.part).map((c) => c.col);
  const whole = columns.find((c) => c.field === name.key && !c.part);
  const lostName = new Set(
    lost.filter((c) => c.field === name.key && !c.part && c.match !== 'values').map((c) => c.col),
  );
  const record = columns.find((column) => {
    const candidate =
      column.match === 'manual'
        ? false
        : column.match === 'none'
          ? lostName.has(column.col)
          : column.field === contactKey || (column === whole && parts.length > 0);
    // The person is the name parts, and the whole name unless it is the column read.
    const people = column === whole || !whole ? parts : [whole.col, ...parts];
    const profile = profiles[column.col - 1];
    if (!candidate || people.length === 0 || !profile || profile.shares.company < SOME_COMPANIES) return false;
    const others = shareNamingOthers(rows, column.col, people);
    return others !== null && others >= MOSTLY_OTHERS;
  });
  if (!record) return;
  const match = record.match === 'none' ? (lost.find((c) => c.col === record.col)?.match ?? 'partial') : record.match;
  if (!claim(record, company.key, match)) return;
  record.evidence = 'company';
  record.redirected = true;
  record.keepHeader = true;
}

/**
 * A list with no name, name parts or contact person of its own names its customers by their
 * nickname or login (有赞 and 微店 export members as 会员昵称): the leftmost such column whose values
 * could be names, unless it names someone else (达人昵称 is the influencer who sold).
 */
function nameByHandle(columns: ColumnMapping[], profiles: readonly ColumnProfile[], template: Template): void {
  const name = customerNameField(template);
  const contactKey = contactField(template)?.key;
  if (!name || columns.some((c) => c.field === name.key || (contactKey && c.field === contactKey))) return;
  const handle = columns.find((column) => {
    const folded = foldHeader(column.header);
    if (column.match !== 'none' || !HANDLE.test(folded) || OTHER_PERSON.test(folded)) return false;
    const profile = profiles[column.col - 1];
    return !profile || fieldFit(name, false, profile) >= 0;
  });
  if (!handle) return;
  handle.field = name.key;
  handle.match = 'partial';
}

/**
 * A column whose header named a field another column won holds more of the customer's values of it:
 * numbers (座机 beside 手机), e-mails, amounts (累计消费金额 beside 累计消费金额(元)) or dates (成为会员时间
 * beside 注册时间). It is checked and cleaned as that field, and a phone there is the row's when the
 * field's own column is blank.
 */
function markSecond(column: ColumnMapping, lost: Claim, fieldsByKey: Map<string, Field>): boolean {
  const kind = fieldsByKey.get(lost.field)?.kind;
  if (column.match !== 'none' || lost.match === 'values' || lost.part || !kind || !SEVERAL_KINDS.has(kind))
    return false;
  if (SOMEONE_ELSE.test(foldHeader(column.header))) return false;
  column.secondOf = lost.field;
  return true;
}

/** Settles who the customers are, then indexes the columns and lists the missing fields. */
function finishMapping(columns: ColumnMapping[], template: Template): HeaderMapping {
  const nameKey = customerNameField(template)?.key;
  const contactKey = contactField(template)?.key;
  const companyKey = companyField(template)?.key;
  const holds = (key: string | undefined) => key !== undefined && columns.some((c) => c.field === key);
  // A contact person in a list without companies is the customer: 联系人 in a list of people.
  if (nameKey && contactKey && !holds(nameKey) && !holds(companyKey)) {
    const contact = columns.find((c) => c.field === contactKey && c.match !== 'manual');
    if (contact) contact.field = nameKey;
  }

  const byField: Record<string, number> = {};
  const nameParts: { given?: number; family?: number } = {};
  for (const column of columns) {
    if (!column.field) continue;
    const unit = column.part ? null : headerUnit(column.header);
    const kind = unit && template.fields.find((f) => f.key === column.field)?.kind;
    if (unit && kind && unitFits(unit, kind)) column.unit = unit.unit;
    if (column.part) nameParts[column.part] = column.col;
    else byField[column.field] = column.col;
  }
  const hasParts = nameParts.given !== undefined || nameParts.family !== undefined;
  const customers =
    companyKey && byField[companyKey] !== undefined && nameKey && byField[nameKey] === undefined && !hasParts
      ? 'company'
      : 'person';
  const missing = template.fields
    .filter(
      (f) =>
        byField[f.key] === undefined &&
        !(f.kind === 'personName' && f.key === nameKey && (hasParts || customers === 'company')),
    )
    .map((f) => f.key);
  return { columns, byField, ...(hasParts ? { nameParts } : {}), missing, customers };
}

/** The mapping as `custodian check --json` reports it: header -> field key (`name.given` for parts) or null. */
export function mappingToJson(mapping: HeaderMapping): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const column of mapping.columns) {
    if (!column.header) continue;
    out[column.header] = column.field ? (column.part ? `${column.field}.${column.part}` : column.field) : null;
  }
  return out;
}
