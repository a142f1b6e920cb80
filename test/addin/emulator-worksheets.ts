/** Worksheets of the Excel emulator: the collection, one sheet, panes, filter and notes. */
import { type EmContext, EmulatedOfficeError, jsonSize, notLoaded, type Action } from './emulator-context';
import { bounding, EmSheet, formatAddress, MAX_COLS, MAX_ROWS, parseAddress, type EmCell } from './emulator-model';
import { ConditionalFormatsProxy } from './emulator-validation';
import { itemNotFound, NULL, Proxy, type Resolved } from './emulator-proxy';
import { RangeProxy, type RangeTarget } from './emulator-range';
import type { EmChangedArgs } from './emulator-events';
import { WorksheetProtectionProxy } from './emulator-protection';

export class WorksheetProxy extends Proxy<EmSheet> {
  constructor(
    ctx: EmContext,
    path: string,
    resolver: (() => Resolved<EmSheet>) | null,
    known?: EmSheet,
    creation: Partial<Action> = {},
  ) {
    super(ctx, path, resolver, undefined, creation);
    if (known) this.knownSheet = known;
  }
  private knownSheet: EmSheet | undefined;
  override live(): Resolved<EmSheet> {
    return this.knownSheet ?? super.live();
  }
  /** Marks a property as loaded (collection items). */
  preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
  get name(): string {
    return this.prop('name');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(value: string) {
    this.enqueue(
      'visibility',
      (sheet) => {
        if (
          value !== 'Visible' &&
          this.ctx.host.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0
        ) {
          throw new EmulatedOfficeError('InvalidOperation', 'A workbook must have at least one visible worksheet.');
        }
        sheet.visibility = value as EmSheet['visibility'];
      },
      { record: value, sheet: () => this.sheetName() },
    );
  }
  private sheetName(): string | undefined {
    const t = this.live();
    return t === NULL ? undefined : t.name;
  }
  protected override read(name: string, sheet: EmSheet): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility;
    return super.read(name, sheet);
  }
  get notes(): NotesProxy {
    return (this.notesProxy ??= new NotesProxy(this.ctx, `${this.path}.notes`, this));
  }
  private notesProxy: NotesProxy | undefined;
  getRange(address?: string): RangeProxy {
    const rect = address === undefined ? { r0: 1, c0: 1, r1: MAX_ROWS, c1: MAX_COLS } : parseAddress(address);
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`,
      this.child((sheet) => ({ sheet, rect })),
    );
  }
  /** RangeAreas (ExcelApi 1.9) as far as highlights use it: conditional formats over several areas. */
  getRanges(address: string): { conditionalFormats: ConditionalFormatsProxy } {
    const areas = address.split(',').map(parseAddress);
    const path = `${this.path}.getRanges(${JSON.stringify(address)})`;
    const range = new RangeProxy(
      this.ctx,
      path,
      this.child((sheet) => {
        if (!this.ctx.host.supports('1.9'))
          throw new EmulatedOfficeError('ApiNotFound', 'RangeAreas needs ExcelApi 1.9.');
        if (address.length > 8192) throw new EmulatedOfficeError('InvalidArgument', 'The address is too long.');
        return { sheet, rect: areas.reduce(bounding) };
      }),
    );
    return { conditionalFormats: new ConditionalFormatsProxy(this.ctx, `${path}.conditionalFormats`, range, areas) };
  }
  private used(valuesOnly: boolean, orNull: boolean): RangeProxy {
    const name = `${orNull ? 'getUsedRangeOrNullObject' : 'getUsedRange'}(${valuesOnly})`;
    return new RangeProxy(
      this.ctx,
      `${this.path}.${name}`,
      this.child((sheet) => {
        const rect = sheet.usedRect(valuesOnly);
        if (rect) return { sheet, rect };
        return orNull ? NULL : { sheet, rect: { r0: 1, c0: 1, r1: 1, c1: 1 } };
      }),
    );
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, true);
  }
  /** ExcelApi 1.7; the handler is registered by the next sync, like Office.js. */
  readonly onChanged = ((self) => ({
    add(handler: (args: EmChangedArgs) => Promise<unknown>) {
      const result = { remove: () => registration?.remove() };
      let registration: { remove(): void } | undefined;
      self.enqueue('onChanged.add', (sheet) => {
        if (!self.ctx.host.supports('1.7'))
          throw new EmulatedOfficeError('ApiNotFound', 'onChanged needs ExcelApi 1.7.');
        registration = self.ctx.host.events?.add(sheet, handler);
      });
      return result;
    },
  }))(this);
  set name(value: string) {
    this.enqueue(
      'name',
      (sheet) => {
        if (!SHEET_NAME.test(value) || value.startsWith("'"))
          throw new EmulatedOfficeError('InvalidArgument', `"${value}" is not a valid worksheet name.`);
        if (this.ctx.host.sheets.some((s) => s !== sheet && s.name.toLowerCase() === value.toLowerCase()))
          throw new EmulatedOfficeError('ItemAlreadyExists', `A worksheet named "${value}" already exists.`);
        sheet.name = value;
      },
      { record: value, sheet: () => this.sheetName() },
    );
  }
  /** ExcelApi 1.7: a copy of everything on the sheet, named "<name> (2)", placed at the end. */
  copy(position: 'End'): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.copy(${JSON.stringify(position)})`,
      () => {
        if (!this.ctx.host.supports('1.7')) throw new EmulatedOfficeError('ApiNotFound', 'copy needs ExcelApi 1.7.');
        const source = this.need();
        let n = 2;
        while (this.ctx.host.sheets.some((s) => s.name === `${source.name} (${n})`)) n++;
        const copy = Object.assign(new EmSheet(`${source.name} (${n})`), structuredClone({ ...source }));
        copy.name = `${source.name} (${n})`;
        this.ctx.host.sheets.push(copy);
        return copy;
      },
      undefined,
      { member: 'worksheet.copy', record: position, sheet: () => this.sheetName() },
    );
  }
  delete(): void {
    this.enqueue(
      'delete',
      (sheet) => {
        const others = this.ctx.host.sheets.filter((s) => s !== sheet);
        if (!others.some((s) => s.visibility === 'Visible'))
          throw new EmulatedOfficeError('InvalidOperation', 'A workbook must have at least one visible worksheet.');
        // Excel shows the next visible sheet, or the one before when it deletes the last.
        if (this.ctx.host.activeSheet === sheet.name) {
          const at = this.ctx.host.sheets.indexOf(sheet);
          const visible = (s: EmSheet) => s.visibility === 'Visible';
          const next = this.ctx.host.sheets.slice(at + 1).find(visible) ?? others.filter(visible).at(-1)!;
          this.ctx.host.activeSheet = next.name;
        }
        this.ctx.host.sheets = others;
      },
      { record: true, sheet: () => this.sheetName() },
    );
  }
  activate(): void {
    this.enqueue('activate', (sheet) => (this.ctx.host.activeSheet = sheet.name), {
      record: true,
      sheet: () => this.sheetName(),
    });
  }
  get protection(): WorksheetProtectionProxy {
    return (this.protectionProxy ??= new WorksheetProtectionProxy(this.ctx, `${this.path}.protection`, this));
  }
  private protectionProxy: WorksheetProtectionProxy | undefined;
  /** As Excel: each freeze replaces the last, so freezing rows alone unfreezes frozen columns and the other way round. */
  readonly freezePanes = ((self) => {
    const freeze = (member: string, rows: number, columns: number, record: unknown) =>
      self.enqueue(
        `freezePanes.${member}`,
        (sheet) => {
          sheet.frozenRows = rows;
          sheet.frozenColumns = columns;
        },
        { record, sheet: () => self.sheetName() },
      );
    return {
      freezeRows: (count: number) => freeze('freezeRows', count, 0, count),
      freezeColumns: (count: number) => freeze('freezeColumns', 0, count, count),
      /** The cells of the top-left pane: its rows and columns are frozen. */
      freezeAt(range: RangeProxy | string) {
        const rect = typeof range === 'string' ? parseAddress(range) : (range.live() as RangeTarget).rect;
        if (rect.r0 !== 1 || rect.c0 !== 1) throw new EmulatedOfficeError('InvalidArgument', 'Not the top-left cells.');
        freeze('freezeAt', rect.r1 >= MAX_ROWS ? 0 : rect.r1, rect.c1 >= MAX_COLS ? 0 : rect.c1, formatAddress(rect));
      },
      unfreeze: () => freeze('unfreeze', 0, 0, true),
      /** The frozen cells: whole rows when only rows are frozen, whole columns when only columns are. */
      getLocationOrNullObject(): RangeProxy {
        return new RangeProxy(self.ctx, `${self.path}.freezePanes.getLocationOrNullObject()`, () => {
          const { frozenRows: rows, frozenColumns: columns } = self.need();
          if (rows === 0 && columns === 0) return NULL;
          return { sheet: self.need(), rect: { r0: 1, c0: 1, r1: rows || MAX_ROWS, c1: columns || MAX_COLS } };
        });
      },
    };
  })(this);
  readonly autoFilter = ((self, loadedFiltered?: boolean) => ({
    apply(range: RangeProxy | string) {
      self.enqueue(
        'autoFilter.apply',
        (sheet) => {
          if (!self.ctx.host.supports('1.9'))
            throw new EmulatedOfficeError('ApiNotFound', 'AutoFilter needs ExcelApi 1.9.');
          const rect = typeof range === 'string' ? parseAddress(range) : (range.live() as RangeTarget).rect;
          sheet.autoFilter = { ...rect };
          sheet.filtered = false; // a filter applied anew has no criteria
        },
        {
          record: typeof range === 'string' ? range : 'range',
          sheet: () => self.sheetName(),
          address: () => (typeof range === 'string' ? range : formatAddress((range.live() as RangeTarget).rect)),
        },
      );
    },
    remove() {
      self.enqueue('autoFilter.remove', (sheet) => (sheet.autoFilter = null), {
        record: true,
        sheet: () => self.sheetName(),
      });
    },
    /** ExcelApi 1.9: `isDataFiltered` (whether a column of the filter has criteria), after the sync. */
    load(props: string) {
      if (props !== 'isDataFiltered') throw new Error('emulator: autoFilter supports load("isDataFiltered") only');
      self.ctx.enqueue({
        member: 'load',
        path: `${self.path}.autoFilter`,
        run: () => {
          if (!self.ctx.host.supports('1.9'))
            throw new EmulatedOfficeError('ApiNotFound', 'AutoFilter needs ExcelApi 1.9.');
          const filtered = self.need().filtered;
          return { bytes: 5, commit: () => (loadedFiltered = filtered) };
        },
      });
      return this;
    },
    get isDataFiltered(): boolean {
      if (loadedFiltered === undefined) throw notLoaded('isDataFiltered');
      return loadedFiltered;
    },
    getRangeOrNullObject(): RangeProxy {
      return new RangeProxy(self.ctx, `${self.path}.autoFilter.getRangeOrNullObject()`, () => {
        const sheet = self.need();
        if (!self.ctx.host.supports('1.9'))
          throw new EmulatedOfficeError('ApiNotFound', 'AutoFilter needs ExcelApi 1.9.');
        return sheet.autoFilter ? { sheet, rect: sheet.autoFilter } : NULL;
      });
    },
  }))(this);
}

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

export class WorksheetsProxy extends Proxy<EmSheet[]> {
  private list: WorksheetProxy[] | undefined;
  constructor(ctx: EmContext) {
    super(ctx, 'workbook.worksheets', null);
  }
  override live(): EmSheet[] {
    return this.ctx.host.sheets;
  }
  get items(): WorksheetProxy[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
  private find(name: string): EmSheet | undefined {
    return this.ctx.host.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getActiveWorksheet()`,
      () => this.find(this.ctx.host.activeSheet) ?? NULL,
    );
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.find(name);
      if (!sheet) throw itemNotFound(`worksheet "${name}"`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.find(name) ?? NULL,
    );
  }
  add(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.add(${JSON.stringify(name)})`,
      () => {
        if (!SHEET_NAME.test(name) || name.startsWith("'"))
          throw new EmulatedOfficeError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
        if (this.find(name))
          throw new EmulatedOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
        const sheet = new EmSheet(name);
        this.ctx.host.sheets.push(sheet);
        return sheet;
      },
      undefined,
      { member: 'worksheets.add', record: name, sheet: () => name },
    );
  }
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim());
    const props = names.map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const snapshot = this.ctx.host.sheets.map((sheet) => ({
          sheet,
          values: props.map((p) => (p === 'name' ? sheet.name : p === 'visibility' ? sheet.visibility : undefined)),
        }));
        return {
          bytes: jsonSize(snapshot.map((s) => s.values)),
          commit: () => {
            this.list = snapshot.map(({ sheet, values }, i) => {
              const proxy = new WorksheetProxy(this.ctx, `${this.path}.items[${i}]`, null, sheet);
              props.forEach((p, j) => proxy.preload(p, values[j]));
              return proxy;
            });
          },
        };
      },
    });
    return this;
  }
}

function needsNotes(ctx: EmContext): void {
  if (!ctx.host.supports('1.18')) throw new EmulatedOfficeError('ApiNotFound', 'notes need ExcelApi 1.18.');
}

/** Worksheet.notes (ExcelApi 1.18): the sheet's notes in row order, and adding one to a cell. */
export class NotesProxy extends Proxy<EmSheet> {
  private list: NoteProxy[] | undefined;
  constructor(ctx: EmContext, path: string, sheet: WorksheetProxy) {
    super(ctx, path, null, sheet);
  }
  get items(): NoteProxy[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim());
    if (names.some((n) => n !== 'items/content')) throw new Error('emulator: notes support load("items/content") only');
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        needsNotes(this.ctx);
        const sheet = this.need();
        const found = sheet.rows.flatMap((row) => row.filter((cell): cell is EmCell => cell?.note !== undefined));
        return {
          bytes: jsonSize(found.map((cell) => cell.note)),
          commit: () =>
            (this.list = found.map((cell, i) => new NoteProxy(this.ctx, `${this.path}.items[${i}]`, sheet, cell))),
        };
      },
    });
    return this;
  }
  add(cellAddress: string, content: string): void {
    this.enqueue(
      'notes.add',
      (sheet) => {
        needsNotes(this.ctx);
        const rect = parseAddress(cellAddress);
        if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
          throw new EmulatedOfficeError('InvalidCellAddress', 'A note goes on one cell.');
        const old = sheet.cell(rect.r0, rect.c0);
        if (old?.note !== undefined) throw new EmulatedOfficeError('InvalidArgument', 'The cell already has a note.');
        sheet.setCell(rect.r0, rect.c0, { ...(old ?? { value: null }), note: content });
      },
      { record: content, sheet: () => (this.live() as EmSheet).name, address: () => cellAddress },
    );
  }
}

/** A note as loaded with items/content; getLocation() finds its cell wherever rows have moved it since. */
class NoteProxy {
  readonly content: string;
  constructor(
    private readonly ctx: EmContext,
    private readonly path: string,
    private readonly sheet: EmSheet,
    private readonly cell: EmCell,
  ) {
    this.content = cell.note ?? '';
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getLocation()`, () => {
      for (let r = 0; r < this.sheet.rows.length; r++) {
        const c = this.sheet.rows[r]!.indexOf(this.cell);
        if (c >= 0) return { sheet: this.sheet, rect: { r0: r + 1, c0: c + 1, r1: r + 1, c1: c + 1 } };
      }
      throw itemNotFound(this.path);
    });
  }
}
