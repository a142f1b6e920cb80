/**
 * Writes the rows of one CRM layout: the CRM's columns (those the sheet has a source for, and the
 * required ones, filled from another value where the CRM needs one), then every other sheet column
 * under its own header, then the parts at the layout's caps. Counts fills and blanks for the report.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { standardValues, type CrmColumn, type CrmLayout } from './crm-layouts';
import type { ColumnReading, ConvertTarget, ValueConverter } from './convert-value';
import type { ColumnReport, ExportFile } from './plan-export';
import { partyValue, type RoleColumns } from './row-parties';
import { rowBytes, splitParts } from './split-parts';
import { joinStreetLines } from './street-lines';
import { SheetSources, type SheetColumn } from './sheet-sources';
import { columnReading, EXTRA_DATE_FIELD, holdsDates } from './column-reading';
import { PhonePlanner, type FilePhones } from './file-phones';
import { keepsSource, type RowRecord } from './account-groups';
import { AddressValues } from './address-values';

export type { SheetColumn } from './sheet-sources';
export type { RowRecord } from './account-groups';

const PROGRESS_EVERY = 20_000;

interface ColumnPlan {
  column: CrmColumn;
  phoneLine?: 'mobile' | 'other';
  field?: Field;
  col?: number;
  /** The street's second line, joined to the street (street-lines.ts). */
  line2?: number;
  sheetHeader: string;
  reading: ColumnReading;
  target: ConvertTarget;
  /** First Name keeps the title when the file has no Salutation column. */
  titleInFirst?: boolean;
}

interface ExtraColumn {
  col: number;
  header: string;
  field?: Field;
  /** The numbers of this sheet column no phone column took (a layout with no notes column). */
  spareOf?: string;
}

/** Builds the files of one layout from row records; remembers fills and blanks for the report. */
export class FileBuilder {
  readonly filled = new Map<string, number>();
  readonly missing = new Map<string, number>();
  private readonly sources: SheetSources;
  private readonly phones: PhonePlanner;
  /** Per object: how its phone columns are filled (row-phones.ts). */
  private readonly filePhones = new Map<string, FilePhones>();
  readonly addresses: AddressValues;
  private readonly dateColumns = new Map<number, boolean>();
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
  ) {
    this.sources = new SheetSources(snapshot, sheetColumns, roles, fields, salutations);
    this.phones = new PhonePlanner(this.sources, converter, rowRegion);
    this.addresses = new AddressValues(this.sources);
  }

  /** Numbers no phone column took, kept in the notes or under their sheet header: sheet header -> count. */
  get sparePhones(): Map<string, number> {
    return this.phones.spareCounts;
  }

  /** Sheet columns a source reads. */
  sourceColumns(source: string): number[] {
    return this.sources.columns(source);
  }

  /** The sheet columns a CRM column reads in a file of `object` (a second phone column included). */
  private columnsRead(source: string, object: string): number[] {
    const cols = this.sourceColumns(source);
    const second = source.startsWith('phone.') ? this.filePhones.get(object)?.second : undefined;
    return second === undefined ? cols : [...cols, second];
  }

  /** The CRM columns written: those the sheet has a source for, every required one, and notes that keep spare numbers. */
  writtenColumns(layout: CrmLayout): CrmColumn[] {
    const spareNotes = this.filePhones.get(layout.object)?.spareNotes === true;
    const companyOnly = this.companyOnly.get(layout.object);
    return layout.columns.filter(
      (c) =>
        c.required ||
        (companyOnly && !keepsSource(companyOnly, c.source, (source) => this.sourceColumns(source))
          ? false
          : this.sourceColumns(c.source).length > 0 || (spareNotes && c.source === 'notes')),
    );
  }

  extraHeaders(layout: CrmLayout): ExtraColumn[] {
    // An account made of several rows keeps the company's columns only: the contacts file has the people's.
    const companyOnly = this.companyOnly.get(layout.object);
    const written = this.writtenColumns(layout);
    const used = new Set(written.flatMap((c) => this.columnsRead(c.source, layout.object)));
    const taken = new Set(written.map((c) => c.header));
    const extras: ExtraColumn[] = [];
    const lastCol = this.snapshot.values[0]?.length ?? 0;
    const named = (header: string) => {
      const name = taken.has(header) ? `${header} (sheet)` : header;
      taken.add(name);
      return name;
    };
    for (const column of this.sources.sheetColumns) {
      if (used.has(column.col) || column.col > lastCol || !this.sources.hasData(column.col)) continue;
      if (companyOnly && !companyOnly.has(column.col)) continue;
      extras.push({ col: column.col, header: named(column.header || `Column ${column.col}`), field: column.field });
    }
    for (const header of this.filePhones.get(layout.object)?.spareColumns ?? [])
      extras.push({ col: 0, header: named(header), spareOf: header });
    return extras;
  }

  columnReports(layout: CrmLayout): ColumnReport[] {
    return this.writtenColumns(layout).map((c) => ({
      crmColumn: c.header,
      source: c.source,
      sheetColumns: this.columnsRead(c.source, layout.object).map(
        (col) => this.sources.headerOf(col) || `Column ${col}`,
      ),
      required: c.required === true,
    }));
  }

  files(layout: CrmLayout, records: RowRecord[]): ExportFile[] {
    // Accounts made of a contact list's rows alone (account-groups.ts) write no person's columns.
    const companyOnly = records.length > 0 && records.every((r) => r.companyOnly);
    if (companyOnly) this.companyOnly.set(layout.object, records[0]!.companyOnly!.extras);
    else this.companyOnly.delete(layout.object);
    const phones = this.phones.plan(layout, records);
    this.filePhones.set(layout.object, phones);
    const columns = this.writtenColumns(layout).map((column) => this.columnPlan(column, layout));
    const extras = this.extraHeaders(layout).map((extra) => {
      // A column of dates the template has no field for (Last Job) is read as a date column.
      const field =
        extra.field ?? (extra.spareOf === undefined && this.holdsDates(extra.col) ? EXTRA_DATE_FIELD : undefined);
      return { ...extra, field, reading: extra.spareOf === undefined ? this.columnReading(extra.col, field) : {} };
    });
    const header = [...columns.map((c) => c.column.header), ...extras.map((e) => e.header)];
    const places = this.addresses.tally(columns.map((c) => c.column.source));
    const rows: CellValue[][] = new Array(records.length);
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const out: CellValue[] = new Array(header.length);
      this.converter.rowRegion = this.phones.regionOf(record);
      for (let c = 0; c < columns.length; c++)
        out[c] =
          record.companyOnly &&
          !keepsSource(record.companyOnly.extras, columns[c].column.source, (source) => this.sourceColumns(source))
            ? null
            : this.crmValue(columns[c], record, phones, r);
      places?.(record.values);
      for (let e = 0; e < extras.length; e++) {
        const extra = extras[e];
        if (record.companyOnly && !record.companyOnly.extras.has(extra.col)) {
          out[columns.length + e] = null;
          continue;
        }
        if (extra.spareOf !== undefined) {
          out[columns.length + e] = this.phones.spareText(phones, r, extra.spareOf);
          continue;
        }
        const value = record.values[extra.col - 1] ?? null;
        out[columns.length + e] = extra.field
          ? this.converter.convert(extra.field, value, extra.header, { kind: 'extra' }, extra.reading)
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

  /** What one CRM column reads, worked out once per file rather than per cell. */
  private columnPlan(column: CrmColumn, layout: CrmLayout): ColumnPlan {
    const phoneLine =
      column.source === 'phone.mobile' ? 'mobile' : column.source === 'phone.other' ? 'other' : undefined;
    const fieldKey = phoneLine ? 'phone' : column.source.startsWith('region.') ? 'region' : column.source;
    const col = this.sourceColumns(column.source)[0];
    // A column of cities or states the template has no field for is written as it stands.
    const plainPlace = column.source.startsWith('region.') && col !== undefined && !this.sources.columnOf(col)?.field;
    const field = plainPlace ? undefined : this.fields.get(fieldKey);
    return {
      column,
      phoneLine,
      field,
      col,
      ...(column.source === 'address' ? { line2: this.sources.secondStreetLine() } : {}),
      sheetHeader: col === undefined ? '' : this.sources.headerOf(col),
      reading: col === undefined ? {} : this.columnReading(col, field),
      target: { kind: 'crm', picklist: layout.picklists[fieldKey], standard: standardValues(layout.crm, fieldKey) },
      titleInFirst:
        column.source === 'name.first' && !this.writtenColumns(layout).some((c) => c.source === 'name.salutation'),
    };
  }

  private crmValue(plan: ColumnPlan, record: RowRecord, phones: FilePhones, r: number): CellValue {
    const { column } = plan;
    const p = record.parties;
    let value: CellValue;
    switch (column.source) {
      case 'name.salutation':
      case 'name.first':
      case 'name.last':
      case 'name.full':
      case 'account':
        value = partyValue(column.source, p, plan.titleInFirst === true);
        break;
      case 'notes':
        value = this.phones.withSpareNote(this.fieldValue(plan, record), phones, r);
        break;
      case 'region.state':
      case 'region.city':
      case 'country':
      case 'address':
        value = this.sources.regionCells()
          ? this.addresses.value(column.source, plan.col, record.values, (values) =>
              this.fieldValue(plan, values === record.values ? record : { ...record, values }),
            )
          : this.fieldValue(plan, record);
        break;
      default:
        value = this.fieldValue(plan, record, phones, r);
    }
    if (value === '' || value === null) {
      if (!column.required) return null;
      // A required organisation of a person customer is the person (a B2C account or lead).
      const fill = column.source === 'account' ? p.full : '';
      this.count(fill ? this.filled : this.missing, column.header);
      return fill || null;
    }
    return value;
  }

  private fieldValue(plan: ColumnPlan, record: RowRecord, phones?: FilePhones, r = 0): CellValue {
    if (plan.field?.kind === 'phone' && phones?.rows) {
      // Mobile and Phone columns take the row's numbers as row-phones.ts sorted them.
      const row = phones.rows[r];
      const phone = row ? ((plan.phoneLine ?? 'other') === 'mobile' ? row.mobile : row.other) : null;
      return isBlank(phone)
        ? null
        : this.converter.convert(plan.field, phone, plan.column.header, plan.target, plan.reading);
    }
    if (plan.col === undefined) return null;
    const cell = record.values[plan.col - 1] ?? null;
    const value = plan.line2 === undefined ? cell : joinStreetLines(cell, record.values[plan.line2 - 1] ?? null);
    if (!plan.field) return this.converter.plain(value);
    return this.converter.convert(plan.field, value, plan.column.header, plan.target, plan.reading);
  }

  private holdsDates(col: number): boolean {
    let known = this.dateColumns.get(col);
    if (known === undefined) this.dateColumns.set(col, (known = holdsDates(this.snapshot.values, col)));
    return known;
  }

  private columnReading(col: number, field: Field | undefined): ColumnReading {
    return columnReading(this.snapshot.values, this.snapshot.columnFormats, col, field, this.converter.phoneRegions());
  }

  private count(map: Map<string, number>, header: string): void {
    map.set(header, (map.get(header) ?? 0) + 1);
  }
}
