/**
 * Writes the rows of one CRM layout: the CRM's columns (those the sheet has a source for, and the
 * required ones, filled from another value where the CRM needs one), then every other sheet column
 * under its own header, then the parts at the layout's caps. Counts fills and blanks for the report.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { standardValues, type CrmColumn, type CrmLayout } from './crm-layouts';
import { dateColumnContext } from '../normalise/date';
import { moneyColumnContext, numberColumnContext } from '../normalise/number';
import {
  phoneLine,
  type ColumnReading,
  type ConvertTarget,
  type PhoneRegions,
  type ValueConverter,
} from './convert-value';
import { phoneKey } from '../normalise/phone';
import type { ColumnReport, ExportFile } from './plan-export';
import type { Parties, RoleColumns } from './row-parties';
import { rowBytes, splitParts } from './split-parts';
import { salutationValue } from './split-name';
import { regionPlaces, type RegionPlaces } from './region-columns';
import { joinStreetLines, secondStreetLine } from './street-lines';

const PROGRESS_EVERY = 20_000;
// Headers of a second phone column besides the template's phone synonyms.
const SECOND_PHONE = [
  '座机',
  '固话',
  '市话',
  '固定电话',
  '办公电话',
  '公司电话',
  '家庭电话',
  'Landline',
  'Work Phone',
  'Office Phone',
  'Home Phone',
  'Business Phone',
];

export interface SheetColumn {
  col: number;
  header: string;
  field?: Field;
  /** More of a field's values (HubSpot's Mobile Phone Number beside Phone Number), as the mapping found. */
  secondOf?: string;
}

/** The template field of birth dates, read as check reads it (Outlook's 0/0/00 is no date). */
const BIRTH_DATE_FIELD = 'birthDate';

interface ColumnPlan {
  column: CrmColumn;
  phoneLine?: 'mobile' | 'other';
  field?: Field;
  col?: number;
  /** The street's second line, joined to the street (street-lines.ts). */
  line2?: number;
  /** A CRM's one phone column: the sheet's other phone column, read where the phone field's is blank. */
  orPhone?: number;
  sheetHeader: string;
  reading: ColumnReading;
  target: ConvertTarget;
  /** First Name keeps the title when the file has no Salutation column. */
  titleInFirst?: boolean;
}

export interface RowRecord {
  row: number;
  values: readonly CellValue[];
  parties: Parties;
}

/** Builds the files of one layout from row records; remembers fills and blanks for the report. */
export class FileBuilder {
  readonly filled = new Map<string, number>();
  readonly missing = new Map<string, number>();
  private readonly withData = new Map<number, boolean>();
  /** Per object: a second phone column (座机 beside 手机, Phone beside Mobile) spread over the CRM's phone columns. */
  private readonly secondPhone = new Map<string, number>();
  private current = '';
  /** The columns of the CRM's State and City (region-columns.ts), once worked out. */
  private regionPlaces: RegionPlaces | undefined;
  private rowPhones: { row: number; mobile: CellValue; other: CellValue } | undefined;

  constructor(
    private readonly snapshot: SheetSnapshot,
    private readonly sheetColumns: SheetColumn[],
    private readonly roles: RoleColumns,
    private readonly fields: Map<string, Field>,
    private readonly converter: ValueConverter,
    private readonly rowRegion: (row: readonly CellValue[]) => string | null,
    /** Some name has a title (Dr., Ms.): the Salutation column has values to write. */
    private readonly salutations: boolean,
    private readonly onRows?: (rows: number) => void,
  ) {}

  /** Sheet columns a source reads. */
  sourceColumns(source: string): number[] {
    const r = this.roles;
    const person = [r.person, r.family, r.given].filter((c): c is number => c !== undefined);
    if (source === 'name.salutation')
      return this.salutations ? [...person, ...(r.salutation !== undefined ? [r.salutation] : [])] : [];
    if (source.startsWith('name.')) return person;
    if (source === 'account') return r.account !== undefined ? [r.account] : [];
    if (source === 'region.state' || source === 'region.city') {
      this.regionPlaces ??= regionPlaces(this.snapshot.values, this.sheetColumns, (col) => this.hasData(col));
      const col = this.regionPlaces[source === 'region.state' ? 'state' : 'city'];
      return col === undefined ? [] : [col];
    }
    const fieldKey = source.startsWith('phone.') ? 'phone' : source;
    const cols = this.sheetColumns.filter((c) => c.field?.key === fieldKey).map((c) => c.col);
    const line2 = source === 'address' && cols.length === 1 ? this.streetLine2(cols[0]!) : undefined;
    return line2 === undefined ? cols : [...cols, line2];
  }

  /** The column of the street's second line (street-lines.ts), when it holds any. */
  private streetLine2(addressCol: number): number | undefined {
    const columns = this.sheetColumns.map((c) => ({ col: c.col, header: c.header, mapped: !!c.field || !!c.secondOf }));
    const col = secondStreetLine(columns, addressCol);
    return col !== undefined && this.hasData(col) ? col : undefined;
  }

  /** The sheet columns a CRM column reads in a file of `object` (a second phone column included). */
  private columnsRead(source: string, object: string): number[] {
    const cols = this.sourceColumns(source);
    const second = source.startsWith('phone.') ? this.secondPhone.get(object) : undefined;
    return second === undefined ? cols : [...cols, second];
  }

  /** The CRM columns written: those the sheet has a source for, and every required one. */
  writtenColumns(layout: CrmLayout): CrmColumn[] {
    return layout.columns.filter((c) => c.required || this.sourceColumns(c.source).length > 0);
  }

  extraHeaders(layout: CrmLayout): Array<{ col: number; header: string; field?: Field }> {
    const used = new Set(this.writtenColumns(layout).flatMap((c) => this.columnsRead(c.source, layout.object)));
    const taken = new Set(this.writtenColumns(layout).map((c) => c.header));
    const extras: Array<{ col: number; header: string; field?: Field }> = [];
    const lastCol = this.snapshot.values[0]?.length ?? 0;
    for (const column of this.sheetColumns) {
      if (used.has(column.col) || column.col > lastCol || !this.hasData(column.col)) continue;
      let header = column.header || `Column ${column.col}`;
      if (taken.has(header)) header = `${header} (sheet)`;
      taken.add(header);
      extras.push({ col: column.col, header, field: column.field });
    }
    return extras;
  }

  columnReports(layout: CrmLayout): ColumnReport[] {
    const headerOf = new Map(this.sheetColumns.map((c) => [c.col, c.header]));
    return this.writtenColumns(layout).map((c) => ({
      crmColumn: c.header,
      source: c.source,
      sheetColumns: this.columnsRead(c.source, layout.object).map((col) => headerOf.get(col) ?? `Column ${col}`),
      required: c.required === true,
    }));
  }

  files(layout: CrmLayout, records: RowRecord[]): ExportFile[] {
    this.current = layout.object;
    const second = this.placeableSecondPhone(layout, records);
    if (second === undefined) this.secondPhone.delete(layout.object);
    else this.secondPhone.set(layout.object, second);
    const columns = this.writtenColumns(layout).map((column) => this.columnPlan(column, layout));
    const extras = this.extraHeaders(layout).map((extra) => ({
      ...extra,
      reading: this.columnReading(extra.col, extra.field),
    }));
    const header = [...columns.map((c) => c.column.header), ...extras.map((e) => e.header)];
    const rows: CellValue[][] = new Array(records.length);
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const out: CellValue[] = new Array(header.length);
      this.converter.rowRegion = this.rowRegion(record.values);
      for (let c = 0; c < columns.length; c++) out[c] = this.crmValue(columns[c], record);
      for (let e = 0; e < extras.length; e++) {
        const extra = extras[e];
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
    const plainPlace =
      column.source.startsWith('region.') && col !== undefined && !this.sheetColumns.find((c) => c.col === col)?.field;
    const field = plainPlace ? undefined : this.fields.get(fieldKey);
    return {
      column,
      phoneLine,
      field,
      col,
      ...(column.source === 'address' ? { line2: this.sourceColumns('address')[1] } : {}),
      ...(column.source === 'phone' ? this.otherPhoneOf() : {}),
      sheetHeader: this.sheetColumns.find((c) => c.col === col)?.header ?? '',
      reading: col === undefined ? {} : this.columnReading(col, field),
      target: { kind: 'crm', picklist: layout.picklists[fieldKey], standard: standardValues(layout.crm, fieldKey) },
      titleInFirst:
        column.source === 'name.first' && !this.writtenColumns(layout).some((c) => c.source === 'name.salutation'),
    };
  }

  private crmValue(plan: ColumnPlan, record: RowRecord): CellValue {
    const { column } = plan;
    const p = record.parties;
    let value: CellValue;
    switch (column.source) {
      case 'name.salutation':
        value = p.salutation && salutationValue(p.salutation);
        break;
      case 'name.first':
        // Without a Salutation column the title stays where it was typed, so nothing is lost.
        value = plan.titleInFirst && p.salutation && !p.titleColumn ? `${p.salutation} ${p.first}`.trimEnd() : p.first;
        break;
      case 'name.last':
        value = p.last;
        break;
      case 'name.full':
        value = p.full;
        break;
      case 'account':
        value = p.account;
        break;
      default:
        value = this.fieldValue(plan, record);
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

  private fieldValue(plan: ColumnPlan, record: RowRecord): CellValue {
    if (plan.col === undefined) return null;
    let cell = record.values[plan.col - 1] ?? null;
    // A company whose number is its switchboard (联系电话) only still has one in a CRM's Phone column.
    if (plan.orPhone !== undefined && isBlank(cell)) cell = record.values[plan.orPhone - 1] ?? null;
    const value = plan.line2 === undefined ? cell : joinStreetLines(cell, record.values[plan.line2 - 1] ?? null);
    if (!plan.field) return this.converter.plain(value);
    if (plan.phoneLine) {
      // Mobile and Phone columns read the same cells: sort them into lines once per row.
      if (this.rowPhones?.row !== record.row) this.rowPhones = this.phonesOf(record, value, plan.sheetHeader);
      const phone = this.rowPhones[plan.phoneLine];
      return phone === null
        ? null
        : this.converter.convert(plan.field, phone, plan.column.header, plan.target, plan.reading);
    }
    return this.converter.convert(plan.field, value, plan.column.header, plan.target, plan.reading);
  }

  private phonesOf(
    record: RowRecord,
    value: CellValue,
    header: string,
  ): { row: number; mobile: CellValue; other: CellValue } {
    const phones = { row: record.row, mobile: null as CellValue, other: null as CellValue };
    const regions = this.converter.phoneRegions();
    if (!isBlank(value)) phones[phoneLine(value, regions, header)] = value;
    const second = this.secondPhone.get(this.current);
    const extra = second === undefined ? null : (record.values[second - 1] ?? null);
    if (second !== undefined && !isBlank(extra) && !sameNumber(value, extra, regions))
      phones[phoneLine(extra, regions, this.headerOf(second))] = extra;
    return phones;
  }

  /**
   * A phone column the template has no field for (座机, 固话, 电话 or Phone beside the phone field's
   * column, or one the mapping found to hold more of the customer's numbers), used for the CRM's other phone column when every one of its numbers finds a free line;
   * otherwise it stays an extra column, so no number is dropped.
   */
  private placeableSecondPhone(layout: CrmLayout, records: RowRecord[]): number | undefined {
    const sources = new Set(layout.columns.map((c) => c.source));
    const primary = this.sourceColumns('phone')[0];
    if (!sources.has('phone.mobile') || !sources.has('phone.other') || primary === undefined) return undefined;
    const second = this.secondPhoneColumn();
    if (!second) return undefined;
    const primaryHeader = this.headerOf(primary);
    for (const record of records) {
      const extra = record.values[second.col - 1] ?? null;
      if (isBlank(extra)) continue;
      const value = record.values[primary - 1] ?? null;
      if (isBlank(value)) continue;
      this.converter.rowRegion = this.rowRegion(record.values);
      const regions = this.converter.phoneRegions();
      if (sameNumber(value, extra, regions)) continue;
      if (phoneLine(value, regions, primaryHeader) === phoneLine(extra, regions, second.header)) return undefined;
    }
    return second.col;
  }

  /** The other phone column a CRM's one Phone column reads where the phone field's column is blank (kept as an extra column too). */
  private otherPhoneOf(): { orPhone: number } | Record<string, never> {
    if (this.sourceColumns('phone')[0] === undefined) return {};
    const second = this.secondPhoneColumn();
    return second ? { orPhone: second.col } : {};
  }

  /** The sheet's phone column besides the phone field's (座机, 联系电话, Phone beside Mobile), holding data. */
  private secondPhoneColumn(): SheetColumn | undefined {
    const phoneField = this.fields.get('phone');
    const names = new Set(
      [
        ...(phoneField ? [phoneField.labels['zh-CN'], phoneField.labels['en-US'], ...phoneField.synonyms] : []),
        ...SECOND_PHONE,
      ].map(foldHeader),
    );
    const roles = new Set([this.roles.person, this.roles.given, this.roles.family, this.roles.account]);
    return this.sheetColumns.find(
      (c) =>
        !c.field &&
        !roles.has(c.col) &&
        (c.secondOf === 'phone' || names.has(foldHeader(c.header))) &&
        this.hasData(c.col),
    );
  }

  private headerOf(col: number): string {
    return this.sheetColumns.find((c) => c.col === col)?.header ?? '';
  }

  /**
   * How a column's cells are read: its format, for dates the column's day/month order, for amounts and
   * counts its decimal mark and a money column's currency (as check reads them: scan-cells.ts).
   */
  private columnReading(col: number, field: Field | undefined): ColumnReading {
    const columnFormat = this.snapshot.columnFormats?.[col - 1] ?? null;
    if (field?.kind === 'money' || field?.kind === 'integer') {
      const { defaultRegion: home, sheetRegion } = this.converter.phoneRegions();
      const values = this.snapshot.values;
      return {
        columnFormat,
        ...(field.kind === 'money' ? moneyColumnContext(values, col, sheetRegion) : {}),
        ...numberColumnContext(values, col, sheetRegion !== home ? sheetRegion : undefined),
      };
    }
    if (field?.kind !== 'date') return { columnFormat };
    const dates = dateColumnContext(this.snapshot.values, col, { birthDate: field.key === BIRTH_DATE_FIELD });
    return { columnFormat, ...dates };
  }

  private hasData(col: number): boolean {
    let known = this.withData.get(col);
    if (known === undefined) {
      const values = this.snapshot.values;
      known = false;
      for (let i = 1; i < values.length && !known; i++) known = cellText(values[i]?.[col - 1]).trim() !== '';
      this.withData.set(col, known);
    }
    return known;
  }

  private count(map: Map<string, number>, header: string): void {
    map.set(header, (map.get(header) ?? 0) + 1);
  }
}

/** Whether two cells hold one number (Shopify's Default Address Phone repeating Phone): written once. */
function sameNumber(a: CellValue, b: CellValue, regions: PhoneRegions): boolean {
  const key = phoneKey(a, regions);
  return key !== null ? key === phoneKey(b, regions) : cellText(a).trim() === cellText(b).trim();
}
