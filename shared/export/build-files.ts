/**
 * Writes the rows of one CRM layout: the CRM's columns (those the sheet has a source for, and the
 * required ones, filled from another value where the CRM needs one), then every other sheet column
 * under its own header, then the parts at the layout's caps. Counts fills and blanks for the report.
 */
import { columnNames } from '../sheet/column-names';
import type { Locale } from '../i18n/locale';
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { standardValues, type CrmColumn, type CrmLayout } from './crm-layouts';
import type { ColumnReading, ConvertTarget, ValueConverter } from './convert-value';
import type { ColumnReport, ExportFile } from './plan-export';
import type { RoleColumns } from './row-parties';
import { rowBytes, splitParts } from './split-parts';
import { SheetSources, type SheetColumn } from './sheet-sources';
import { columnReading, EXTRA_DATE_FIELD, holdsDates, ownCellFormats } from './column-reading';
import { PhonePlanner, type FilePhones } from './file-phones';
import type { RowPlaceReader } from '../normalise/phone-row-place';
import { isPersonSource, keepsSource, type RowRecord } from './account-groups';
import { AddressValues, placesInHan } from './address-values';
import { dateParts, type DateColumn, type DateParts } from './date-parts';
import { extraColumns, keptText, type ExtraColumn } from './extra-columns';
import { CrmCells, keptTitle, type ColumnPlan, type KeptTitles } from './crm-cells';
import type { PhoneLine } from './phone-line';
import { MaskedValues, type IdentityColumn } from './masked-values';
import { EmailPlanner, type FileEmails } from './row-emails';
import { PostNominalValues } from './post-nominal-values';

export type { SheetColumn } from './sheet-sources';
export type { RowRecord } from './account-groups';

/** An extra column of the file: its dates of two readings are kept in the notes (dateParts), not in it. */
const EXTRA_TARGET: ConvertTarget = { kind: 'extra', datesAside: true };
const PROGRESS_EVERY = 20_000;
/** The line of the row's numbers (row-phones.ts) each phone source writes. */
const PHONE_LINES: Partial<Record<string, PhoneLine>> = {
  'phone.mobile': 'mobile',
  'phone.other': 'other',
  'phone.home': 'home',
};

/** Builds the files of one layout from row records; remembers fills and blanks for the report. */
export class FileBuilder {
  private readonly sources: SheetSources;
  /** How the phone columns are filled, and the numbers no phone column took, counted for the report. */
  readonly phones: PhonePlanner;
  /** Per object: how its phone columns are filled (row-phones.ts). */
  private readonly filePhones = new Map<string, FilePhones>();
  /** How the e-mail columns are filled (row-emails.ts), and the cells of several addresses, counted for the report. */
  readonly emails: EmailPlanner;
  private readonly fileEmails = new Map<string, FileEmails>();
  /** Per object: the parts of dates its CRM date columns could not take (date-parts.ts). */
  private readonly fileDateParts = new Map<string, DateParts>();
  /** Each file's date columns (the file's header, the sheet's) whose values may be set aside (dateParts). */
  private readonly fileDateColumns = new Map<string, Array<[string, string]>>();
  /** A date column of a file (Date of Birth, Last Job) -> the column its values set aside are kept in (Description). */
  readonly datesKeptIn = new Map<string, string>();
  /** Objects whose notes keep a title the CRM's Salutation picklist has no value for. */
  private readonly fileTitlesKept = new Set<string>();
  /** Objects with a row whose own name names someone other than its contact (own-name.ts). */
  private readonly fileOwnNamesAside = new Set<string>();
  /** The header of the sheet's column of titles (Title, 称谓), where it has one. */
  private readonly titleHeader: string | undefined;
  readonly addresses: AddressValues;
  /** Starred-out names, phones and e-mails kept out of the CRM's columns (masked-values.ts). */
  readonly masked: MaskedValues;
  /** Names typed with degrees or credentials (Rachel Green, MBA), kept as typed where the name is split. */
  readonly postNominals: PostNominalValues;
  private readonly cells: CrmCells;
  private readonly dateColumns = new Map<number, boolean>();
  /** Cells' own number formats by column and row, indexed when a column is first read. */
  private ownFormats: Map<number, Map<number, string>> | undefined;
  /**
   * Objects whose file writes State and City: a row's district goes with its city where it has no
   * street; any other file's street names the province and city too (address-values.ts).
   */
  private readonly placeColumns = new Set<string>();
  /** Per object: the sources its layout has a column for, filled or not. */
  private readonly layoutSources = new Map<string, ReadonlySet<string>>();
  /** Objects written as companies alone (accounts from a contact list: account-groups.ts), with the sheet columns they keep. */
  private readonly companyOnly = new Map<string, ReadonlySet<number>>();

  constructor(
    private readonly snapshot: SheetSnapshot,
    sheetColumns: SheetColumn[],
    roles: RoleColumns,
    private readonly fields: Map<string, Field>,
    private readonly converter: ValueConverter,
    rowRegion: (row: readonly CellValue[]) => string | null,
    /** Some name has a title (Dr., Ms.): the Salutation column has values to write. */
    salutations: boolean,
    private readonly onRows?: (rows: number) => void,
    /** The place a row without a country names (another number's +853, an address in 澳門), as check reads it. */
    rowPlace?: RowPlaceReader,
  ) {
    this.sources = new SheetSources(snapshot, sheetColumns, roles, fields, salutations);
    this.titleHeader = roles.salutation === undefined ? undefined : this.sources.headerOf(roles.salutation);
    this.phones = new PhonePlanner(this.sources, converter, rowRegion, rowPlace);
    this.emails = new EmailPlanner(this.sources);
    this.addresses = new AddressValues(this.sources);
    this.cells = new CrmCells(this.sources, converter, this.phones, this.addresses);
    this.masked = new MaskedValues((col) => this.sources.headerOf(col) || `Column ${col}`);
    this.postNominals = new PostNominalValues((col) => this.sources.headerOf(col) || `Column ${col}`);
  }

  /** Postcodes taken from the end of the address into the postal-code column: sheet header -> count. */
  get postcodesFromAddress(): Map<string, number> {
    return this.cells.postcodesFromAddress;
  }

  /** CRM columns a row's own column left blank, filled from another of its columns: CRM column -> sheet header -> rows. */
  get filledFromOther(): Map<string, Map<string, number>> {
    return this.cells.filledFromOther;
  }

  /** The sheet rows of those fills: CRM column -> sheet header -> rows. */
  get filledFromOtherRows(): Map<string, Map<string, Set<number>>> {
    return this.cells.filledFromOtherRows;
  }

  /** Required CRM columns filled from another value, and those left blank: CRM column -> rows. */
  get filled(): Map<string, number> {
    return this.cells.filled;
  }

  get missing(): Map<string, number> {
    return this.cells.missing;
  }

  /** Titles kept as typed in the notes (no value of theirs in the CRM's Salutation picklist), and of those, titles of two readings. */
  get titlesKept(): { kept: Map<string, number>; twoReadings: Map<string, number> } {
    return { kept: this.cells.titlesKept, twoReadings: this.cells.titlesTwoReadings };
  }

  /** Sheet columns a source reads. */
  sourceColumns(source: string): number[] {
    return this.sources.columns(source);
  }

  /** The sheet's phone column besides the phone field's (联系电话, 座机), holding data. */
  secondPhone(): number | undefined {
    return this.sources.secondPhone()?.col;
  }

  /** The sheet columns a CRM column reads in a file of `object` (a second phone column included). */
  private columnsRead(source: string, object: string): number[] {
    const cols = this.sourceColumns(source === 'email.second' ? 'email' : source);
    const spread = source === 'phone' || source.startsWith('phone.') ? (this.filePhones.get(object)?.spread ?? []) : [];
    // A file without both State and City columns writes in the address the places it has no column for (address-values.ts).
    const { state, city } = this.sources.regionPlaces();
    const own = this.layoutSources.get(object);
    const before = (place: string, c: number | undefined) =>
      c !== undefined && (!own?.has(place) || placesInHan(this.snapshot.values, c)) ? c : undefined;
    const places =
      source === 'address' && !this.placeColumns.has(object)
        ? [before('region.state', state), before('region.city', city)].filter(
            (c): c is number => c !== undefined && !cols.includes(c),
          )
        : [];
    // With no street column of its own, the district (区, 街道) always goes with the city (address-values.ts):
    // City reads it, and the street reads nothing.
    const districtsOnly = this.districtsWithCity(object);
    if (districtsOnly && source === 'address') return [];
    const districts = districtsOnly && source === 'region.city' ? this.sourceColumns('address') : [];
    const all = [...new Set([...places, ...cols, ...districts, ...spread])];
    // An account made of a company's rows reads a person's source only in the columns that are the company's.
    const companyOnly = this.companyOnly.get(object);
    return companyOnly && isPersonSource(source) ? all.filter((col) => companyOnly.has(col)) : all;
  }

  /** Whether a file's street is always blank, each row's district written with its city: the sheet has no street column. */
  private districtsWithCity(object: string): boolean {
    return this.placeColumns.has(object) && this.sources.streetColumns().length === 0;
  }

  /** The columns an account made of a company's rows may read for a source: Phone (电话) its switchboard too. */
  private companyColumns = (source: string): number[] => {
    const second = source === 'phone' || source === 'phone.other' ? this.secondPhone() : undefined;
    const cols = this.sourceColumns(source);
    return second === undefined ? cols : [...cols, second];
  };

  /** The CRM columns written: those the sheet has a source for, every required one, and notes that keep spare numbers. */
  writtenColumns(layout: CrmLayout): CrmColumn[] {
    const spareNotes =
      this.filePhones.get(layout.object)?.spareNotes === true ||
      (this.fileDateParts.get(layout.object)?.headers.size ?? 0) > 0 ||
      this.fileTitlesKept.has(layout.object);
    const companyOnly = this.companyOnly.get(layout.object);
    return layout.columns.filter(
      (c) =>
        c.required ||
        (companyOnly && !keepsSource(companyOnly, c.source, this.companyColumns)
          ? false
          : c.source === 'phone.home'
            ? this.filePhones.get(layout.object)?.homeFilled === true
            : c.source === 'email.second'
              ? this.fileEmails.get(layout.object)?.secondFilled === true
              : c.source === 'email' && this.fileEmails.get(layout.object)?.fromNames
                ? true
                : c.source === 'address' && this.districtsWithCity(layout.object)
                  ? false
                  : this.sourceColumns(c.source).length > 0 || (spareNotes && c.source === 'notes')),
    );
  }

  extraHeaders(layout: CrmLayout): ExtraColumn[] {
    const written = this.writtenColumns(layout);
    const spareHeaders = [...(this.filePhones.get(layout.object)?.spareColumns ?? [])];
    const spareEmails = this.fileEmails.get(layout.object)?.spareColumn;
    if (spareEmails !== undefined) spareHeaders.push(spareEmails);
    if (!layout.columns.some((c) => c.source === 'notes'))
      spareHeaders.push(...(this.fileDateParts.get(layout.object)?.headers ?? []));
    const used = new Set(written.flatMap((c) => this.columnsRead(c.source, layout.object)));
    // A whole name beside its parts is no second copy, unless it holds a word the row has nowhere else.
    const whole = written.some((c) => c.source.startsWith('name.')) ? this.sources.wholeNameBeside() : undefined;
    if (whole) used[whole.kept ? 'delete' : 'add'](whole.col);
    // A name column beside the contact is kept only for the names that are not the contact's.
    const ownName = this.sources.ownNameColumn;
    if (ownName !== undefined && this.fileOwnNamesAside.has(layout.object)) used.delete(ownName);
    return extraColumns({
      sheetColumns: this.sources.sheetColumns,
      used,
      taken: new Set(written.map((c) => c.header)),
      lastCol: this.snapshot.values[0]?.length ?? 0,
      hasData: (col) => this.sources.hasData(col),
      companyOnly: this.companyOnly.get(layout.object),
      spareHeaders,
    });
  }

  columnReports(layout: CrmLayout, locale: Locale = 'en-US'): ColumnReport[] {
    // Two columns headed 电话 are named with their letters, 电话 (C列).
    const headers: string[] = [];
    for (const c of this.sources.sheetColumns) headers[c.col - 1] = c.header;
    const names = columnNames(headers, locale);
    const nameOf = (col: number) => names[col - 1] || `Column ${col}`;
    const emails = this.fileEmails.get(layout.object);
    // Without an e-mail column, Email reads the addresses typed with the names.
    const typedWithNames = emails?.fromNames
      ? [...new Set(emails.rows.flatMap((r) => (r?.first ? [r.first.col] : [])))]
      : [];
    return this.writtenColumns(layout).map((c) => ({
      crmColumn: c.header,
      source: c.source,
      sheetColumns: (c.source === 'email' && emails?.fromNames
        ? typedWithNames
        : this.columnsRead(c.source, layout.object)
      ).map(nameOf),
      required: c.required === true,
    }));
  }

  /** The Salutation column and its picklist, where a title it has no value for goes to the notes. */
  private keptTitles(layout: CrmLayout): KeptTitles | undefined {
    const column = layout.columns.find((c) => c.source === 'name.salutation');
    const picklist = standardValues(layout.crm, 'name.salutation');
    if (!column || !picklist || this.sourceColumns(column.source).length === 0) return undefined;
    return { header: column.header, picklist, ...(this.titleHeader ? { sheetHeader: this.titleHeader } : {}) };
  }

  files(layout: CrmLayout, records: RowRecord[]): ExportFile[] {
    const titles = this.keptTitles(layout);
    if (titles && records.some((r) => keptTitle(r.parties.salutation, titles))) this.fileTitlesKept.add(layout.object);
    else this.fileTitlesKept.delete(layout.object);
    if (records.some((r) => !r.companyOnly && r.parties.ownName === 'aside')) this.fileOwnNamesAside.add(layout.object);
    else this.fileOwnNamesAside.delete(layout.object);
    // Accounts made of a contact list's rows alone (account-groups.ts) write no person's columns.
    const companyOnly = records.length > 0 && records.every((r) => r.companyOnly);
    // A company's own number or mailbox (account-groups.ts) is one account's: the file writes its columns.
    if (companyOnly)
      this.companyOnly.set(
        layout.object,
        new Set([...new Set(records.map((r) => r.companyOnly!.extras))].flatMap((extras) => [...extras])),
      );
    else this.companyOnly.delete(layout.object);
    // As the file writes them (address-values.ts reads the written columns): a layout's column with a source or required.
    const writes = (source: string) =>
      layout.columns.some((c) => c.source === source && (c.required || this.sourceColumns(source).length > 0));
    if (writes('region.state') && writes('region.city')) this.placeColumns.add(layout.object);
    else this.placeColumns.delete(layout.object);
    this.layoutSources.set(layout.object, new Set(layout.columns.map((c) => c.source)));
    const phones = this.phones.plan(layout, records);
    this.filePhones.set(layout.object, phones);
    const emails = this.emails.plan(layout, records);
    this.fileEmails.set(layout.object, emails);
    const parts = this.dateParts(layout, records);
    this.fileDateParts.set(layout.object, parts);
    // Masked names, phones and e-mails are kept with the parts of dates: in the notes, or under their header.
    const notes = layout.columns.find((c) => c.source === 'notes')?.header;
    const masked = this.masked.plan(this.identityColumns(layout), records, notes);
    for (let r = 0; r < records.length; r++) {
      const kept = masked.rows[r];
      if (kept) (parts.rows[r] ??= []).push(...kept);
    }
    for (const header of masked.headers) parts.headers.add(header);
    // A name typed with its credentials (Rachel Green, MBA) where First and Last Name take the name alone.
    const splitsNames = layout.columns.some((c) => c.source === 'name.first' || c.source === 'name.last');
    // Under its own header, named as extra-columns.ts names one that is a CRM header too.
    const crmHeaders = new Set(this.writtenColumns(layout).map((c) => c.header));
    const keptIn = (header: string) => notes ?? (crmHeaders.has(header) ? `${header} (sheet)` : header);
    const credentials = this.postNominals.plan(records, splitsNames, keptIn);
    for (let r = 0; r < records.length; r++) {
      const kept = credentials.rows[r];
      if (kept) (parts.rows[r] ??= []).push(...kept);
    }
    for (const header of credentials.headers) parts.headers.add(header);
    const columns = this.writtenColumns(layout).map((column) => this.columnPlan(column, layout));
    const extras = this.extraHeaders(layout).map((extra) => {
      const field = this.extraField(extra);
      return { ...extra, field, reading: extra.spareOf === undefined ? this.columnReading(extra.col, field) : {} };
    });
    const header = [...columns.map((c) => c.column.header), ...extras.map((e) => e.header)];
    // The notes, or where the layout has none, the column of the sheet header's values set aside.
    const notesHeader = columns.find((c) => c.column.source === 'notes')?.column.header;
    for (const [fileHeader, sheetHeader] of this.fileDateColumns.get(layout.object) ?? []) {
      const keptIn = notesHeader ?? extras.find((e) => e.spareOf === sheetHeader)?.header;
      if (keptIn !== undefined) this.datesKeptIn.set(fileHeader, keptIn);
    }
    // Where the name columns are written, the own-name column holds only the names they did not take.
    const ownNameAside = columns.some((c) => c.column.source.startsWith('name.'))
      ? this.sources.ownNameColumn
      : undefined;
    const places = this.addresses.tally(
      columns.map((c) => c.column.source),
      layout.columns.map((c) => c.source),
    );
    const rows: CellValue[][] = new Array(records.length);
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const out: CellValue[] = new Array(header.length);
      this.phones.readRow(record);
      this.converter.row = record.row;
      for (let c = 0; c < columns.length; c++)
        out[c] =
          record.companyOnly && !keepsSource(record.companyOnly.extras, columns[c].column.source, this.companyColumns)
            ? null
            : this.cells.value(columns[c], record, phones, r, parts.rows[r], emails);
      // A second contact's row repeats its first contact's address: counted once.
      if (!record.secondContact) places?.(record.values);
      for (let e = 0; e < extras.length; e++) {
        const extra = extras[e];
        // A company's account writes every column that may be its own the file has: a person's stay blank.
        // A second contact's row leaves the row's other columns to its first contact's row (no note twice).
        if (
          (record.companyOnly && !record.companyOnly.carried.has(extra.col)) ||
          (record.secondContact && extra.spareOf === undefined && !record.secondContact.kept.has(extra.col))
        ) {
          out[columns.length + e] = null;
          continue;
        }
        const value =
          extra.col === ownNameAside && record.parties.ownName !== 'aside'
            ? null
            : (record.values[extra.col - 1] ?? null);
        out[columns.length + e] =
          extra.spareOf !== undefined
            ? keptText(this.spareText(phones, emails, r, extra.spareOf), parts.rows[r], extra.spareOf)
            : extra.field
              ? this.converter.convert(extra.field, value, extra.header, EXTRA_TARGET, extra.reading, extra.col)
              : this.converter.plain(value);
      }
      rows[r] = out;
      if (this.onRows && r % PROGRESS_EVERY === PROGRESS_EVERY - 1) this.onRows(PROGRESS_EVERY);
    }
    this.onRows?.(records.length % PROGRESS_EVERY);
    const ranges = splitParts(rows, layout, rowBytes(header));
    return ranges.map(([start, end], index) => ({
      object: layout.object,
      part: index + 1,
      parts: ranges.length,
      header,
      rows: ranges.length === 1 ? rows : rows.slice(start, end),
      sourceRows: records.slice(start, end).map((record) => record.row),
    }));
  }

  /** The numbers and addresses of one sheet header no CRM column took, as typed. */
  private spareText(phones: FilePhones, emails: FileEmails, r: number, header: string): CellValue {
    const kept = [this.phones.spareText(phones, r, header), this.emails.spareText(emails, r, header)];
    const text = kept.filter((v) => !isBlank(v)).join('; ');
    return text === '' ? null : text;
  }

  /** Where the postal-code column takes the postcode that ends the address, and the street leaves it out. */
  private postcodePlan(column: CrmColumn, col: number | undefined, layout: CrmLayout): Partial<ColumnPlan> {
    const address = this.sources.addressPostcodeColumn();
    if (address === undefined) return {};
    if (column.source === 'postcode') return col === address ? { postcodeFromAddress: true } : {};
    const takes = this.writtenColumns(layout).some(
      (c) => c.source === 'postcode' && this.sourceColumns('postcode')[0] === address,
    );
    return column.source === 'address' && takes ? { postcodeOut: address } : {};
  }

  /** The CRM columns that key a person (its name, phones and e-mail), with the sheet columns they read. */
  private identityColumns(layout: CrmLayout): IdentityColumn[] {
    const written = this.writtenColumns(layout);
    const identity: IdentityColumn[] = [];
    const phones = written.filter((c) => c.source === 'phone' || c.source.startsWith('phone.'));
    for (const c of written) {
      if (c.source === 'name.first' || c.source === 'name.last' || c.source === 'name.full')
        identity.push({ crmHeader: c.header, kind: 'name', cols: [] });
      else if (c.source === 'account' && c.required)
        identity.push({ crmHeader: c.header, kind: 'name', cols: [], personFill: true });
      else if (c.source === 'email')
        identity.push({ crmHeader: c.header, kind: 'email', cols: this.columnsRead(c.source, layout.object) });
      else if (c === phones[0]) {
        // A masked number goes to no line: it is named under the first phone column.
        const cols = new Set(phones.flatMap((p) => this.columnsRead(p.source, layout.object)));
        identity.push({ crmHeader: c.header, kind: 'phone', cols: [...cols] });
      }
    }
    return identity;
  }

  /** What one CRM column reads, worked out once per file rather than per cell. */
  private columnPlan(column: CrmColumn, layout: CrmLayout): ColumnPlan {
    const phoneLine = PHONE_LINES[column.source];
    const fieldKey = phoneLine
      ? 'phone'
      : column.source.startsWith('region.')
        ? 'region'
        : column.source === 'email.second'
          ? 'email'
          : column.source;
    const col = this.sourceColumns(column.source === 'email.second' ? 'email' : column.source)[0];
    // A column of cities or states the template has no field for is written as it stands.
    const plainPlace = column.source.startsWith('region.') && col !== undefined && !this.sources.columnOf(col)?.field;
    const field = plainPlace ? undefined : this.fields.get(fieldKey);
    return {
      column,
      phoneLine,
      field,
      col,
      ...(column.source === 'address' ? { line2: this.sources.secondStreetLine() } : {}),
      ...this.postcodePlan(column, col, layout),
      sheetHeader: col === undefined ? '' : this.sources.headerOf(col),
      reading: col === undefined ? {} : this.columnReading(col, field),
      target: { kind: 'crm', picklist: layout.picklists[fieldKey], standard: standardValues(layout.crm, fieldKey) },
      titleInFirst:
        column.source === 'name.first' && !this.writtenColumns(layout).some((c) => c.source === 'name.salutation'),
      ...(column.source === 'notes' && this.fileTitlesKept.has(layout.object)
        ? { keptTitles: this.keptTitles(layout) }
        : {}),
    };
  }

  /** A sheet column's field in the file, where it is no CRM column's: a column of dates (Last Job) is read as one. */
  private extraField(extra: ExtraColumn): Field | undefined {
    return extra.field ?? (extra.spareOf === undefined && this.holdsDates(extra.col) ? EXTRA_DATE_FIELD : undefined);
  }

  /**
   * The values the layout's date columns cannot take (date-parts.ts), counted for the report: parts of dates
   * (birthdays without a year) and dates of two readings; of the extra columns of dates, written in the
   * CRM's date format, those of two readings.
   */
  private dateParts(layout: CrmLayout, records: readonly RowRecord[]): DateParts {
    const converter = this.converter;
    const rowKey = (row: readonly CellValue[]) => converter.rowDateRegion(row) ?? '';
    const crm = layout.columns.flatMap((column): DateColumn<RowRecord>[] => {
      const field = this.fields.get(column.source);
      const col = this.sourceColumns(column.source)[0];
      if (field?.kind !== 'date' || col === undefined) return [];
      const reading = this.columnReading(col, field);
      return [
        {
          crmHeader: column.header,
          col,
          sheetHeader: this.sources.headerOf(col),
          aside: (value, row) => converter.dateAside(value, reading, row),
          rowKey,
          // As the file writes the column (files()): an account made of a company's rows writes no person's.
          skips: (record) =>
            record.companyOnly !== undefined &&
            !keepsSource(record.companyOnly.extras, column.source, this.companyColumns),
        },
      ];
    });
    // The sheet's own columns written after the CRM's (the extra columns' own, not those of values set aside).
    const extra = this.extraHeaders(layout).flatMap((column): DateColumn<RowRecord>[] => {
      const field = column.spareOf === undefined ? this.extraField(column) : undefined;
      if (field?.kind !== 'date') return [];
      const reading = this.columnReading(column.col, field);
      return [
        {
          crmHeader: column.header,
          col: column.col,
          sheetHeader: this.sources.headerOf(column.col),
          aside: (value, row) => (converter.dateAside(value, reading, row) === 'twoReadings' ? 'twoReadings' : null),
          rowKey,
          // As files() writes the extra column: an account keeps its company's columns, a second contact's row its own.
          skips: (record) =>
            (record.companyOnly !== undefined && !record.companyOnly.carried.has(column.col)) ||
            (record.secondContact !== undefined && !record.secondContact.kept.has(column.col)),
        },
      ];
    });
    this.fileDateColumns.set(
      layout.object,
      [...crm, ...extra].map((c) => [c.crmHeader, c.sheetHeader]),
    );
    return dateParts([...crm, ...extra], records, (header, cell, why, value) =>
      why === 'part' ? converter.partialDates.count(header, cell) : converter.twoReadings.count(header, cell, value),
    );
  }

  private holdsDates(col: number): boolean {
    let known = this.dateColumns.get(col);
    if (known === undefined) this.dateColumns.set(col, (known = holdsDates(this.snapshot.values, col)));
    return known;
  }

  private columnReading(col: number, field: Field | undefined): ColumnReading {
    this.ownFormats ??= ownCellFormats(this.snapshot.extras);
    const { values, columnFormats } = this.snapshot;
    return columnReading(values, columnFormats, col, field, this.converter.phoneRegions(), this.ownFormats.get(col));
  }
}
