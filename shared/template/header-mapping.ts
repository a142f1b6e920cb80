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
 * someone else's (紧急联系人, Emergency Contact) holds no name, phone or e-mail of the customer's, and
 * beside the buyer's own columns (Billing Phone, 买家手机号) neither do the recipient's (Shipping Phone,
 * 收货地址): a gift's recipient is someone else; with no address or phone of the buyer's own and no
 * recipient named (Amazon's ship-*), they are the buyer's. A second contact on the row (联系人2 with
 * 电话2, Contact 2 with Phone 2) is someone else too. Spanish Nombre and French Nom are the whole name
 * alone and a part beside Apellidos or Prénom (european-headers.ts), and First and Last the parts beside
 * each other or over names (short-name-parts.ts). A board's Person (monday.com) is the item's owner.
 * A register export's 法定代表人, and a Japanese ledger's bare 担当者 beside its 会社名, is the contact where
 * no contact or name column is (leftover-columns.ts).
 * A total counted in a currency (Total Business (INR)) over amounts is what the customer spent.
 * Other unmatched columns stay untouched. Users correct the result with overrides (header -> key or null;
 * a column whose header another column shares by its letter, #C -> key or null).
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import { groupBreakRows } from '../sheet/group-break-rows';
import { columnOverrideKey } from '../sheet/column-names';
import type { Field, Template } from './schema';
import { profileColumns } from './column-profile';
import { companyField, contactField, customerNameField } from './column-evidence';
import { buyerColumns, isContactAppExport, nameBesideRemark, settleSheetClaims } from './sheet-shapes';
import { CURRENCY_TOTAL, foldHeader, type NamePart } from './header-words';
import { EVIDENCE_WEIGHT, SCORE, UNFILLED, columnClaims, type Claim, type SampleRows } from './header-claims';
import type { ColumnProfile } from './column-profile';
import { fieldFit } from './column-evidence';
import { headerUnit } from '../normalise/header-unit';
import type { ColumnMapping, HeaderMapping, MatchKind } from './column-mapping';
import {
  withoutRecipientContacts,
  withoutRecipientNames,
  withoutSecondContacts,
  withoutSomeoneElse,
} from './someone-else-claims';
import { customerAsCompany, recordNameAsCompany } from './company-from-names';
import { contactByRepresentative, markSecond, nameByHandle } from './leftover-columns';
import { finishMapping } from './finish-mapping';
import { isInvoiceDetails, phoneInAddress } from './confirmed-headers';
import { boardOwnerClaims } from './board-columns';
import { namePartsBeside } from './european-headers';
import { shortNamePartClaims } from './short-name-parts';

export { foldHeader, type NamePart, type SampleRows };
export { mappingToJson, type ColumnMapping, type HeaderMapping, type MatchKind } from './column-mapping';

/**
 * The first rows below the header, enough for the mapping's value sample. A board's group titles and
 * repeated headers (group-break-rows.ts) are read as blank: "Status" is no value of Status.
 */
export function sampleRows(values: readonly (readonly CellValue[])[]): SampleRows {
  const head = values.slice(0, 2001);
  const breaks = groupBreakRows(head);
  const rows = head.slice(1);
  return breaks.size === 0 ? rows : rows.map((row, r) => (breaks.has(r + 1) ? [] : row));
}

/**
 * Total Business (INR), Total (SGD): a total counted in a currency, over amounts, is the template's one
 * money field (what the customer spent), where no other column names that field and nothing else this
 * one, and only one column is such a total: it never becomes a second column of the field.
 */
function currencyTotalClaims(
  columns: readonly ColumnMapping[],
  claims: readonly Claim[],
  profiles: readonly ColumnProfile[],
  template: Template,
): Claim[] {
  const money = template.fields.filter((f) => f.kind === 'money');
  const field = money.length === 1 ? money[0]! : undefined;
  if (!field || claims.some((c) => c.field === field.key) || columns.some((c) => c.field === field.key)) return [];
  const found: Claim[] = [];
  for (const column of columns) {
    const profile = profiles[column.col - 1];
    if (column.match !== 'none' || !profile || claims.some((c) => c.col === column.col)) continue;
    const unit = headerUnit(column.header);
    if (unit?.kind !== 'money' || !CURRENCY_TOTAL.test(foldHeader(unit.words))) continue;
    if (fieldFit(field, false, profile) === 1)
      found.push({
        col: column.col,
        field: field.key,
        match: 'partial',
        score: SCORE.partial + EVIDENCE_WEIGHT,
        evidence: 'number',
      });
  }
  // Two of them (Total Sales (USD), Total (INR)): which is the spend the headers do not say.
  return found.length === 1 ? found : [];
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
  // A correction by letter (#C) tells apart columns with one header (电话 over a mobile and a landline).
  for (const column of columns) {
    const key = [columnOverrideKey(column.col), column.header].find((k) =>
      Object.prototype.hasOwnProperty.call(overrides, k),
    );
    if (key === undefined) continue;
    const target = overrides[key];
    column.match = 'manual';
    if (target === null || target === undefined) continue;
    const [fieldKey, part] = target.split('.') as [string, NamePart | undefined];
    if (fieldsByKey.has(fieldKey))
      claim(column, fieldKey, 'manual', part === 'given' || part === 'family' ? part : undefined);
  }

  const profiles = rows.length > 0 ? profileColumns(rows, columns.length) : [];
  const folded = columns.map((c) => foldHeader(c.header));
  const sheet = { contactApp: isContactAppExport(folded), invoice: isInvoiceDetails(folded) };
  let claims: Claim[] = [];
  for (const column of columns) {
    if (column.match !== 'none') continue;
    const profile = profiles[column.col - 1];
    // A column with no values loses its field to one that has them: Outlook's empty Title beside Job Title.
    const unfilled = profile !== undefined && profile.count === 0;
    for (const c of columnClaims(column.col, column.header, profile, rows, template, fieldsByKey, sheet))
      claims.push(unfilled ? { ...c, score: c.score - UNFILLED } : c);
  }
  claims.push(...currencyTotalClaims(columns, claims, profiles, template));
  // A board's Person is whom the item is assigned to, not the customer (board-columns.ts).
  for (const c of boardOwnerClaims(folded, profiles, template))
    if (columns[c.col - 1]!.match === 'none') claims.push(c);
  const nameKey = customerNameField(template)?.key;
  claims = namePartsBeside(claims, folded, nameKey);
  const open = (col: number) => columns[col - 1]!.match === 'none';
  claims.push(...shortNamePartClaims(claims, folded, profiles, rows, customerNameField(template), open));
  claims = withoutSomeoneElse(claims, columns, folded, fieldsByKey);
  claims = withoutSecondContacts(claims, columns, folded, fieldsByKey);
  claims = withoutRecipientNames(claims, columns, folded, nameKey);
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
  claims = withoutRecipientContacts(claims, columns, folded, fieldsByKey, companyField(template)?.key);
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
  contactByRepresentative(columns, profiles, template);
  if (sheet.contactApp && nameKey) {
    const col = nameBesideRemark(folded, columns, nameKey);
    if (col !== undefined) columns[col - 1]!.standsInFor = nameKey;
  }
  if (sheet.invoice) phoneInAddress(columns, folded, rows, template);
  return finishMapping(columns, template);
}
