/**
 * Writes the rows of one CRM layout: the CRM's columns (those the sheet has a source for, and the
 * required ones, filled from another value where the CRM needs one), then every other sheet column
 * under its own header, then the parts at the layout's caps. Counts fills and blanks for the report.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import type { CrmColumn, CrmLayout } from './crm-layouts';
import { phoneLine, type ConvertTarget, type ValueConverter } from './convert-value';
import type { ColumnReport, ExportFile } from './plan-export';
import type { Parties, RoleColumns } from './row-parties';
import { rowBytes, splitParts } from './split-parts';

const PROGRESS_EVERY = 20_000;

export interface SheetColumn {
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
  private lineOf: { row: number; line: 'mobile' | 'other' } | undefined;

  constructor(
    private readonly snapshot: SheetSnapshot,
    private readonly sheetColumns: SheetColumn[],
    private readonly roles: RoleColumns,
    private readonly fields: Map<string, Field>,
    private readonly converter: ValueConverter,
    private readonly rowRegion: (row: readonly CellValue[]) => string | null,
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
      this.converter.rowRegion = this.rowRegion(record.values);
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
    if (plan.phoneLine) {
      if (value === null || value === '') return null;
      // Mobile and Phone columns read the same cell: decide its line once per row.
      if (this.lineOf?.row !== record.row) {
        this.lineOf = { row: record.row, line: phoneLine(value, this.converter.phoneRegions(), plan.sheetHeader) };
      }
      if (this.lineOf.line !== plan.phoneLine) return null;
    }
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
