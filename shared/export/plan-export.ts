/**
 * snapshot + CRM + object → the files to import: header, rows (each traced to its sheet row) and a
 * report of which sheet column went where. Columns the CRM has no place for are kept as extra
 * columns under the sheet's header, so nothing is dropped; company-only rows of a contacts or
 * leads export go to an accounts file; files are split at the CRM's row and size caps.
 */
import { otherPersonHeader } from '../dedupe/column-headers';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { phoneKey } from '../normalise/phone';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import { emptyRowTest } from '../sheet/counter-row';
import { resolveContext, type OperationOptions } from '../operations/options';
import { listFromHeader } from '../operations/read-below-title';
import { crmLayout, defaultObject, unconfirmedFacts, type CrmId, type CrmLayout, type CrmObject } from './crm-layouts';
import { FileBuilder, type SheetColumn } from './build-files';
import { withShownPhones } from '../normalise/phone-shown';
import { readPhoneSheet, rowRegionReader } from '../normalise/phone-region';
import { rowPlaceReader } from '../normalise/phone-row-place';
import { rowDates } from '../normalise/row-dates';
import { reportFooterStart } from '../sheet/report-footer';
import { ValueConverter } from './convert-value';
import { personNames, roleColumns, rowParties, type RoleColumns } from './row-parties';
import { errorRows } from './error-rows';
import { isChineseList } from './split-name';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { continuationRows, furtherRows } from '../sheet/continuation-rows';
import { companyRepeats, groupAccounts, isPersonSource, SHARED_SOURCES, type RowRecord } from './account-groups';
import { legalIdHeader } from '../dedupe/compare/code';
import { isPersonWeChatHeader } from './person-wechat';
import type { CountedValue } from './cell-tally';
import { maskedName, withoutName, type MaskedOnlyRow, type MaskedReport } from './masked-values';
import type { PostNominalReport } from './post-nominal-values';
import { otherContactColumns, withoutOtherContacts, type OtherContact } from './other-contacts';
import { planSecondContacts, splitRow, type SplitRow } from './second-contacts';
import { rowCountryTest } from './chinese-row';
import { saysNoValue } from '../check/placeholder';
import { isCompanyLine, isRoleMailbox } from './company-lines';
import { withLinkTargets } from './link-targets';
import { customerOwnAside } from './customer-own-fields';

export interface ExportOptions extends OperationOptions {
  crm: CrmId;
  object?: CrmObject;
  /** The layout to use instead of the built-in one (after a map file's overrides). */
  layout?: CrmLayout;
}

export interface ExportFile {
  object: CrmObject;
  /** 1-based part number and the number of parts of this object. */
  part: number;
  parts: number;
  header: string[];
  rows: CellValue[][];
  /** The sheet row (1-based, header = 1) each exported row came from. */
  sourceRows: number[];
}

export interface ColumnReport {
  crmColumn: string;
  source: string;
  /** Sheet headers the values come from; empty when the sheet has no such column. */
  sheetColumns: string[];
  required: boolean;
}

export interface ExportReport {
  crm: CrmId;
  object: CrmObject;
  locale: Locale;
  /** Data rows exported (all objects). */
  rows: number;
  columns: ColumnReport[];
  /** Sheet headers written as extra columns after the CRM's own. */
  extraColumns: string[];
  /** Company-only rows written to the accounts file of a contacts or leads export. */
  accountRows: number;
  /** Required CRM columns filled from another value: CRM column -> rows. */
  filled: Record<string, number>;
  /** Rows whose required CRM columns stay blank: CRM column -> rows. */
  missingRequired: Record<string, number>;
  /**
   * E-mail and phone columns a row's own column left blank, filled from another of its columns (Apple's
   * Email (work) where Email (home) is blank): CRM column -> sheet header -> rows.
   */
  filledFromOther: Record<string, Record<string, number>>;
  /** The first sheet rows of those fills: CRM column -> sheet header -> rows. */
  filledFromOtherRowNumbers: Record<string, Record<string, number[]>>;
  /**
   * E-mail cells holding several addresses (Google's a@x.com ::: b@y.com): the first went to Email, the
   * others to `columns` (the CRM's second e-mail column, or an extra column under the sheet header).
   * Sheet header -> rows and columns.
   */
  severalEmails: Record<string, { rows: number; columns: string[] }>;
  /** The first sheet rows of those cells: sheet header -> rows. */
  severalEmailRowNumbers: Record<string, number[]>;
  /** Names kept whole in the last name (surname + honorific, mixed scripts). */
  namesKeptWhole: number;
  /** Names that held the organisation too (张三-杭州源泉科技, Tom Lee - Acme Ltd), read as the person and the account. */
  remarkNames: number;
  /** Names typed with the person's e-mail (Jane Doe (jane@acme.com)): the name read, the address written to Email. */
  namesWithEmail: number;
  /**
   * Names that read as a person and a company only if a city's name is the person's (金华 森源建材),
   * kept as typed: how many, the first rows of them and one as typed. Absent when there are none.
   */
  remarkTwoReadings?: { count: number; rows: number[]; example: string };
  /** A company list's customers with no contact whose name is a person's: written as that contact, with no company. */
  clientsAsContacts: number;
  /** Rows whose company cell named the row's own person ("Bouchard, Luc" beside Luc Bouchard): written with no company. */
  companiesNamingPerson: number;
  /** Roles where a person's name should be (客服, 采购): the name left blank. Value -> rows. */
  rolesAsNames: Record<string, number>;
  /** 个人 / 个体 where a company's name should be: the company left blank. Value -> rows. */
  noCompanyWords: Record<string, number>;
  /** Remarks marking a personal contact (付超-个人): the person, with no company from the remark. */
  personalRemarks: number;
  /**
   * A name column beside the contact column (姓名 beside 联系人, as `combine` writes): the rows whose
   * person came from it (`rows`), and those where it names someone other than the contact, kept under
   * its header (`aside`, the first of them in `asideRows`). Absent when the sheet has no such column.
   */
  ownNames?: { column: string; contactColumn: string; rows: number; aside: number; asideRows: number[] };
  /**
   * A list of people beside their contacts with no company column (学生姓名 beside 家长姓名): the rows
   * whose customer, a person, was kept under its header (`column`) rather than written as the account
   * (`accountColumn`, the layout's; absent when it has none), and the first of them. Absent when the
   * customer-name column is read as organisations.
   */
  namesBesideContact?: {
    column: string;
    contactColumn: string;
    accountColumn?: string;
    rows: number;
    rowNumbers: number[];
  };
  /**
   * Contacts on the row besides its contact (联系人2 with 电话2 and 邮箱2): their columns, never the
   * contact's phone or e-mail. Absent when there are none.
   */
  otherContacts?: OtherContact[];
  /**
   * Contact rows written for those other contacts (a Contacts or Leads file: each its own person with
   * the row's company and company columns), and in the contacts file of an accounts export of a contact
   * list. 0 in an accounts file of a row per company, where they stay extra columns.
   */
  secondContactRows: number;
  /**
   * Rows whose other contact stayed extra columns on the row: its name blank, or the row's contact's own
   * (a further number of theirs, or a namesake). Absent when there are none.
   */
  secondContactsAside?: number;
  /** The list is Chinese: its pinyin names are read surname first. */
  chineseList: boolean;
  /**
   * Latin-letter names read surname first: a Chinese list's pinyin (Zhang Wei), and romanised Chinese
   * names in any list (Lim Wei Ming, Chan Tai Man).
   */
  surnameFirst: number;
  /** Rows that still have errors by `check`, and the first of them. */
  errorRows: number;
  errorRowNumbers: number[];
  /** Parts of a date (a birthday without its year, a year and month) left out of the CRM's date column: header -> count. */
  partialDates: Record<string, number>;
  /** Placeholders (无, -, N/A) in phone and e-mail cells, as check reads them, written blank: header -> count. */
  placeholders: Record<string, number>;
  /** Formula errors (#N/A, #REF!) written blank: header -> count; absent when there is none. */
  formulaErrors?: Record<string, number>;
  /** Values that could not be read and were exported as typed: header -> count. */
  valuesAsTyped: Record<string, number>;
  /** Postcodes given back the leading zero a spreadsheet dropped (US 2110 -> 02110, AU 800 -> 0800): CRM column -> count. */
  postcodesZeroed: Record<string, number>;
  /**
   * Dates with two readings (05/04/2023: day or month first, and the column does not say): left out of the
   * file's date column (the CRM's, or an extra column of dates in the CRM's date format), where the CRM
   * would read them in its one order, and kept as typed in `twoReadingsKeptIn`: header -> count.
   */
  twoReadings: Record<string, number>;
  /** The first of those dates of each header, as typed, with their sheet rows: header -> values. */
  twoReadingValues: Record<string, CountedValue[]>;
  /** The column each header's dates of two readings are kept in (the notes, Description or 备注): header -> column. */
  twoReadingsKeptIn: Record<string, string>;
  /** Of those, dates given only to their month or without their year (2024年3月, 6月1日): header -> count. */
  partDays: Record<string, number>;
  /** The first of those dates of each header, as typed, with their sheet rows: header -> values. */
  partDayValues: Record<string, CountedValue[]>;
  /** Region cells of province, city and district (安徽省 合肥市 蜀山区) written to State, City and street: sheet header -> rows. */
  regionsSplit: Record<string, number>;
  /** Region cells naming 香港, 台灣 or 澳门 written to the Country column: sheet header -> rows. */
  regionsAsCountry: Record<string, number>;
  /** Numbers no phone column was free for, kept in the notes column (or under their sheet header): sheet header -> count. */
  sparePhones: Record<string, number>;
  /** Of those, numbers for Phone while Mobile was free (nothing says they are mobiles): sheet header -> count. */
  sparePhonesNotMobile: Record<string, number>;
  /** Of those, numbers no region reads as valid, kept out of the phone columns the row's valid numbers took: sheet header -> count. */
  sparePhonesInvalid: Record<string, number>;
  /** Of those, faxes, which no phone column is: sheet header -> count. */
  spareFaxes: Record<string, number>;
  /** Notes typed after a number (138 0013 8000（微信同号）), kept where spare numbers are: sheet header -> count. */
  phoneNotes: Record<string, number>;
  /** The first sheet rows of those notes: sheet header -> rows. */
  phoneNoteRowNumbers: Record<string, number[]>;
  /**
   * Cells showing a label that links to the value (张伟邮箱 → mailto:…, 官网 → https://…), exported as
   * the link's target: sheet header -> count and first rows. Absent when none.
   */
  linkTargets?: Record<string, { count: number; rowNumbers: number[]; example: { label: string; target: string } }>;
  /** Titles the CRM's Salutation picklist has no value of that meaning for (Miss, 小姐), kept as typed in the notes: title -> rows. */
  salutationsKept: Record<string, number>;
  /** Of those, titles of two readings (Frau, Mme: Mrs. or Ms.): title -> rows. */
  salutationsTwoReadings: Record<string, number>;
  /**
   * An accounts export of a contact list: one account per company (`accounts`), the people in a
   * contacts file (`contacts`), and the account columns whose rows differed (CRM column -> companies;
   * the account took its first row's value). Absent when each row is its own account.
   */
  accountGroups?: {
    accounts: number;
    contacts: number;
    differing: Record<string, number>;
    /** Rows with no contact whose phone or e-mail went to their account (in no contact's row): count and first rows. */
    noContact?: { rows: number; rowNumbers: number[] };
    /** Rows whose landline or role mailbox (info@) went to their account too (the contact keeps it): count and first rows. */
    companyLines?: { rows: number; rowNumbers: number[] };
  };
  /** Values none of the CRM's own (industries Salesforce or HubSpot do not have), written as typed: CRM column -> values. */
  notCrmValues: Record<string, string[]>;
  /** Choice labels with no standard CRM picklist value, exported as the label: CRM column -> labels. */
  offPicklist: Record<string, string[]>;
  /**
   * Starred-out values (脱敏: 张*, 138****5678, lil***@163.com) kept out of the CRM's name, phone and
   * e-mail columns and kept as typed in the notes or under their header: sheet header -> what went where.
   */
  maskedValues: Record<string, MaskedReport>;
  /**
   * Orders' privacy numbers (抖店's 17012345678-4821: the buyer's mobile only while the order lasts) kept
   * out of the CRM's phone columns, as masked values are: sheet header -> what went where.
   */
  privacyNumbers: Record<string, MaskedReport>;
  /**
   * Names typed with degrees or credentials after them (Rachel Green, MBA): First and Last Name got the
   * name alone, the name as typed was kept in the notes or under its header: sheet header -> what went where.
   */
  postNominals: Record<string, PostNominalReport>;
  /** Rows whose only name or contact is masked (refused by --strict), and the first of them with their columns. */
  maskedOnlyRows: number;
  maskedOnlyRowNumbers: MaskedOnlyRow[];
  /** Postcodes taken from the end of the address (…1203室(310012)) into the CRM's postal-code column: sheet header -> count. */
  postcodesFromAddress: Record<string, number>;
  /** Facts of the layout that are defaults rather than confirmed (say so to the user). */
  unconfirmed: string[];
  /** Rows left out of the files as no customer of their own, by why: reason -> rows (none: `{}`). */
  skippedRows: Partial<Record<SkippedRow['reason'], number>>;
  /** The first of them, in sheet order, each with its reason. */
  skippedRowNumbers: SkippedRow[];
}

/**
 * A sheet row left out of the files as no customer of its own, and why: `continuation`, a customer's
 * further line in a hand-kept list (序号 and 姓名 blank, only a follow-up, a note or another phone),
 * continuing the customer of `customerRow`. Its cells are in no file: moving them up is the user's call.
 * `idOnly`: a row with its customer ID and nothing else but placeholders (KH007 （空）), no customer's content.
 */
export type SkippedRow =
  { row: number; reason: 'continuation'; customerRow: number } | { row: number; reason: 'idOnly' };

export interface ExportPlan {
  layout: CrmLayout;
  files: ExportFile[];
  report: ExportReport;
}

const ERROR_ROWS_LISTED = 20;
/** Rows a report names for one of its counts (the rest are "and N more"). */
const ROWS_NAMED = 5;
const firstRows = (rows: ReadonlySet<number>) => [...rows].sort((a, b) => a - b).slice(0, ROWS_NAMED);
/** Template fields that are a person's own, never a company's (an account made of several rows drops them). */
const PERSON_FIELDS = new Set(['name', 'contact', 'phone', 'email', 'title', 'birthDate', 'gender', 'idNumber']);

/** The layout's account column (Company Name, Account Name), where it has one. */
function accountHeader(layout: CrmLayout): { accountColumn?: string } {
  const column = layout.columns.find((c) => c.source === 'account');
  return column ? { accountColumn: column.header } : {};
}

/** Sheet columns that may be a company's own beside the layout's (Website, EIN), not the person's. */
function companyExtraCandidates(
  columns: readonly SheetColumn[],
  roles: RoleColumns,
  taken: ReadonlySet<number>,
): number[] {
  const personal = new Set([roles.person, roles.ownName, roles.given, roles.family, roles.salutation, roles.account]);
  return columns
    .filter(
      (c) => !taken.has(c.col) && !personal.has(c.col) && !c.secondOf && !(c.field && PERSON_FIELDS.has(c.field.key)),
    )
    .map((c) => c.col);
}

function skippedCounts(skipped: readonly SkippedRow[]): ExportReport['skippedRows'] {
  const counts: ExportReport['skippedRows'] = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

export function planExport(sheet: SheetSnapshot, options: ExportOptions): ExportPlan {
  // Under a title the list is read from its header down: the title and the header are no contacts.
  const { snapshot: listed } = listFromHeader(sheet, options.template);
  // An import file holds no links: a label's link target is the value exported (link-targets.ts).
  const { snapshot: linkedList, targets: linked } = withLinkTargets(listed);
  const ctx = resolveContext(linkedList, options);
  // A phone stored as a number goes out as the number its cell shows (0438 111 222 under 0000 000 000), as check reads it.
  const snapshot = withShownPhones(linkedList, ctx.mapping, ctx.template);
  const object = options.layout?.object ?? options.object ?? defaultObject(options.crm);
  const layout = options.layout ?? crmLayout(options.crm, object);
  if (!layout) throw new Error(`${options.crm} has no ${object} layout`);
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  // A second contact's columns (联系人2, 电话2) are no details of the row's contact, however mapped.
  const { mapping, others: otherContacts } = withoutOtherContacts(ctx.mapping, ctx.template);
  const mappedColumns: SheetColumn[] = mapping.columns.map((c) => ({
    col: c.col,
    header: c.header,
    field: c.field && !c.part ? fields.get(c.field) : undefined,
    // A parent's or an emergency contact's phone (家长手机) is checked as a phone, but is no number of
    // the customer's own: it goes out under its own header, never as the child's Mobile.
    ...(c.secondOf && !otherPersonHeader(c.header) ? { secondOf: c.secondOf } : {}),
    ...(c.someoneElse ? { someoneElse: true } : {}),
  }));
  const footer = reportFooterStart(snapshot.values);
  // A report's footer (Grand Totals) is no title: the title column is judged on the rows above it.
  const roles = roleColumns(mapping, ctx.template, snapshot.values.slice(0, footer));
  const sheetColumns = customerOwnAside(
    mappedColumns,
    roles,
    layout.columns.map((c) => c.header),
  );
  const chineseList = isChineseList(ctx.locale, personNames(snapshot.values, roles));
  const phones = readPhoneSheet(snapshot.values, ctx.mapping, ctx.template);
  // Each row's dates in its region's calendar, as check reads them: a 台北 row's 民國 years are not a 杭州 row's.
  const dateRows = rowDates(snapshot.values, ctx.mapping, phones.home, phones.sheet);
  const converter = new ValueConverter(
    layout,
    ctx.locale,
    {
      defaultRegion: phones.home,
      sheetRegion: phones.sheet,
      ...(phones.also ? { otherSheetRegions: phones.also } : {}),
      // An international list writes China's numbers with +86 too, as check and clean do.
      ...(phones.foreignList ? { foreignList: true as const } : {}),
    },
    dateRows && { values: snapshot.values, rows: dateRows },
  );

  // A row from China or Vietnam: its romanised name may be surname first though the list is not Chinese.
  const rowCountry = chineseList ? () => null : rowCountryTest(sheetColumns, rowRegionReader(phones));
  const main: RowRecord[] = [];
  const companies: RowRecord[] = [];
  let namesKeptWhole = 0;
  let surnameFirst = 0;
  let remarkNames = 0;
  let namesWithEmail = 0;
  const twoReadingRemarks: number[] = [];
  let twoReadingExample = '';
  let clientsAsContacts = 0;
  let companiesNamingPerson = 0;
  let personalRemarks = 0;
  let ownNameRows = 0;
  const ownNameAside: number[] = [];
  const rolesAsNames = new Map<string, number>();
  const noCompanyWords = new Map<string, number>();
  const tally = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const spillAccounts = object !== 'accounts';
  // An accounts file stays a row per company: there the other contacts' columns stay extra columns,
  // unless its people go to a contacts file (account-groups.ts), where each is a contact of their own.
  const secondContacts = planSecondContacts(
    mapping,
    otherContactColumns(ctx.mapping, ctx.template),
    ctx.template,
    roles,
  );
  const secondContactKept = { kept: new Set(secondContacts?.groups.flatMap((g) => g.kept)) };
  let secondContactRows = 0;
  let secondContactsAside = 0;
  // A hand-kept list's further lines of a customer: said in the report, as they hold a note or a number.
  const continued = continuationRows(snapshot.values, ctx.mapping, ctx.template);
  // With an order export's further item rows (Shopify's), the order's: no contacts.
  const items = furtherRows(snapshot.values, ctx.mapping, ctx.template, continued);
  const skipped: SkippedRow[] = [];
  // A row blank but for its number (序号 14) is no customer to export.
  const empty = emptyRowTest(snapshot.values);
  // Nor is a row of its customer ID alone, placeholders aside (KH007 with 客户名称 （空）).
  const idCols = new Set(mapping.columns.filter((c) => c.field === 'customerId').map((c) => c.col - 1));
  const idOnly = (values: readonly CellValue[] | undefined) =>
    idCols.size > 0 &&
    values !== undefined &&
    values.some((v, c) => idCols.has(c) && !isBlank(v)) &&
    values.every((v, c) => idCols.has(c) || isBlank(v) || saysNoValue(v));
  const splits = new Map<RowRecord, SplitRow>();
  for (let i = 1; i < footer; i++) {
    const values = snapshot.values[i];
    if (empty(values) || isTotalsOrNotesRow(values) || items.has(i + 1)) {
      const customerRow = continued.get(i + 1);
      if (customerRow !== undefined) skipped.push({ row: i + 1, reason: 'continuation', customerRow });
      continue;
    }
    if (idOnly(values)) {
      skipped.push({ row: i + 1, reason: 'idOnly' });
      continue;
    }
    // A second contact (联系人2) is a contact of its own, on its own row (second-contacts.ts).
    const split = secondContacts ? splitRow(values, secondContacts, roles.person!) : undefined;
    if (!spillAccounts) {
      // An accounts file: the row as typed, split below only where its people go to a contacts file.
      const record = recordOf(values, i + 1);
      if (split && (split.others.length > 0 || split.aside > 0)) splits.set(record, split);
      main.push(record);
      continue;
    }
    if (split) secondContactsAside += split.aside;
    const first = recordOf(split?.first ?? values, i + 1);
    if (first.parties.full === '' && first.parties.account !== '') companies.push(first);
    else main.push(first);
    for (const other of split?.others ?? []) {
      main.push({ ...recordOf(other, i + 1, true), secondContact: secondContactKept });
      secondContactRows++;
    }
  }
  // An accounts export of a contact list writes its people to a contacts file: a second contact is one of them.
  const legalIdCol = sheetColumns.find((c) => legalIdHeader(c.header))?.col;
  const splitAccounts = !spillAccounts && splits.size > 0 && companyRepeats(main, legalIdCol);
  if (splitAccounts) {
    const rows = [...main];
    main.length = 0;
    for (const record of rows) {
      const split = splits.get(record);
      if (!split || record.parties.account === '') {
        main.push(record);
        continue;
      }
      secondContactsAside += split.aside;
      main.push({ ...record, values: split.first });
      for (const other of split.others) {
        main.push({ ...recordOf(other, record.row, true), secondContact: secondContactKept });
        secondContactRows++;
      }
    }
  }

  /** A sheet row's record (or a second contact's row of it), its names counted for the report. */
  function recordOf(values: readonly CellValue[], row: number, secondContact = false): RowRecord {
    const read = rowParties(values, roles, chineseList, rowCountry(values));
    // A starred-out name (张*) is no name for the CRM: kept as typed in the notes instead (masked-values.ts).
    const masked = maskedName(read, values, roles);
    const parties = masked ? withoutName(read) : read;
    if (parties.keptWhole) namesKeptWhole++;
    if (parties.surnameFirst) surnameFirst++;
    if (parties.remark) remarkNames++;
    if (parties.nameEmail) namesWithEmail++;
    if (parties.remarkTwoReadings) {
      if (twoReadingRemarks.length === 0) twoReadingExample = parties.remarkTwoReadings;
      twoReadingRemarks.push(row);
    }
    if (parties.clientAsContact) clientsAsContacts++;
    if (parties.companyIsPerson) companiesNamingPerson++;
    if (parties.personal) personalRemarks++;
    if (parties.ownName === 'read') ownNameRows++;
    if (parties.ownName === 'aside') ownNameAside.push(row);
    if (parties.roleAsName) tally(rolesAsNames, parties.roleAsName);
    if (parties.noCompany) tally(noCompanyWords, parties.noCompany);
    // The company cell is the first contact's row's too: counted once.
    if (parties.placeholderAccount && roles.account !== undefined && !secondContact)
      converter.placeholders.count(cellText(snapshot.values[0]?.[roles.account - 1]).trim(), {
        row,
        source: roles.account,
      });
    for (const col of parties.placeholderNames ?? [])
      converter.placeholders.count(cellText(snapshot.values[0]?.[col - 1]).trim(), { row, source: col });
    return { row, values, parties, ...(masked ? { maskedName: masked } : {}) };
  }

  // Progress over both passes: the error scan, then writing the rows.
  const total = 2 * Math.max(1, snapshot.values.length - 1);
  let written = 0;
  const progress = options.onProgress;
  const onRows = progress
    ? (rows: number) => {
        written += rows;
        progress({ done: Math.min(total, total / 2 + written), total });
      }
    : undefined;
  const errors = errorRows(
    snapshot,
    { ...ctx, onProgress: progress && ((p) => progress({ done: p.done, total })) },
    items,
  );
  const salutations = main.some((record) => record.parties.salutation !== '');
  // A second contact's columns that went to its own row, blank on every first contact's: no extra columns.
  const moved = secondContacts?.groups.flatMap((g) => [...g.moves.keys()]) ?? [];
  const firstContacts = [...main, ...companies].filter((r) => !r.secondContact);
  const gone = new Set(
    spillAccounts || splitAccounts ? moved.filter((col) => firstContacts.every((r) => isBlank(r.values[col - 1]))) : [],
  );
  const build = new FileBuilder(
    snapshot,
    gone.size > 0 ? sheetColumns.filter((c) => !gone.has(c.col)) : sheetColumns,
    roles,
    fields,
    converter,
    rowRegionReader(phones),
    salutations,
    onRows,
    rowPlaceReader(ctx.mapping, ctx.template),
  );
  // An accounts export of a contact list: one account per company, the people in a contacts file.
  const companyCols = layout.columns
    .filter((c) => c.source !== 'account' && !isPersonSource(c.source))
    .map((c) => ({ header: c.header, cols: build.sourceColumns(c.source) }));
  // A switchboard beside the phone field (联系电话, 座机) may be the company's number.
  const switchboard = layout.columns.some((c) => c.source.startsWith('phone')) ? build.secondPhone() : undefined;
  const numberCols = new Set([...build.sourceColumns('phone'), ...(switchboard === undefined ? [] : [switchboard])]);
  // An accounts layout's one Phone, its e-mail and notes: the company's when its rows give them alike.
  // A person's phone and e-mail columns: the company's own value in them goes to its account (account-groups.ts).
  const regionOf = rowRegionReader(phones);
  const emailCols = build.sourceColumns('email');
  const companyValues = {
    cols: [...numberCols, ...emailCols],
    ids: [...idCols].map((c) => c + 1),
    own: (col: number, value: CellValue, record: RowRecord) =>
      emailCols.includes(col)
        ? isRoleMailbox(value)
        : isCompanyLine(
            value,
            { ...converter.phoneRegions(), rowRegion: regionOf(record.values) },
            sheetColumns.find((c) => c.col === col)?.header ?? '',
          ),
  };
  // The second contacts' columns of a contacts file are none of the company's.
  const secondCols = new Set(splitAccounts ? (secondContacts?.groups.flatMap((g) => g.cols) ?? []) : []);
  const sharedCols = [
    ...SHARED_SOURCES.filter((s) => layout.columns.some((c) => c.source === s)).flatMap((s) => build.sourceColumns(s)),
    ...(switchboard === undefined ? [] : [switchboard]),
  ];
  // A person's WeChat is, like their phone, the company's only where its rows give it alike.
  const weChatCols = sheetColumns.filter((c) => isPersonWeChatHeader(c.header)).map((c) => c.col);
  const groups =
    object === 'accounts'
      ? groupAccounts(
          main,
          companyCols.flatMap((c) => c.cols),
          [
            ...new Set([
              ...companyExtraCandidates(sheetColumns, roles, new Set(companyCols.flatMap((c) => c.cols))).filter(
                (col) => !secondCols.has(col),
              ),
              ...sharedCols,
            ]),
          ],
          legalIdCol,
          { cols: numberCols, key: (value) => phoneKey(value, converter.phoneRegions()) ?? cellText(value).trim() },
          new Set([...sharedCols, ...weChatCols]),
          companyValues,
        )
      : null;
  const files = build.files(layout, groups ? groups.accounts : main);
  // The sheet columns the accounts file writes after the CRM's, each company's value in it.
  const accountExtras = groups ? build.extraHeaders(layout).map((extra) => extra.col) : [];
  // Other objects' files follow the user's format overrides too.
  const { dateFormat, yesNo, bom, rowCap, byteCap, picklists } = layout;
  const alongside = (other: 'accounts' | 'contacts') => {
    const base = crmLayout(layout.crm, other);
    return base && { ...base, dateFormat, yesNo, bom, rowCap, byteCap, picklists };
  };
  const contactsLayout = groups ? alongside('contacts') : undefined;
  if (groups && contactsLayout) files.push(...build.files(contactsLayout, groups.people));
  if (companies.length > 0) {
    const accountsLayout = alongside('accounts');
    if (accountsLayout) files.push(...build.files(accountsLayout, companies));
  }
  const differing: Record<string, number> = {};
  for (const { header, cols } of companyCols) {
    const companiesDiffering = Math.max(0, ...cols.map((col) => groups?.differing.get(col) ?? 0));
    if (companiesDiffering > 0) differing[header] = companiesDiffering;
  }
  for (const col of accountExtras.filter((c) => groups?.carried.has(c))) {
    const companiesDiffering = groups?.differing.get(col) ?? 0;
    const header = sheetColumns.find((c) => c.col === col)?.header;
    if (companiesDiffering > 0 && header) differing[header] = companiesDiffering;
  }

  const errorRowNumbers = [...errors].sort((a, b) => a - b);
  const headerOf = (col: number) => sheetColumns.find((c) => c.col === col)?.header || `Column ${col}`;
  const report: ExportReport = {
    crm: layout.crm,
    object,
    locale: ctx.locale,
    rows: main.length + companies.length,
    columns: build.columnReports(layout, ctx.locale),
    extraColumns: build.extraHeaders(layout).map((e) => e.header),
    accountRows: companies.length,
    filled: Object.fromEntries(build.filled),
    missingRequired: Object.fromEntries(build.missing),
    filledFromOther: Object.fromEntries(
      [...build.filledFromOther].map(([column, byHeader]) => [column, Object.fromEntries(byHeader)]),
    ),
    filledFromOtherRowNumbers: Object.fromEntries(
      [...build.filledFromOtherRows].map(([column, byHeader]) => [
        column,
        Object.fromEntries([...byHeader].map(([header, rows]) => [header, firstRows(rows)])),
      ]),
    ),
    severalEmails: Object.fromEntries(
      [...build.emails.severalRows].map(([header, rows]) => [
        header,
        { rows, columns: [...(build.emails.severalTo.get(header) ?? [])] },
      ]),
    ),
    severalEmailRowNumbers: Object.fromEntries(
      [...build.emails.severalRowNumbers].map(([header, rows]) => [header, firstRows(rows)]),
    ),
    namesKeptWhole,
    remarkNames,
    namesWithEmail,
    ...(twoReadingRemarks.length > 0
      ? {
          remarkTwoReadings: {
            count: twoReadingRemarks.length,
            rows: twoReadingRemarks.slice(0, 5),
            example: twoReadingExample,
          },
        }
      : {}),
    clientsAsContacts,
    companiesNamingPerson,
    rolesAsNames: Object.fromEntries(rolesAsNames),
    noCompanyWords: Object.fromEntries(noCompanyWords),
    personalRemarks,
    ...(roles.ownName !== undefined && roles.person !== undefined
      ? {
          ownNames: {
            column: headerOf(roles.ownName),
            contactColumn: headerOf(roles.person),
            rows: ownNameRows,
            aside: ownNameAside.length,
            asideRows: ownNameAside.slice(0, ERROR_ROWS_LISTED),
          },
        }
      : {}),
    ...(roles.peopleBesideContact && roles.ownName !== undefined && roles.person !== undefined
      ? {
          namesBesideContact: {
            column: headerOf(roles.ownName),
            contactColumn: headerOf(roles.person),
            ...accountHeader(layout),
            rows: ownNameAside.length,
            rowNumbers: ownNameAside.slice(0, ERROR_ROWS_LISTED),
          },
        }
      : {}),
    ...(otherContacts.length > 0 ? { otherContacts } : {}),
    secondContactRows,
    ...(secondContactsAside > 0 ? { secondContactsAside } : {}),
    chineseList,
    surnameFirst,
    errorRows: errors.size,
    errorRowNumbers: errorRowNumbers.slice(0, ERROR_ROWS_LISTED),
    partialDates: Object.fromEntries(converter.partialDates),
    placeholders: Object.fromEntries(converter.placeholders),
    ...(converter.formulaErrors.size > 0 ? { formulaErrors: Object.fromEntries(converter.formulaErrors) } : {}),
    valuesAsTyped: Object.fromEntries(converter.asTyped),
    twoReadings: Object.fromEntries(converter.twoReadings),
    twoReadingValues: Object.fromEntries(converter.twoReadings.samples),
    twoReadingsKeptIn: Object.fromEntries(
      [...build.datesKeptIn].filter(([header]) => converter.twoReadings.has(header)),
    ),
    partDays: Object.fromEntries(converter.partDays),
    partDayValues: Object.fromEntries(converter.partDays.samples),
    postcodesZeroed: Object.fromEntries(converter.postcodesZeroed),
    sparePhones: Object.fromEntries(build.phones.spareCounts),
    sparePhonesNotMobile: Object.fromEntries(build.phones.spareNotMobile),
    sparePhonesInvalid: Object.fromEntries(build.phones.spareInvalid),
    spareFaxes: Object.fromEntries(build.phones.spareFaxes),
    phoneNotes: Object.fromEntries(build.phones.phoneNotes),
    phoneNoteRowNumbers: Object.fromEntries(
      [...build.phones.phoneNoteRows].map(([header, rows]) => [header, firstRows(rows)]),
    ),
    ...(linked.size > 0
      ? {
          linkTargets: Object.fromEntries(
            [...linked].map(([header, { rows, example }]) => [
              header,
              { count: rows.length, rowNumbers: rows.slice(0, ROWS_NAMED), example },
            ]),
          ),
        }
      : {}),
    salutationsKept: Object.fromEntries(build.titlesKept.kept),
    salutationsTwoReadings: Object.fromEntries(build.titlesKept.twoReadings),
    regionsSplit: Object.fromEntries(build.addresses.regionsSplit),
    regionsAsCountry: Object.fromEntries(build.addresses.regionsAsCountry),
    ...(groups
      ? {
          accountGroups: {
            accounts: groups.companies,
            contacts: groups.people.length,
            differing,
            ...(groups.noContactRows.length > 0
              ? {
                  noContact: {
                    rows: groups.noContactRows.length,
                    rowNumbers: groups.noContactRows.slice(0, ROWS_NAMED),
                  },
                }
              : {}),
            ...(groups.companyLineRows.length > 0
              ? {
                  companyLines: {
                    rows: groups.companyLineRows.length,
                    rowNumbers: groups.companyLineRows.slice(0, ROWS_NAMED),
                  },
                }
              : {}),
          },
        }
      : {}),
    notCrmValues: Object.fromEntries(
      [...converter.notCrmValues].map(([header, values]) => [header, [...values].sort()]),
    ),
    offPicklist: Object.fromEntries([...converter.offPicklist].map(([header, labels]) => [header, [...labels]])),
    maskedValues: Object.fromEntries(build.masked.bySheetColumn),
    privacyNumbers: Object.fromEntries(build.masked.privacyBySheetColumn),
    postNominals: Object.fromEntries(build.postNominals.bySheetColumn),
    maskedOnlyRows: build.masked.maskedOnly().length,
    maskedOnlyRowNumbers: build.masked.maskedOnly().slice(0, ERROR_ROWS_LISTED),
    postcodesFromAddress: Object.fromEntries(build.postcodesFromAddress),
    unconfirmed: unconfirmedFacts(layout, build.writtenColumns(layout)).map((f) => f.en),
    skippedRows: skippedCounts(skipped),
    skippedRowNumbers: skipped.slice(0, ERROR_ROWS_LISTED),
  };
  return { layout, files, report };
}
