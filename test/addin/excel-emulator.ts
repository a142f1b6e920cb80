/// <reference types="office-js" />
/**
 * A small Excel for tests: worksheets of values, formulas, number formats, hyperlinks, notes and
 * merged areas, and defined names, behind proxies that
 * enforce Office.js's load()/sync() rules, count syncs and request sizes, record formatting,
 * validation, pane and filter calls, and fail on demand. `run` stands in for `Excel.run` and
 * `office` for `Office`; `grid()` and `state()` give the resulting sheet for comparisons (the
 * host contract suite compares them with the in-memory reference host). Limits: there is no
 * calculation engine (a formula the host writes has the value null until a test sets one), and
 * validations and conditional formats stay put when rows are inserted or deleted.
 *
 *   const excel = new ExcelEmulator().addSheet('Customers', [['Name'], ['Ada']]);
 *   const host = createExcelHost({ run: excel.run, office: excel.office });
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import { dateToSerial, isDateFormat, isPlausibleSerial, serialToDate } from '../../shared/sheet/excel-dates';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import type { MemoryWorkbook } from '../../shared/plan/apply-plan';
import { META_HEADER, META_SHEET, metaRow, readMetaRows } from '../../shared/host/meta-sheet';
import { EmContext, type EmHost, type FailureRule, type RecordedCall, type SyncRecord } from './emulator-context';
import {
  attached,
  EmSheet,
  formatAddress,
  parseAddress,
  type EmCell,
  type EmConditionalFormat,
  type EmValidation,
  type Rect,
} from './emulator-model';
import { WorksheetsProxy } from './emulator-worksheets';
import { NamesProxy } from './emulator-names';
import { EmEvents } from './emulator-events';

export { EmulatedOfficeError } from './emulator-context';
export type { RecordedCall, SyncRecord } from './emulator-context';
export type { EmCell, EmConditionalFormat } from './emulator-model';

export interface EmulatorOptions {
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /**
   * Highest ExcelApi requirement set supported, read as written (1.18 is above 1.9): 1.9 by default;
   * 1.8 has no AutoFilter or cell properties (links), notes need 1.18.
   */
  apiVersion?: number;
  /** Excel on the web's request and response limit (5 MB). */
  payloadLimit?: number;
  /** What a method chained on a null object does: give another null object, or fail the sync. */
  nullObjectChaining?: 'propagate' | 'throw';
}

export interface SeedOptions {
  /** Formula cells: a FormulaCell list or { A1: formula }. The value in `values` is the cached result. */
  formulas?: FormulaCell[] | Record<string, string>;
  /** Number format of rows 2.. of each column (index 0 = column A), like snapshot.columnFormats. */
  columnFormats?: (string | null)[];
  /** Number formats by cell or range address. */
  formats?: Record<string, string>;
  /** Hyperlinks by cell address (`#Sheet!A1` for a place in the workbook). */
  links?: Record<string, string>;
  /** Notes by cell address. */
  notes?: Record<string, string>;
  /** Merged areas, e.g. `D5:D6`. */
  merged?: string[];
  hidden?: boolean;
  active?: boolean;
}

/** A sheet as the contract suite compares it (shapes follow shared/plan/apply-plan.ts). */
export interface EmulatedSheetState {
  values: CellValue[][];
  formulas: Record<string, string>;
  hidden: boolean;
  freezeRows: number;
  /** Frozen columns, when any (as the in-memory host keeps them). */
  freezeColumns?: number;
  filter: { firstRow: number; lastRow: number; firstCol: number; lastCol: number } | null;
  validations: Array<{
    col: number;
    firstRow: number;
    lastRow: number;
    source: string;
    allowBlank: boolean;
    strict: boolean;
    prompt?: string;
    /** Rules other than lists: their Office.js name, formula (custom) or lower bound, and texts. */
    kind?: string;
    formula?: string;
    min?: unknown;
    promptTitle?: string;
    errorTitle?: string;
    error?: string;
  }>;
  conditionalFormats: Array<{ type: string; address: string; areas?: string[]; formula?: string; fill?: string }>;
  styles: Record<string, { bold?: boolean; fill?: string }>;
  /** Input messages on cells without a dropdown (the notes on required headers), by address. */
  notes: Record<string, string>;
}

export class ExcelEmulator implements EmHost {
  sheets: EmSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  readonly calls: RecordedCall[] = [];
  readonly syncLog: SyncRecord[] = [];
  payloadLimit: number;
  apiVersion: number;
  nullObjectChaining: 'propagate' | 'throw';
  readonly events = new EmEvents();
  names: { name: string; formula: string }[] = [];
  private failures: FailureRule[] = [];
  private ids = 0;
  readonly office: {
    context: {
      displayLanguage: string;
      officeTheme: { bodyBackgroundColor: string };
      requirements: { isSetSupported(name: string, version?: string | number): boolean };
    };
  };

  constructor(options: EmulatorOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.apiVersion = options.apiVersion ?? 1.9;
    this.nullObjectChaining = options.nullObjectChaining ?? 'propagate';
    this.office = {
      context: {
        displayLanguage: options.displayLanguage ?? 'en-US',
        officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#FFFFFF' },
        requirements: {
          isSetSupported: (name, version) => name === 'ExcelApi' && this.supports(String(version ?? '1.1')),
        },
      },
    };
  }

  supports(version: string): boolean {
    const minor = (v: string) => Number(v.split('.')[1] ?? 0);
    return minor(version) <= minor(String(this.apiVersion));
  }

  /** Adds a defined name, e.g. `addName('VIP', "=Customers!$A$5:$C$6")`. */
  addName(name: string, formula: string): this {
    this.names.push({ name, formula });
    return this;
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  /** Forgets recorded syncs and calls (the workbook stays). */
  resetCounters(): this {
    this.syncLog.length = 0;
    this.calls.length = 0;
    return this;
  }

  nextId(): number {
    return ++this.ids;
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
  }

  onSync(record: SyncRecord): void {
    this.syncLog.push(record);
  }

  /** Makes the next `times` commands that match fail with an Office-style error. */
  failOn(rule: {
    member: string;
    /** Part of the command's object path (a derived range's is its method: `getSpecialCellsOrNullObject`). */
    path?: string;
    address?: string;
    sheet?: string;
    code?: string;
    message?: string;
    times?: number;
  }): this {
    this.failures.push({
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
      times: 1,
      ...rule,
    });
    return this;
  }

  failureFor(
    member: string,
    sheet: string | undefined,
    address: string | undefined,
    path = '',
  ): FailureRule | undefined {
    const rule = this.failures.find(
      (f) =>
        f.times > 0 &&
        f.member === member &&
        (!f.sheet || f.sheet === sheet) &&
        (!f.address || f.address === address) &&
        (!f.path || path.includes(f.path)),
    );
    if (rule) rule.times--;
    return rule;
  }

  /** Stands in for Excel.run; a batch that leaves commands unsynced is a bug, so it throws. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new EmContext(this);
    Object.assign(context, { workbook: { worksheets: new WorksheetsProxy(context), names: new NamesProxy(context) } });
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0)
      throw new Error(`Excel.run ended with ${context.pending} queued commands that were never synced`);
    return result;
  };

  /** Sets globalThis.Excel and globalThis.Office to this emulator; returns a function that restores them. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: this.run };
    g.Office = this.office;
    return () => Object.assign(g, before);
  }

  addSheet(name: string, values: CellValue[][], options: SeedOptions = {}): this {
    const sheet = new EmSheet(name);
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        sheet.setCell(
          i + 1,
          j + 1,
          value instanceof Date ? { value: dateToSerial(value), format: 'yyyy-mm-dd' } : { value },
        );
      }),
    );
    const lastRow = Math.max(2, values.length);
    options.columnFormats?.forEach((format, j) => {
      if (format) for (let r = 2; r <= lastRow; r++) this.setFormat(sheet, r, j + 1, format);
    });
    for (const [address, format] of Object.entries(options.formats ?? {})) {
      const rect = parseAddress(address);
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) this.setFormat(sheet, r, c, format);
    }
    const formulas = Array.isArray(options.formulas)
      ? options.formulas
      : Object.entries(options.formulas ?? {}).map(([address, formula]) => ({
          row: parseAddress(address).r0,
          col: parseAddress(address).c0,
          formula,
        }));
    for (const { row, col, formula } of formulas)
      sheet.setCell(row, col, { ...(sheet.cell(row, col) ?? { value: null }), formula });
    for (const [key, more] of [
      ['link', options.links],
      ['note', options.notes],
    ] as const)
      for (const [address, text] of Object.entries(more ?? {})) {
        const { r0, c0 } = parseAddress(address);
        sheet.setCell(r0, c0, { ...(sheet.cell(r0, c0) ?? { value: null }), [key]: text });
      }
    sheet.merged = (options.merged ?? []).map(parseAddress);
    if (options.hidden) sheet.visibility = 'Hidden';
    this.sheets.push(sheet);
    if (options.active || (!this.activeSheet && !options.hidden)) this.activeSheet = name;
    return this;
  }

  /**
   * A person typing or pasting `rows` at `address` (top-left cell): values land as given, formulas
   * ('=…') as formulas without a value; then change handlers run until the sheet settles.
   */
  async type(sheet: string, address: string, rows: CellValue[][], source: 'Local' | 'Remote' = 'Local'): Promise<void> {
    const model = this.sheet(sheet);
    const { r0, c0 } = parseAddress(address);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const old = model.cell(r0 + i, c0 + j);
        const formula = typeof value === 'string' && value.startsWith('=') ? value : undefined;
        model.setCell(r0 + i, c0 + j, {
          value: formula ? null : value instanceof Date ? dateToSerial(value) : value,
          ...(formula ? { formula } : {}),
          ...(old?.format ? { format: old.format } : {}),
        });
      }),
    );
    const width = Math.max(1, ...rows.map((r) => r.length));
    this.events.changed(model, { r0, c0, r1: r0 + rows.length - 1, c1: c0 + width - 1 }, source);
    await this.events.settle();
  }

  private setFormat(sheet: EmSheet, row: number, col: number, format: string): void {
    sheet.setCell(row, col, { ...(sheet.cell(row, col) ?? { value: null }), format });
  }

  /** Writes Custodian's meta sheet the way the Excel host lays it out. */
  addMeta(meta: Record<string, string>): this {
    const rows = [META_HEADER, ...Object.entries(meta).map(([key, value]) => metaRow(key, value))];
    return this.addSheet(META_SHEET, rows, { hidden: true });
  }

  static fromSnapshot(snapshot: SheetSnapshot, options: EmulatorOptions = {}): ExcelEmulator {
    const [formats, links, notes] = [{}, {}, {}] as Record<string, string>[];
    for (const { row, col, link, note, format } of snapshot.extras ?? []) {
      if (format) formats![cellAddress(row, col)] = format;
      if (link) links![cellAddress(row, col)] = link;
      if (note) notes![cellAddress(row, col)] = note;
    }
    const excel = new ExcelEmulator(options).addSheet(snapshot.name, snapshot.values, {
      ...(snapshot.formulas ? { formulas: snapshot.formulas } : {}),
      ...(snapshot.columnFormats ? { columnFormats: snapshot.columnFormats } : {}),
      formats,
      links,
      notes,
    });
    return snapshot.meta && Object.keys(snapshot.meta).length > 0 ? excel.addMeta(snapshot.meta) : excel;
  }

  /** The in-memory reference workbook as an Excel workbook (values, formulas, formats, hidden sheets, meta). */
  static fromWorkbook(workbook: MemoryWorkbook, options: EmulatorOptions & { active?: string } = {}): ExcelEmulator {
    const excel = new ExcelEmulator(options);
    for (const sheet of workbook.sheets) {
      const formats: Record<string, string> = {};
      const links: Record<string, string> = {};
      const notes: Record<string, string> = {};
      for (const f of sheet.numberFormats)
        formats[`${cellAddress(f.firstRow, f.col)}:${cellAddress(f.lastRow, f.col)}`] = f.format;
      for (const [address, more] of Object.entries(sheet.extras ?? {})) {
        if (more.format) formats[address] = more.format;
        if (more.link) links[address] = more.link;
        if (more.note) notes[address] = more.note;
      }
      excel.addSheet(sheet.name, sheet.values, {
        formulas: sheet.formulas,
        formats,
        links,
        notes,
        hidden: sheet.hidden,
        active: sheet.name === options.active,
      });
      const model = excel.sheet(sheet.name);
      model.frozenRows = sheet.freezeRows ?? 0;
      model.frozenColumns = sheet.freezeColumns ?? 0;
      if (sheet.filter)
        model.autoFilter = {
          r0: sheet.filter.firstRow,
          c0: sheet.filter.firstCol,
          r1: sheet.filter.lastRow,
          c1: sheet.filter.lastCol,
        };
    }
    return Object.keys(workbook.meta).length > 0 ? excel.addMeta(workbook.meta) : excel;
  }

  sheet(name: string): EmSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`emulator: no sheet "${name}"`);
    return sheet;
  }

  cell(sheet: string, address: string): EmCell | undefined {
    const rect = parseAddress(address);
    return this.sheet(sheet).cell(rect.r0, rect.c0);
  }

  /** The sheet's values from A1 to its last used cell, as the core sees them (dates by format, blanks null). */
  grid(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    const used = sheet.usedRect(true);
    if (!used) return [];
    const out: CellValue[][] = [];
    const dateFormats = new Map<string | undefined, boolean>();
    const isDate = (format: string | undefined) => {
      let known = dateFormats.get(format);
      if (known === undefined) dateFormats.set(format, (known = isDateFormat(format)));
      return known;
    };
    for (let r = 1; r <= used.r1; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= used.c1; c++) {
        const cell = sheet.cell(r, c);
        const v = cell?.value ?? null;
        row.push(typeof v === 'number' && isDate(cell?.format) && isPlausibleSerial(v) ? serialToDate(v) : v);
      }
      out.push(row);
    }
    return out;
  }

  /** Formula text by A1 address, like MemorySheet.formulas. */
  formulas(name: string): Record<string, string> {
    const out: Record<string, string> = {};
    this.sheet(name).rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell?.formula) out[cellAddress(i + 1, j + 1)] = cell.formula;
      }),
    );
    return out;
  }

  /** Each linked cell's target, noted cell's note and number format other than General, by A1 address. */
  cellExtras(name: string): Record<string, { link?: string; note?: string; format?: string }> {
    const out: Record<string, { link?: string; note?: string; format?: string }> = {};
    this.sheet(name).rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const format = cell?.format && cell.format !== 'General' ? { format: cell.format } : {};
        if (cell && (cell.link || cell.note !== undefined || format.format))
          out[cellAddress(i + 1, j + 1)] = { ...attached(cell), ...format };
      }),
    );
    return out;
  }

  /** Merged areas of a sheet, as A1 ranges. */
  merged(name: string): string[] {
    return this.sheet(name).merged.map(formatAddress);
  }

  meta(): Record<string, string> {
    const sheet = this.sheets.find((s) => s.name === META_SHEET);
    return sheet
      ? readMetaRows(this.grid(META_SHEET).map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))))
      : {};
  }

  callsOf(member: string): RecordedCall[] {
    return this.calls.filter((c) => c.member === member);
  }

  state(name: string): EmulatedSheetState {
    const sheet = this.sheet(name);
    const filter = (rect: Rect | null) =>
      rect ? { firstRow: rect.r0, lastRow: rect.r1, firstCol: rect.c0, lastCol: rect.c1 } : null;
    return {
      values: this.grid(name),
      formulas: this.formulas(name),
      hidden: sheet.visibility !== 'Visible',
      freezeRows: sheet.frozenRows,
      ...(sheet.frozenColumns > 0 ? { freezeColumns: sheet.frozenColumns } : {}),
      filter: filter(sheet.autoFilter),
      validations: sheet.validations
        .filter((v) => v.rule)
        .map((v) => ({
          col: v.rect.c0,
          firstRow: v.rect.r0,
          lastRow: v.rect.r1,
          source: String((v.rule!.list as { source?: unknown } | undefined)?.source ?? ''),
          allowBlank: v.ignoreBlanks,
          strict: v.errorAlert?.style === 'Stop',
          ...(v.prompt ? { prompt: v.prompt.message } : {}),
          ...ruleState(v),
        })),
      conditionalFormats: sheet.conditionalFormats.map((f: EmConditionalFormat) => ({
        type: f.type,
        address: formatAddress(f.rect),
        ...(f.areas ? { areas: f.areas.map(formatAddress) } : {}),
        ...(f.formula ? { formula: f.formula } : {}),
        ...(f.fill ? { fill: f.fill } : {}),
      })),
      styles: Object.fromEntries(sheet.styles),
      notes: Object.fromEntries(
        sheet.validations.filter((v) => !v.rule && v.prompt).map((v) => [formatAddress(v.rect), v.prompt!.message]),
      ),
    };
  }
}

/** What a rule other than a list adds to a validation's state (nothing for lists, so list states stay as they were). */
function ruleState(v: EmValidation): Record<string, unknown> {
  const kind = Object.keys(v.rule ?? {}).find((k) => k !== 'list');
  const out: Record<string, unknown> = {};
  if (kind) {
    const rule = v.rule![kind] as { formula?: string; formula1?: unknown };
    out.kind = kind;
    if (rule.formula !== undefined) out.formula = rule.formula;
    if (rule.formula1 !== undefined) out.min = rule.formula1;
  }
  if (v.prompt?.title) out.promptTitle = v.prompt.title;
  if (v.errorAlert?.title) out.errorTitle = v.errorAlert.title;
  if (v.errorAlert?.message) out.error = v.errorAlert.message;
  return out;
}
