/**
 * The record stage: a sheet snapshot and its header mapping become match records, stored by
 * field. Each field interns its values by matching key (equal keys = exact level), keeps one
 * prepared value per distinct key and counts how often each occurs (term frequencies).
 */
import { columnNames, columnOverrideKey } from '../sheet/column-names';
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { furtherRows } from '../sheet/continuation-rows';
import { cellText, isBlank } from '../sheet/cell-value';
import { emptyRowTest } from '../sheet/counter-row';
import type { SheetSnapshot } from '../sheet/snapshot';
import { foldHeader, type HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { contactField } from '../template/column-evidence';
import type { AnyComparator } from './compare/comparator';
import { dateColumnContext } from '../normalise/date';
import { rowDates, type RowDates } from '../normalise/row-dates';
import { dateRowKeys } from './compare/date';
import { phoneRowKeys } from './compare/phone';
import { readPhoneSheet, type PhoneSheet } from '../normalise/phone-region';
import { rowPlaceReaderWhereNamed, type RowPlaceReader } from '../normalise/phone-row-place';
import { IDENTIFYING_ROLES, comparatorFor, roleOfField, type FieldRole } from './field-roles';
import { profileColumn } from './profile';
import { StringTable } from '../sheet/string-table';
import { columnCodesOf } from '../sheet/column-codes';
import { isCustodianRowColumn } from './status-headers';
import { legalIdColumn } from './legal-id-column';
import { withoutRepeatedLegalIds } from './repeated-legal-id';
import { SameKindColumns } from './compare/same-kind-columns';
import {
  accountHeader,
  activityHeader,
  createdHeader,
  detailHeader,
  generationHeader,
  otherPersonHeader,
  recordNumberHeader,
  vehicleHeader,
} from './column-headers';

export type { FieldRole } from './field-roles';

export interface MatchField {
  /** Template field key (`name.given` for a part) or, for an unmapped column, its header. */
  key: string;
  column: string;
  col: number;
  role: FieldRole;
  mapped: boolean;
  comparator: AnyComparator;
  /** Per record: the id of its value's key, -1 when missing. */
  ids: Int32Array;
  keys: string[];
  values: unknown[];
  /** Per id: how many records hold it. */
  counts: Int32Array;
  nonNull: number;
  /** The other half of a split name, for swapped given/family names. */
  partner?: MatchField;
  /** The person to talk to at a company customer (联系人 beside 客户名称), not the customer. */
  contact?: true;
  /** A company column that names the row's customer: a list of companies, each with a contact. */
  customer?: true;
  /** The phone or e-mail columns of the field's kind (Phone Number and Mobile Phone Number), when it has several. */
  sameKind?: SameKindColumns;
}

export interface MatchRecords {
  /** Spreadsheet row number of each record. */
  rows: Int32Array;
  fields: MatchField[];
  /** Columns (1-based) that number the rows (序号, No.): not part of what makes two rows identical. */
  counters?: number[];
  /**
   * Customer-ID columns left out as evidence, each row holding its own: a group's explanation still
   * names the IDs its rows differ on (two records of one CRM).
   */
  idColumns?: { key: string; column: string; col: number }[];
}

export interface RecordOptions {
  template: Template;
  mapping: HeaderMapping;
  columns?: string[];
  /** Keep columns with one value throughout (exact matching still needs their keys, and which rows are blank). */
  keepUniform?: boolean;
  /** The language a column is named in where another column has its header: 电话 (C列), Phone (column C). */
  locale?: Locale;
}

const MEMO_LIMIT = 200_000;
/** Share of a phone column's values starred out (138****8000) for it to be compared as masked numbers. */
const MASKED_SHARE = 0.5;
/** Share of a column's values that must be social-network pages (linkedin.com/in/…) for it to be an account. */
const PROFILE_SHARE = 0.8;
/**
 * Below this many rows an identifying column holding one value throughout (two rows of one name and
 * phone whose dates differ) is kept: that value is the evidence, not a constant of the list.
 */
const FEW_ROWS = 5;
/** Rows on which a number is a shared line, whatever its kind (a mobile on more than five is a company's). */
const SHARED_LINE_ROWS = 6;
/** Roles of a column that names a person. */
const PERSON_ROLES: ReadonlySet<FieldRole> = new Set(['name', 'given', 'family', 'maskedName']);
/** Share of a name column's values that must read as organisations for it to be compared as one. */
const ORGANISATION_SHARE = 0.3;
/**
 * Cells read before deciding whether remembering raw values pays (it does not for phones and
 * emails). Long enough for a column drawn from a large pool (25,000 companies over 300,000 rows
 * repeat little in their first few thousand rows) to show its repeats: a company's or an
 * address's key costs many times a lookup.
 */
const MEMO_TRIAL = 20_000;

/**
 * Rows below the header that hold anything but their row number (序号), but for `lineItems` (sheet
 * row numbers: an order's further items, lineItemRows), which name no customer.
 */
export function dataRows(values: readonly CellValue[][], lineItems?: ReadonlySet<number>): Int32Array {
  const rows: number[] = [];
  const footer = reportFooterStart(values);
  const empty = emptyRowTest(values);
  for (let r = 1; r < footer; r++) {
    const row = values[r];
    if (row && !empty(row) && !isTotalsOrNotesRow(row) && !lineItems?.has(r + 1)) rows.push(r + 1);
  }
  return Int32Array.from(rows);
}

/**
 * `rowKey` keys a value in its row's context (phones read with the row's country); memoising by
 * value alone would mix rows. Text cells are remembered in a StringTable, other values in a Map.
 */
function internField(
  values: readonly CellValue[][],
  rows: Int32Array,
  col: number,
  comparator: AnyComparator,
  rowKey?: (value: CellValue, row: readonly CellValue[] | undefined) => string | null,
) {
  const coded = rowKey ? undefined : columnCodesOf(values);
  const codes = coded?.codes[col - 1];
  if (codes) return internCodes(codes, coded!.distinct[col - 1]!, rows, comparator);
  const ids = new Int32Array(rows.length).fill(-1);
  const byKey = new StringTable();
  let memo: { text: StringTable; ids: number[]; other: Map<CellValue, number> } | null = rowKey
    ? null
    : { text: new StringTable(), ids: [], other: new Map() };
  const counts: number[] = [];
  let nonNull = 0;
  let hits = 0;
  for (let k = 0; k < rows.length; k++) {
    const value = values[rows[k]! - 1]?.[col - 1] ?? null;
    if (isBlank(value)) continue;
    if (k === MEMO_TRIAL && hits < MEMO_TRIAL / 10) memo = null;
    let id: number | undefined;
    // A text cell is looked up and, when new and the memo has room, added in one probe.
    let remember = false;
    if (memo) {
      const room = memo.ids.length + memo.other.size < MEMO_LIMIT;
      if (typeof value === 'string') {
        const at = room ? memo.text.add(value) : memo.text.indexOf(value);
        if (at >= 0 && at < memo.ids.length) id = memo.ids[at];
        else remember = room;
      } else {
        id = memo.other.get(value);
        remember = room && !(value instanceof Date);
      }
    }
    if (id !== undefined) hits++;
    else {
      const key = rowKey ? rowKey(value, values[rows[k]! - 1]) : comparator.key(value);
      if (key === null) id = -1;
      else {
        id = byKey.add(key);
        if (id === counts.length) counts.push(0);
      }
      if (remember && memo) {
        if (typeof value === 'string') memo.ids.push(id);
        else memo.other.set(value, id);
      }
    }
    if (id < 0) continue;
    ids[k] = id;
    counts[id]!++;
    nonNull++;
  }
  return internedField(ids, byKey, counts, nonNull, comparator);
}

function internedField(
  ids: Int32Array,
  byKey: StringTable,
  counts: number[],
  nonNull: number,
  comparator: AnyComparator,
) {
  const keys = byKey.strings;
  const prepared = keys.map((key) => comparator.prepare(key));
  return { ids, keys, values: prepared, counts: Int32Array.from(counts), nonNull };
}

/**
 * `internField` over a column the reader coded: each distinct value is keyed once, on the row it
 * first appears in (so keys are numbered in row order, as cell by cell), and every row after it
 * reads its key's number from a typed array.
 */
function internCodes(codes: Int32Array, distinct: readonly string[], rows: Int32Array, comparator: AnyComparator) {
  const ids = new Int32Array(rows.length).fill(-1);
  const byKey = new StringTable();
  const counts: number[] = [];
  let nonNull = 0;
  // -2: not keyed yet; -1: keyed, no key (a blank or a value the comparator cannot read).
  const keyOfCode = new Int32Array(distinct.length).fill(-2);
  for (let k = 0; k < rows.length; k++) {
    const code = codes[rows[k]! - 1] ?? -1;
    if (code < 0) continue;
    let id = keyOfCode[code]!;
    if (id === -2) {
      const value = distinct[code]!;
      const key = isBlank(value) ? null : comparator.key(value);
      id = key === null ? -1 : byKey.add(key);
      if (id === counts.length) counts.push(0);
      keyOfCode[code] = id;
    }
    if (id < 0) continue;
    ids[k] = id;
    counts[id]!++;
    nonNull++;
  }
  return internedField(ids, byKey, counts, nonNull, comparator);
}

/** How a sheet's dates are read, as check reads them: its region's calendar, and each row's. */
interface SheetDates {
  region: string;
  rows: RowDates | undefined;
}

/** A column's values interned under `role`'s comparator; phones and dates read as check and clean read them. */
function buildField(
  values: readonly CellValue[][],
  rows: Int32Array,
  col: number,
  role: FieldRole,
  region: string,
  format: string | null | undefined,
  phoneSheet: () => PhoneSheet,
  sheetDates: () => SheetDates,
  rowPlace: () => RowPlaceReader | null,
) {
  const phones = role === 'phone' || role === 'otherPhone' ? phoneSheet() : undefined;
  // Dates are read in the order the column's unambiguous ones show (25/12/1985: day first), and in each
  // row's region's calendar (a 台北 row's 民國 years are not a 杭州 row's), as check reads them.
  const sheet = role === 'birthDate' || role === 'date' ? sheetDates() : undefined;
  const dates = sheet && dateColumnContext(values, col, { region: sheet.region });
  const comparator = comparatorFor(role, region, format, phones, dates);
  const rowKey = phones
    ? phoneRowKeys(region, phones, rowPlace() ?? undefined)
    : dates && sheet?.rows
      ? dateRowKeys(role === 'birthDate' ? 'birth' : 'activity', { columnFormat: format, ...dates }, sheet.rows)
      : undefined;
  return { comparator, ...internField(values, rows, col, comparator, rowKey) };
}

/** Whether `columns` names the column: by its header, or by its letter (#C) where two columns share the header. */
function chosen(header: string, col: number, columns: string[] | undefined): boolean {
  if (!columns) return true;
  const folded = foldHeader(header);
  const key = columnOverrideKey(col);
  return columns.some((c) => c === key || c.trim() === header || foldHeader(c) === folded);
}

export function buildRecords(snapshot: SheetSnapshot, options: RecordOptions): MatchRecords {
  const { template, mapping } = options;
  const values = snapshot.values;
  // A CSV row an unquoted comma moved right holds no customer's values under its headers: check names
  // it, and matching leaves it out, so that no merge folds its shifted cells into another row.
  const leftOut = furtherRows(values, mapping, template);
  for (const { row } of snapshot.misalignedRows ?? []) leftOut.add(row);
  const rows = dataRows(values, leftOut);
  const region = template.defaultRegion;
  let phoneSheet: PhoneSheet | undefined;
  // A row's place without a country column (another number's +853, an address in 澳門), as check reads it.
  let placeReader: RowPlaceReader | null | undefined;
  const fieldsByKey = new Map(template.fields.map((f) => [f.key, f]));
  // The sheet's region for its dates is its phones' where it has a phone column, as check takes it.
  const hasPhones = mapping.columns.some((c) => fieldsByKey.get(c.field ?? c.secondOf ?? '')?.kind === 'phone');
  let sheetDates: SheetDates | undefined;
  const datesOfSheet = (): SheetDates => {
    if (sheetDates) return sheetDates;
    const dateRegion = hasPhones ? (phoneSheet ??= readPhoneSheet(values, mapping, template)).sheet : region;
    return (sheetDates = { region: dateRegion, rows: rowDates(values, mapping, region, dateRegion) });
  };
  let fields: MatchField[] = [];
  const counters: number[] = [];
  const idColumns: NonNullable<MatchRecords['idColumns']> = [];
  const contactKey = contactField(template)?.key;
  // Reasons name a column by its header, and by its letter too where two columns share it.
  const names = columnNames(
    Array.from(values[0] ?? [], (h) => cellText(h)),
    options.locale ?? 'en-US',
  );
  for (const column of mapping.columns) {
    const name = names[column.col - 1] || column.header;
    if (!column.header || !chosen(column.header, column.col, options.columns)) continue;
    if (!options.columns && isCustodianRowColumn(column.header)) continue;
    // A second phone column (Mobile beside Phone, 座机 beside 手机) is read as the field it holds more of.
    const fieldKey = column.field ?? column.secondOf;
    const field = fieldKey ? fieldsByKey.get(fieldKey) : undefined;
    const format = snapshot.columnFormats?.[column.col - 1];
    const profile = profileColumn(
      values,
      rows,
      column.col,
      region,
      format,
      !field,
      field !== undefined && field.kind !== 'id',
    );
    // A company's legal ID (统一社会信用代码, VAT) names one entity per value, even when every row holds
    // its own: evidence, never a row number.
    const legalId = (!field || field.kind === 'id') && legalIdColumn(column.header, values, rows, column.col);
    // A column the template knows (a phone, a name) never numbers the rows; a customer ID unique to
    // each row does whatever its shape (set up gives every row one).
    const numbersRows = legalId
      ? false
      : field
        ? field.kind === 'id' && (profile.counter || profile.distinct >= profile.nonEmpty)
        : profile.counter;
    if (numbersRows) counters.push(column.col);
    // A Suffix column of one Jr. among blanks still tells that row's generation from the others'.
    const generation = !field && generationHeader(column.header);
    // A second phone or e-mail column that few rows fill (Google's E-mail 2) is kept too: its one value
    // may be what two rows share, with each other or with another column of its kind.
    const sparseContact =
      profile.nonEmpty < rows.length &&
      (field ? field.kind === 'phone' || field.kind === 'email' : profile.kind === 'phone' || profile.kind === 'email');
    if (
      profile.nonEmpty === 0 ||
      (profile.distinct <= 1 && !generation && !sparseContact && !options.keepUniform && rows.length >= FEW_ROWS)
    )
      continue;
    let role: FieldRole | null;
    const header = column.header;
    const recordNumber = recordNumberHeader(header);
    if (legalId) role = 'legalId';
    else if (field) {
      role = roleOfField(field, column.part);
      // A customer ID that repeats tells rows apart; one unique per row (a row number) says nothing.
      // A member's card or a buyer's account is one customer's, whatever its shape; the number the
      // system gave a member's record (会员编号) is not: one re-registered member holds two.
      if (field.kind === 'id')
        role = profile.counter
          ? null
          : accountHeader(header) && !recordNumber
            ? 'account'
            : profile.distinct >= profile.nonEmpty
              ? null
              : 'code';
      // A name column of sites, shops and schools (Name: Lakeside YMCA) holds organisations.
      if (role === 'name' && profile.organisations >= ORGANISATION_SHARE) role = 'company';
      // A parent's name and phone (家长姓名, 家长手机) are shared by siblings: not the customer's own.
      if ((role === 'name' || role === 'phone') && otherPersonHeader(header))
        role = role === 'name' ? 'otherName' : 'otherPhone';
      if (role === null && options.columns)
        role = 'text'; // the user asked for this column
      // When the row was made (HubSpot's Create Date) tells records apart, not customers, and so do
      // the dates of the team's dealings with them (最近跟进, Last Activity Date).
      else if (
        role === 'date' &&
        !options.columns &&
        (createdHeader(header) || field.role === 'lastContact' || activityHeader(header))
      )
        role = null;
    } else {
      // Row numbers, amounts, counts and yes/no flags say nothing about who a customer is.
      if (profile.counter || profile.kind === 'number' || profile.kind === 'flag') continue;
      role = profile.kind;
      // A buyer's e-mail or phone beside the attendee's (Eventbrite's Buyer Email) is another person's:
      // shared by colleagues one person bought for, so never evidence that two rows are one attendee.
      if (column.someoneElse && !options.columns) {
        if (role !== 'phone') continue;
        role = 'otherPhone';
      } else if (vehicleHeader(header) && role !== 'email' && role !== 'phone') role = 'vehicle';
      else if (recordNumber && role !== 'email' && role !== 'phone') {
        // Each record's own number (会员编号 LR001, 用户ID u_…) says nothing and is only named when it
        // differs; one that repeats is a code, as a customer ID that repeats is.
        if (profile.distinct < profile.nonEmpty) role = 'code';
        else {
          idColumns.push({ key: header, column: name, col: column.col });
          continue;
        }
      } else if (accountHeader(header) && role !== 'email' && role !== 'phone') role = 'account';
      // A person's LinkedIn or Facebook page names one person, as a member's account does.
      else if (profile.profiles >= PROFILE_SHARE) role = 'profile';
      else if (!options.columns) {
        // Nor do an order's, a course's or a membership's details (a product, a status, a date, a
        // fee): two siblings in one class, or two buyers of one product on one day, are two customers.
        const other = otherPersonHeader(header);
        if (role === 'date' || (other && role !== 'phone') || (!other && detailHeader(header))) continue;
        if (other) role = 'otherPhone';
      }
    }
    if ((role === 'phone' || role === 'otherPhone') && profile.masked >= MASKED_SHARE) role = 'maskedPhone';
    if (role === 'text' && generationHeader(header)) role = 'generation';
    if (role === null) {
      if (field?.kind === 'id') idColumns.push({ key: field.key, column: name, col: column.col });
      continue;
    }
    // Starred-out cells among whole ones (抖音's 186****0001 among full numbers, 拼多多's 周* among
    // names) are compared again on what they show, in a field of their own over the same column.
    const masked: FieldRole | null =
      profile.masked === 0
        ? null
        : role === 'name'
          ? 'maskedName'
          : role === 'phone'
            ? 'maskedPhone'
            : role === 'email'
              ? 'maskedEmail'
              : null;
    for (const fieldRole of masked ? [role, masked] : [role]) {
      const built = buildField(
        values,
        rows,
        column.col,
        fieldRole,
        region,
        format,
        () => (phoneSheet ??= readPhoneSheet(values, mapping, template)),
        datesOfSheet,
        () => {
          if (placeReader === undefined) {
            const sheet = (phoneSheet ??= readPhoneSheet(values, mapping, template)).sheet;
            placeReader = rowPlaceReaderWhereNamed(values, rows, mapping, template, sheet);
          }
          return placeReader;
        },
      );
      // One value throughout says nothing. An identifying column that only some rows fill (one phone
      // among WeCom contacts who gave none) is kept: it tells which rows have nothing to say who they are.
      const uniform =
        built.keys.length <= 1 &&
        (built.nonNull === rows.length || (!IDENTIFYING_ROLES.has(fieldRole) && fieldRole !== 'generation'));
      // On a few rows one name or number throughout is what they share, not a column's constant.
      const fewShare = rows.length < FEW_ROWS && IDENTIFYING_ROLES.has(fieldRole);
      if (built.nonNull === 0 || (uniform && !options.keepUniform && !fewShare)) continue;
      const key = field && column.field ? (column.part ? `${field.key}.${column.part}` : field.key) : column.header;
      const contact = contactKey !== undefined && column.field === contactKey && PERSON_ROLES.has(fieldRole);
      fields.push({
        key,
        column: name,
        col: column.col,
        role: fieldRole,
        mapped: Boolean(field),
        ...built,
        ...(contact && { contact: true as const }),
      });
    }
  }
  // 纳税人识别号 beside 统一社会信用代码 is one company ID read twice (repeated-legal-id.ts).
  fields = withoutRepeatedLegalIds(fields);
  // With a contact person and no name of a person's own (客户名称 of companies beside 联系人, Account
  // Name beside Contact Name), the company is the customer and the person whom to talk to there.
  if (fields.some((f) => f.contact) && !fields.some((f) => !f.contact && PERSON_ROLES.has(f.role)))
    for (const f of fields) if (f.role === 'company') f.customer = true;
  for (const role of ['phone', 'email'] as const) {
    const ofKind = fields.filter((f) => f.role === role);
    if (ofKind.length < 2) continue;
    const group = SameKindColumns.of(ofKind);
    if (!group) continue;
    for (const f of ofKind) {
      f.sameKind = group;
      // A value's count is the records holding it in any of the columns; beyond the column's own holders
      // only as far as telling a shared line from one person's needs, so that its weight stays a share.
      const counts = group.recordCounts(f);
      const most = Math.max(f.nonNull, SHARED_LINE_ROWS);
      for (let id = 0; id < counts.length; id++) f.counts[id] = Math.min(counts[id]!, most);
    }
  }
  const given = fields.find((f) => f.role === 'given');
  const family = fields.find((f) => f.role === 'family');
  if (given && family) {
    given.partner = family;
    family.partner = given;
  }
  return { rows, fields, counters, idColumns };
}
