/**
 * snapshot + CRM + object → the files to import: header, rows (each traced to its sheet row) and a
 * report of which sheet column went where. Columns the CRM has no place for are kept as extra
 * columns under the sheet's header, so nothing is dropped; company-only rows of a contacts or
 * leads export go to an accounts file; files are split at the CRM's row and size caps.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import { isEmptyRow } from '../check/scan-cells';
import { resolveContext, type OperationOptions } from '../operations/options';
import type { Field } from '../template/schema';
import { crmLayout, defaultObject, type CrmColumn, type CrmId, type CrmLayout, type CrmObject } from './crm-layouts';
import { ValueConverter, phoneLine, type ConvertTarget } from './convert-value';
import { personNames, roleColumns, rowParties, type Parties, type RoleColumns } from './row-parties';
import { errorRows } from './error-rows';
import { isChineseList } from './split-name';
import { rowBytes, splitParts } from './split-parts';

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
  /** Names kept whole in the last name (surname + honorific, mixed scripts). */
  namesKeptWhole: number;
  /** Pinyin names were read surname first (the list is Chinese). */
  chineseList: boolean;
  /** Rows that still have errors by `check`, and the first of them. */
  errorRows: number;
  errorRowNumbers: number[];
  /** Values that could not be read and were exported as typed: header -> count. */
  valuesAsTyped: Record<string, number>;
  /** Choice labels with no standard CRM picklist value, exported as the label: CRM column -> labels. */
  offPicklist: Record<string, string[]>;
  /** Facts of the layout that are defaults rather than confirmed (say so to the user). */
  unconfirmed: string[];
}

export interface ExportPlan {
  layout: CrmLayout;
  files: ExportFile[];
  report: ExportReport;
}

const ERROR_ROWS_LISTED = 20;
const PROGRESS_EVERY = 20_000;

interface SheetColumn {
  col: number;
  header: string;
  field?: Field;
}

interface ColumnPlan {
  column: CrmColumn;
  phoneLine?: 'mobile' | 'other';
  field?: Field;
  col?: number;
  sheetHeader: string;
  format: string | null;
  target: ConvertTarget;
}

interface RowRecord {
  row: number;
  values: readonly CellValue[];
  parties: Parties;
}

export function planExport(snapshot: SheetSnapshot, options: ExportOptions): ExportPlan {
  const ctx = resolveContext(snapshot, options);
  const object = options.layout?.object ?? options.object ?? defaultObject(options.crm);
  const layout = options.layout ?? crmLayout(options.crm, object);
  if (!layout) throw new Error(`${options.crm} has no ${object} layout`);
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const sheetColumns: SheetColumn[] = ctx.mapping.columns.map((c) => ({
    col: c.col,
    header: c.header,
    field: c.field && !c.part ? fields.get(c.field) : undefined,
  }));
  const roles = roleColumns(ctx.mapping, ctx.template);
  const chineseList = isChineseList(ctx.locale, personNames(snapshot.values, roles));
  const region = ctx.template.defaultRegion;
  const converter = new ValueConverter(layout, ctx.locale, region);

  const main: RowRecord[] = [];
  const companies: RowRecord[] = [];
  let namesKeptWhole = 0;
  const spillAccounts = object !== 'accounts';
  for (let i = 1; i < snapshot.values.length; i++) {
    const values = snapshot.values[i];
    if (isEmptyRow(values)) continue;
    const parties = rowParties(values, roles, chineseList);
    if (parties.keptWhole) namesKeptWhole++;
    const record = { row: i + 1, values, parties };
    if (spillAccounts && parties.full === '' && parties.account !== '') companies.push(record);
    else main.push(record);
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
  const errors = errorRows(snapshot, { ...ctx, onProgress: progress && ((p) => progress({ done: p.done, total })) });
  const build = new FileBuilder(snapshot, sheetColumns, roles, fields, converter, region, onRows);
  const files = build.files(layout, main);
  if (companies.length > 0) {
    const base = crmLayout(layout.crm, 'accounts');
    if (base) {
      // The accounts file follows the user's format overrides too.
      const { dateFormat, yesNo, bom, rowCap, byteCap, picklists } = layout;
      files.push(...build.files({ ...base, dateFormat, yesNo, bom, rowCap, byteCap, picklists }, companies));
    }
  }

  const errorRowNumbers = [...errors].sort((a, b) => a - b);
  const report: ExportReport = {
    crm: layout.crm,
    object,
    locale: ctx.locale,
    rows: main.length + companies.length,
    columns: build.columnReports(layout),
    extraColumns: build.extraHeaders(layout).map((e) => e.header),
    accountRows: companies.length,
    filled: Object.fromEntries(build.filled),
    missingRequired: Object.fromEntries(build.missing),
    namesKeptWhole,
    chineseList,
    errorRows: errors.size,
    errorRowNumbers: errorRowNumbers.slice(0, ERROR_ROWS_LISTED),
    valuesAsTyped: Object.fromEntries(converter.asTyped),
    offPicklist: Object.fromEntries([...converter.offPicklist].map(([header, labels]) => [header, [...labels]])),
    unconfirmed: [
      ...layout.unconfirmed,
      ...build
        .writtenColumns(layout)
        .filter((c) => c.unconfirmed)
        .map((c) => `the "${c.header}" column`),
    ],
  };
  return { layout, files, report };
}

/** Builds the files of one layout from row records; remembers fills and blanks for the report. */
class FileBuilder {
  readonly filled = new Map<string, number>();
  readonly missing = new Map<string, number>();
  private readonly withData = new Map<number, boolean>();

  constructor(
    private readonly snapshot: SheetSnapshot,
    private readonly sheetColumns: SheetColumn[],
    private readonly roles: RoleColumns,
    private readonly fields: Map<string, Field>,
    private readonly converter: ValueConverter,
    private readonly region: string,
    private readonly onRows?: (rows: number) => void,
  ) {}

  /** Sheet columns a source reads. */
  sourceColumns(source: string): number[] {
    const r = this.roles;
    const person = [r.person, r.family, r.given].filter((c): c is number => c !== undefined);
    if (source.startsWith('name.')) return person;
    if (source === 'account') return r.account !== undefined ? [r.account] : [];
    const fieldKey = source.startsWith('phone.') ? 'phone' : source;
    return this.sheetColumns.filter((c) => c.field?.key === fieldKey).map((c) => c.col);
  }

  /** The CRM columns written: those the sheet has a source for, and every required one. */
  writtenColumns(layout: CrmLayout): CrmColumn[] {
    return layout.columns.filter((c) => c.required || this.sourceColumns(c.source).length > 0);
  }

  extraHeaders(layout: CrmLayout): Array<{ col: number; header: string; field?: Field }> {
    const used = new Set(this.writtenColumns(layout).flatMap((c) => this.sourceColumns(c.source)));
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
      sheetColumns: this.sourceColumns(c.source).map((col) => headerOf.get(col) ?? `Column ${col}`),
      required: c.required === true,
    }));
  }

  files(layout: CrmLayout, records: RowRecord[]): ExportFile[] {
    const columns = this.writtenColumns(layout).map((column) => this.columnPlan(column, layout));
    const extras = this.extraHeaders(layout).map((extra) => ({ ...extra, format: this.columnFormat(extra.col) }));
    const header = [...columns.map((c) => c.column.header), ...extras.map((e) => e.header)];
    const rows: CellValue[][] = new Array(records.length);
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const out: CellValue[] = new Array(header.length);
      for (let c = 0; c < columns.length; c++) out[c] = this.crmValue(columns[c], record);
      for (let e = 0; e < extras.length; e++) {
        const extra = extras[e];
        const value = record.values[extra.col - 1] ?? null;
        out[columns.length + e] = extra.field
          ? this.converter.convert(extra.field, value, extra.header, { kind: 'extra' }, extra.format)
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
    const fieldKey = phoneLine ? 'phone' : column.source;
    const col = this.sourceColumns(column.source)[0];
    return {
      column,
      phoneLine,
      field: this.fields.get(fieldKey),
      col,
      sheetHeader: this.sheetColumns.find((c) => c.col === col)?.header ?? '',
      format: col === undefined ? null : this.columnFormat(col),
      target: { kind: 'crm', picklist: layout.picklists[fieldKey] },
    };
  }

  private crmValue(plan: ColumnPlan, record: RowRecord): CellValue {
    const { column } = plan;
    const p = record.parties;
    let value: CellValue;
    switch (column.source) {
      case 'name.first':
        value = p.first;
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
    if (!plan.field || plan.col === undefined) return null;
    const value = record.values[plan.col - 1] ?? null;
    if (plan.phoneLine && phoneLine(value, this.region, plan.sheetHeader) !== plan.phoneLine) return null;
    return this.converter.convert(plan.field, value, plan.column.header, plan.target, plan.format);
  }

  private columnFormat(col: number): string | null {
    return this.snapshot.columnFormats?.[col - 1] ?? null;
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
