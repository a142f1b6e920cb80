/**
 * Accounts from a contact list: when an accounts export meets a company on several rows with people
 * (a 纷享销客 联系人 list: 上海博创电子商务有限公司 on 17 rows), each company is one account and its
 * people go to a contacts file naming it; a person with no company stays an account of their own (a
 * consumer, the person's name filling the account's name). The account takes the company's own columns from its first
 * row, a blank filled from a later row of the company; where the rows differ, the first is kept and
 * the contacts file keeps each row's. Companies are one when their names are, letter case, width,
 * spaces and script aside (the account keeps the name as its first row typed it), unless their legal
 * IDs (EIN, 统一社会信用代码) both exist and differ: two entities of one name stay two accounts.
 * A phone or e-mail typed on a row with no contact is the company's own, and so is a landline or a
 * role mailbox (info@, sales@) on a contact's row: the account takes it (the contact keeps theirs).
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { simplifiedHan } from '../dedupe/simplified';
import type { Parties } from './row-parties';
import type { MaskedName } from './masked-values';
import { legalIdsApart } from '../dedupe/compare/code';

/** A sheet row as the export writes it: its values and who it is about. */
export interface RowRecord {
  row: number;
  values: readonly CellValue[];
  parties: Parties;
  /** The person's name as typed, where it is starred out (张*): `parties` hold no name then (masked-values.ts). */
  maskedName?: MaskedName;
  /**
   * An account made of a company's rows: no one person's columns. `extras`: the sheet columns that are
   * the company's (an accounts file of companies alone writes these); `carried`: every column that may
   * be the company's, written where the file has it for accounts of their own too.
   */
  companyOnly?: { extras: ReadonlySet<number>; carried: ReadonlySet<number> };
  /** A row's second contact as its own row (second-contacts.ts): of the extra columns, it writes only `kept`, its own. */
  secondContact?: { kept: ReadonlySet<number> };
}

export interface AccountGroups {
  /**
   * One record per company (`companyOnly`), in the order the companies first appear, and each person
   * with no company as an account of their own (a consumer, as before), in sheet order.
   */
  accounts: RowRecord[];
  /** The companies' people, for the contacts file. */
  people: RowRecord[];
  /** Companies made one account. */
  companies: number;
  /** Sheet columns besides the layout's that are the company's own, kept on its account (Website, EIN). */
  companyExtras: ReadonlySet<number>;
  /** Sheet columns besides the layout's that may be the company's (`extraCols`), each account taking its value. */
  carried: ReadonlySet<number>;
  /** Sheet column -> companies whose rows hold different values in it. */
  differing: Map<number, number>;
  /** Sheet rows of no contact whose phone or e-mail their account took (KH005: its number and contact@). */
  noContactRows: number[];
  /** Sheet rows whose landline or role mailbox (info@) their account took; their contact keeps it too. */
  companyLineRows: number[];
}

/** Sources of a layout that are the person's own (a contact's name, numbers, e-mail, title, notes), not the company's. */
const PERSON_SOURCES = new Set([
  'name.salutation',
  'name.first',
  'name.last',
  'name.full',
  'phone',
  'phone.mobile',
  'phone.other',
  'email',
  'email.second',
  'title',
  'birthDate',
  'notes',
]);

export function isPersonSource(source: string): boolean {
  return PERSON_SOURCES.has(source);
}

/** A person's sources a company's rows may share (a switchboard, info@, a note on the company). */
export const SHARED_SOURCES: readonly string[] = ['phone', 'email', 'notes'];

/**
 * Whether an account made of a company's rows writes a source: the company's columns, not a person's,
 * but for a phone, e-mail or note its rows give alike (`extras`, account columns of its own). The
 * account's Phone (电话) takes a switchboard column of the company's even where the person's mobile
 * column beside it is not.
 */
export function keepsSource(
  extras: ReadonlySet<number>,
  source: string,
  columnsOf: (source: string) => number[],
): boolean {
  if (!isPersonSource(source)) return true;
  if (source === 'phone' || source.startsWith('phone.')) return columnsOf(source).some((col) => extras.has(col));
  const cols = SHARED_SOURCES.includes(source) ? columnsOf(source) : [];
  return cols.length > 0 && cols.every((col) => extras.has(col));
}

/**
 * Phone columns compared as numbers, not text (0571-88886666转8012 is 0571-88886666-8012), where a
 * row that leaves the number blank does not differ: a switchboard given on one of a company's rows.
 */
export interface NumberColumns {
  cols: ReadonlySet<number>;
  /** The number's key (E.164), or the text as typed when it is no number. */
  key: (value: CellValue) => string;
}

/**
 * A person's phone and e-mail columns, whose value on a row may be the company's own: any on a row
 * with no contact (KH005 杭州云帆, a number and contact@ alone), and on a contact's row those `own`
 * says are (a landline, a role mailbox).
 */
export interface CompanyValues {
  cols: readonly number[];
  own: (col: number, value: CellValue, record: RowRecord) => boolean;
  /** The list's own ID columns (客户编号): the account keeps its first row's, rows that differ said so. */
  ids?: readonly number[];
}

/** One person's rows of a company (a duplicate) are one: their numbers alike say nothing of the company. */
const personKey = (record: RowRecord) =>
  record.parties.full === ''
    ? `#${record.row}`
    : record.parties.full.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function companyKey(name: string): string {
  return simplifiedHan(name.normalize('NFKC').toLowerCase().replace(/\s+/g, ''));
}

const text = (value: CellValue | undefined) => cellText(value ?? null).trim();

/** The companies of `records` (a legal ID apart, another), and whether one has several rows with people. */
function companyGroups(
  records: readonly RowRecord[],
  legalIdCol: number | undefined,
): { groups: Map<string, RowRecord[]>; groupOf: Map<RowRecord, RowRecord[]>; repeated: boolean } {
  const groups = new Map<string, RowRecord[]>();
  const groupOf = new Map<RowRecord, RowRecord[]>();
  const byName = new Map<string, RowRecord[][]>();
  const idOf = (record: RowRecord) => (legalIdCol === undefined ? '' : text(record.values[legalIdCol - 1]));
  let repeated = false;
  for (const record of records) {
    if (record.parties.account === '') continue;
    const key = companyKey(record.parties.account);
    const named = byName.get(key) ?? [];
    byName.set(key, named);
    // Another legal entity of the same name (another EIN) is another account.
    const id = idOf(record);
    let group = named.find((g) => !g.some((r) => legalIdsApart(idOf(r), id)));
    if (group) {
      if (group.some((r) => r.parties.full !== '') && record.parties.full !== '') repeated = true;
      group.push(record);
    } else {
      group = [record];
      named.push(group);
      groups.set(`${key}#${named.length}`, group);
    }
    groupOf.set(record, group);
  }
  return { groups, groupOf, repeated };
}

/** Whether an accounts export of `records` writes a contacts file: some company has several rows with people. */
export function companyRepeats(records: readonly RowRecord[], legalIdCol?: number): boolean {
  return companyGroups(records, legalIdCol).repeated;
}

/**
 * The accounts and people of a contact list, or null when no company has more than one row with a
 * person (each row is then its own account, with its contact, as the layout writes it).
 * `companyCols`: the sheet columns of the account's own columns (address, owner, industry …);
 * `extraCols`: other columns that may be the company's (Website, EIN, a switchboard) or each
 * person's (部门, a note): the company's when its rows give them alike, or do not differ in them.
 */
export function groupAccounts(
  records: readonly RowRecord[],
  companyCols: readonly number[],
  extraCols: readonly number[],
  legalIdCol?: number,
  numbers?: NumberColumns,
  /** Of `extraCols`, those of a person's sources (a phone, e-mail or note the company's rows may share). */
  personCols: ReadonlySet<number> = new Set(),
  companyValues?: CompanyValues,
): AccountGroups | null {
  const { groups, groupOf, repeated } = companyGroups(records, legalIdCol);
  if (!repeated) return null;
  // A column is the company's when its companies of several rows give it alike (a switchboard, a
  // website) at least as often as they differ in it (each contact's own).
  const several = [...groups.values()].filter((g) => g.length > 1);
  const isNumber = (col: number) => numbers?.cols.has(col) === true;
  const valueKey = (col: number, value: CellValue | undefined) => {
    const typed = text(value);
    return typed !== '' && numbers && isNumber(col) ? numbers.key(value ?? null) : typed;
  };
  const alike = (col: number, group: readonly RowRecord[]): 'same' | 'blank' | 'differ' => {
    // A value given on one row only (a credit code typed once) says nothing either way, and is no
    // difference; on two rows alike, it is the company's.
    const pairs = new Set<string>();
    const given: string[] = [];
    for (const r of group) {
      const value = valueKey(col, r.values[col - 1]);
      const pair = `${personCols.has(col) ? personKey(r) : `#${r.row}`}\u0000${value}`;
      if (value === '' || pairs.has(pair)) continue;
      pairs.add(pair);
      given.push(value);
    }
    if (given.length < 2) return 'blank';
    return given.every((v) => v === given[0]) ? 'same' : 'differ';
  };
  // A legal ID names the company. A column no company's rows differ in gives each its one value, but
  // a person's phone, e-mail or note is the company's only where two of its rows give it alike.
  const companyExtras = new Set(
    extraCols.filter((col) => {
      if (col === legalIdCol || companyValues?.ids?.includes(col)) return true;
      const seen = several.map((g) => alike(col, g));
      const same = seen.filter((a) => a === 'same').length;
      return (same > 0 || !personCols.has(col)) && same >= seen.filter((a) => a === 'differ').length;
    }),
  );
  // A person's phone, e-mail or note only where it is the company's.
  const carried = new Set(extraCols.filter((col) => !personCols.has(col) || companyExtras.has(col)));
  // Every column an account may write takes the company's value, a blank filled from a later row.
  const merged = [...new Set([...companyCols, ...carried])];
  const differing = new Map<number, number>();
  const accounts: RowRecord[] = [];
  const noContactRows = new Set<number>();
  const companyLineRows = new Set<number>();
  for (const record of records) {
    if (record.parties.account === '') {
      accounts.push(record);
      continue;
    }
    const group = groupOf.get(record)!;
    if (group[0] !== record) continue;
    const [first, ...rest] = group;
    const values = [...first!.values];
    for (const col of merged) {
      const seen = new Set<string>();
      for (const member of group) {
        const value = valueKey(col, member.values[col - 1]);
        if (value !== '') seen.add(value);
      }
      if (text(values[col - 1]) === '')
        values[col - 1] = rest.find((r) => text(r.values[col - 1]) !== '')?.values[col - 1] ?? null;
      if (seen.size > 1) differing.set(col, (differing.get(col) ?? 0) + 1);
    }
    // The company's own number or mailbox of a person's column: from a row with no contact, else a landline or role mailbox.
    const own = new Set<number>();
    for (const col of companyValues?.cols ?? []) {
      if (companyExtras.has(col)) continue;
      const typed = (r: RowRecord) => text(r.values[col - 1]) !== '';
      const source =
        group.find((r) => typed(r) && r.parties.full === '') ??
        group.find((r) => typed(r) && companyValues!.own(col, r.values[col - 1] ?? null, r));
      if (!source) continue;
      values[col - 1] = source.values[col - 1] ?? null;
      own.add(col);
      (source.parties.full === '' ? noContactRows : companyLineRows).add(source.row);
    }
    accounts.push({
      row: first!.row,
      values,
      parties: { ...first!.parties, salutation: '', first: '', last: '', full: '' },
      companyOnly:
        own.size === 0
          ? { extras: companyExtras, carried }
          : { extras: new Set([...companyExtras, ...own]), carried: new Set([...carried, ...own]) },
    });
  }
  // A contact names its account as the account is written, so the import links them (陈大文贸易有限公司
  // beside 陳大文貿易有限公司 is one company, written as its first row typed it).
  const people = records
    .filter((r) => r.parties.full !== '' && r.parties.account !== '')
    .map((r) => {
      const account = groupOf.get(r)![0]!.parties.account;
      return account === r.parties.account ? r : { ...r, parties: { ...r.parties, account } };
    });
  return {
    accounts,
    people,
    companies: groups.size,
    companyExtras,
    carried,
    differing,
    noContactRows: [...noContactRows].sort((a, b) => a - b),
    companyLineRows: [...companyLineRows].sort((a, b) => a - b),
  };
}
