/**
 * Name columns that name the customers' organisations rather than the customers: a customer column
 * of companies that lost the name to a column of people, and a record's name (Xero's ContactName,
 * QuickBooks' Customer) whose rows mostly name someone else than the row's person.
 */
import type { Template } from './schema';
import type { ColumnProfile } from './column-profile';
import { companyField, contactField, customerNameField } from './column-evidence';
import type { Claim, SampleRows } from './header-claims';
import type { ColumnMapping, MatchKind } from './column-mapping';
import { shareNamingOthers } from './person-in-row';

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

/** Gives a column a field unless another column holds it; true when the column took it. */
export type ClaimField = (column: ColumnMapping, field: string, match: MatchKind) => boolean;

/**
 * A customer column that lost the customer's name to a column of people (QuickBooks' Customer, its
 * companies and people, beside Full Name) names the customers' organisations: it takes the company
 * field when no column has it, keeping its header (setup does not call it Company: some rows are people).
 */
export function customerAsCompany(
  column: ColumnMapping,
  lost: Claim,
  profile: ColumnProfile | undefined,
  template: Template,
  claim: ClaimField,
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
export function recordNameAsCompany(
  columns: ColumnMapping[],
  lost: readonly Claim[],
  profiles: readonly ColumnProfile[],
  rows: SampleRows,
  template: Template,
  claim: ClaimField,
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
