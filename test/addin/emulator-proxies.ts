/**
 * Proxy objects of the Excel emulator, covering the part of the Excel JavaScript API Custodian
 * uses. Like Office.js they only queue commands; reading a property that was not loaded and synced
 * throws PropertyNotLoaded (office-addin-mock returns a string instead). *OrNullObject results and
 * what is chained on them follow EmHost.nullObjectChaining.
 */
import { quoteSheetName } from '../../shared/sheet/a1';
import { EmContext, EmulatedOfficeError, jsonSize, notLoaded, type Action } from './emulator-context';
import { bounding, EmSheet, formatAddress, interpretInput, intersect, MAX_COLS, MAX_ROWS, parseAddress, type EmCell, type EmConditionalFormat, type EmValidation, type Rect } from './emulator-model';

const NULL = Symbol('null object');
type Resolved<T> = T | typeof NULL;

function itemNotFound(what: string): EmulatedOfficeError {
  return new EmulatedOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

abstract class Proxy<T> {
  private resolved: Resolved<T> | undefined;
  private nullKnown = false;
  protected loaded = new Map<string, unknown>();

  constructor(
    readonly ctx: EmContext,
    readonly path: string,
    resolver: (() => Resolved<T>) | null,
    private readonly parent?: Proxy<unknown> & { live(): unknown },
    /** How the command that creates this object is named and recorded (e.g. worksheets.add). */
    creation: Partial<Action> = {},
  ) {
    if (resolver) {
      ctx.enqueue({
        member: 'resolve',
        path,
        ...creation,
        run: () => {
          this.resolved = resolver();
          return { commit: () => (this.nullKnown = true) };
        },
      });
    }
  }

  /** The model object at this point of the batch; NULL for a null object. */
  live(): Resolved<T> {
    if (this.parent) return this.fromParent(this.parent.live());
    if (this.resolved === undefined) throw new Error(`emulator: ${this.path} used before it was created`);
    return this.resolved;
  }

  /** Navigation objects (range.format, range.dataValidation …) share their parent's target. */
  protected fromParent(parent: unknown): Resolved<T> {
    return parent as Resolved<T>;
  }

  /** The live target, or an error when it is a null object and chaining throws. */
  protected need(): T {
    const target = this.live();
    if (target === NULL) throw itemNotFound(this.path);
    return target;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.resolved === NULL;
  }

  /** Resolver for a child object: null parents give null children, or fail, as configured. */
  protected child<U>(make: (target: T) => Resolved<U>): () => Resolved<U> {
    return () => {
      const target = this.live();
      if (target === NULL) {
        if (this.ctx.host.nullObjectChaining === 'throw') throw itemNotFound(this.path);
        return NULL;
      }
      return make(target);
    };
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected read(_name: string, _target: T): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `The property '${_name}' cannot be loaded on ${this.path}.`);
  }

  protected navigate(name: string): Proxy<unknown> {
    throw new EmulatedOfficeError('InvalidArgument', `${this.path} has no navigation property '${name}'.`);
  }

  load(spec?: string | string[]): this {
    if (spec === undefined) throw new Error('emulator: load() without property names loads everything; name the properties');
    const names = (Array.isArray(spec) ? spec : spec.split(',')).map((s) => s.trim()).filter(Boolean);
    const own: string[] = [];
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash >= 0) this.navigate(name.slice(0, slash)).load(name.slice(slash + 1));
      else own.push(name);
    }
    if (own.length === 0) return this;
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const target = this.live();
        const values = new Map<string, unknown>();
        for (const name of own) values.set(name, target === NULL ? undefined : this.read(name, target));
        return { bytes: jsonSize([...values.values()]), commit: () => values.forEach((v, k) => this.loaded.set(k, v)) };
      },
    });
    return this;
  }

  protected enqueue(member: string, run: (target: T) => void, extra: Partial<Action> = {}): void {
    this.ctx.enqueue({
      member,
      path: this.path,
      ...extra,
      run: () => {
        const target = this.live();
        if (target === NULL) {
          if (this.ctx.host.nullObjectChaining === 'throw') throw itemNotFound(this.path);
          return;
        }
        run(target);
      },
    });
  }
}

interface RangeTarget {
  sheet: EmSheet;
  rect: Rect;
}

function rawValue(cell: EmCell | undefined): string | number | boolean {
  return cell?.value ?? '';
}

function checkShape(rect: Rect, grid: unknown, what: string): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new EmulatedOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  return grid as unknown[][];
}

export class RangeProxy extends Proxy<RangeTarget> {
  private cached = new Map<string, Proxy<unknown>>();

  constructor(ctx: EmContext, path: string, resolver: () => Resolved<RangeTarget>) {
    super(ctx, path, resolver);
  }

  get values(): unknown[][] { return this.prop('values'); }
  set values(grid: unknown[][]) { this.write('values', grid); }
  get formulas(): unknown[][] { return this.prop('formulas'); }
  set formulas(grid: unknown[][]) { this.write('formulas', grid); }
  get numberFormat(): unknown[][] { return this.prop('numberFormat'); }
  set numberFormat(grid: unknown[][]) { this.write('numberFormat', grid); }
  get rowCount(): number { return this.prop('rowCount'); }
  get columnCount(): number { return this.prop('columnCount'); }
  get rowIndex(): number { return this.prop('rowIndex'); }
  get columnIndex(): number { return this.prop('columnIndex'); }
  get address(): string { return this.prop('address'); }

  protected override read(name: string, { sheet, rect }: RangeTarget): unknown {
    const grid = (f: (cell: EmCell | undefined) => unknown) => {
      if ((rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > 5_000_000) throw new EmulatedOfficeError('RangeExceedsLimit', 'The range is too large to load.');
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case 'values': return grid(rawValue);
      case 'formulas': return grid((cell) => cell?.formula ?? rawValue(cell));
      case 'numberFormat': return grid((cell) => cell?.format ?? 'General');
      case 'rowCount': return rect.r1 - rect.r0 + 1;
      case 'columnCount': return rect.c1 - rect.c0 + 1;
      case 'rowIndex': return rect.r0 - 1;
      case 'columnIndex': return rect.c0 - 1;
      case 'address': return `${quoteSheetName(sheet.name)}!${formatAddress(rect)}`;
      default: return super.read(name, { sheet, rect });
    }
  }

  private targetInfo(): Partial<Action> {
    const info = () => { const t = this.live(); return t === NULL ? undefined : t; };
    return { sheet: () => info()?.sheet.name, address: () => { const t = info(); return t ? formatAddress(t.rect) : undefined; } };
  }

  private write(member: 'values' | 'formulas' | 'numberFormat', grid: unknown[][]): void {
    this.enqueue(member, ({ sheet, rect }) => {
      const rows = checkShape(rect, grid, member);
      rows.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null || input === undefined) return; // null leaves the cell as it is
          const r = rect.r0 + i;
          const c = rect.c0 + j;
          const old = sheet.cell(r, c);
          if (member === 'numberFormat') {
            sheet.setCell(r, c, { value: old?.value ?? null, ...(old?.formula ? { formula: old.formula } : {}), format: String(input) });
            return;
          }
          const next = typeof input === 'string' ? interpretInput(input, old?.format) : { value: input as number | boolean };
          const format = next.format ?? old?.format;
          sheet.setCell(r, c, { value: next.value, ...(next.formula ? { formula: next.formula } : {}), ...(format ? { format } : {}) });
        }),
      );
    }, { ...this.targetInfo(), bytes: jsonSize(grid) });
  }

  private derived(name: string, make: (t: RangeTarget) => Resolved<RangeTarget>): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.${name}`, this.child(make));
  }

  private other(other: RangeProxy | string, sheet: EmSheet): Rect {
    if (typeof other === 'string') return parseAddress(other);
    const t = other.live();
    if (t === NULL) throw itemNotFound(other.path);
    if (t.sheet !== sheet) throw new EmulatedOfficeError('InvalidArgument', 'The ranges are on different worksheets.');
    return t.rect;
  }

  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.derived(`getBoundingRect(${typeof other === 'string' ? JSON.stringify(other) : other.path})`, (t) => ({ sheet: t.sheet, rect: bounding(t.rect, this.other(other, t.sheet)) }));
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.derived('getIntersection()', (t) => {
      const rect = intersect(t.rect, this.other(other, t.sheet));
      if (!rect) throw new EmulatedOfficeError('InvalidArgument', 'The ranges do not intersect.');
      return { sheet: t.sheet, rect };
    });
  }

  getColumn(index: number): RangeProxy {
    return this.derived(`getColumn(${index})`, (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c0 + index, c1: t.rect.c0 + index } }));
  }

  private wholeRows(rect: Rect, what: string): void {
    if (rect.c0 !== 1 || rect.c1 !== MAX_COLS) throw new EmulatedOfficeError('NotImplemented', `emulator: ${what} supports whole rows only`);
  }

  insert(shift: string): RangeProxy {
    if (shift !== 'Down') throw new EmulatedOfficeError('NotImplemented', `emulator: insert(${shift})`);
    this.enqueue('insert', ({ sheet, rect }) => {
      this.wholeRows(rect, 'insert');
      sheet.insertRows(rect.r0, rect.r1 - rect.r0 + 1);
    }, { ...this.targetInfo(), record: shift });
    return this;
  }

  delete(shift: string): void {
    if (shift !== 'Up') throw new EmulatedOfficeError('NotImplemented', `emulator: delete(${shift})`);
    this.enqueue('delete', ({ sheet, rect }) => {
      this.wholeRows(rect, 'delete');
      sheet.deleteRows(rect.r0, rect.r1 - rect.r0 + 1);
    }, { ...this.targetInfo(), record: shift });
  }

  clear(applyTo: string = 'All'): void {
    this.enqueue('clear', ({ sheet, rect }) => {
      const last = Math.min(rect.r1, sheet.rows.length);
      for (let r = rect.r0; r <= last; r++) {
        for (let c = rect.c0; c <= Math.min(rect.c1, sheet.rows[r - 1]!.length); c++) {
          const old = sheet.cell(r, c);
          if (!old) continue;
          const keepFormat = applyTo === 'Contents' ? old.format : undefined;
          const keepContent = applyTo === 'Formats';
          sheet.setCell(r, c, keepContent ? { value: old.value, ...(old.formula ? { formula: old.formula } : {}) } : keepFormat ? { value: null, format: keepFormat } : undefined);
        }
      }
    }, { ...this.targetInfo(), record: applyTo });
  }

  select(): void {
    this.enqueue('select', ({ sheet, rect }) => {
      this.ctx.host.activeSheet = sheet.name;
      this.ctx.host.selection = { sheet: sheet.name, address: formatAddress(rect) };
    }, { ...this.targetInfo(), record: true });
  }

  private nav<P extends Proxy<unknown>>(name: string, make: () => P): P {
    let proxy = this.cached.get(name);
    if (!proxy) this.cached.set(name, (proxy = make()));
    return proxy as P;
  }

  get format(): RangeFormatProxy { return this.nav('format', () => new RangeFormatProxy(this.ctx, `${this.path}.format`, this)); }
  get dataValidation(): DataValidationProxy { return this.nav('dataValidation', () => new DataValidationProxy(this.ctx, `${this.path}.dataValidation`, this)); }
  get conditionalFormats(): ConditionalFormatsProxy { return this.nav('conditionalFormats', () => new ConditionalFormatsProxy(this.ctx, `${this.path}.conditionalFormats`, this)); }

  /** Action info for navigation objects that act on this range. */
  info(): Partial<Action> {
    return this.targetInfo();
  }
}

class RangeFormatProxy extends Proxy<RangeTarget> {
  constructor(ctx: EmContext, path: string, private readonly range: RangeProxy) {
    super(ctx, path, null, range);
  }
  private style(member: string, patch: { bold?: boolean; fill?: string }): void {
    this.enqueue(member, ({ sheet, rect }) => {
      const key = formatAddress(rect);
      sheet.styles.set(key, { ...sheet.styles.get(key), ...patch });
    }, { ...this.range.info(), record: patch });
  }
  readonly font = ((self) => ({ set bold(value: boolean) { self.style('format.font.bold', { bold: value }); } }))(this);
  readonly fill = ((self) => ({ set color(value: string) { self.style('format.fill.color', { fill: value }); } }))(this);
}

function validationFor(sheet: EmSheet, rect: Rect): EmValidation {
  const key = formatAddress(rect);
  let entry = sheet.validations.find((v) => formatAddress(v.rect) === key);
  if (!entry) sheet.validations.push((entry = { rect, rule: null, ignoreBlanks: true }));
  return entry;
}

class DataValidationProxy extends Proxy<RangeTarget> {
  constructor(ctx: EmContext, path: string, private readonly range: RangeProxy) {
    super(ctx, path, null, range);
  }
  private set(member: string, apply: (entry: EmValidation, sheet: EmSheet) => void, record: unknown): void {
    this.enqueue(`dataValidation.${member}`, ({ sheet, rect }) => apply(validationFor(sheet, rect), sheet), { ...this.range.info(), record, bytes: jsonSize(record) });
  }
  clear(): void {
    this.enqueue('dataValidation.clear', ({ sheet, rect }) => {
      sheet.validations = sheet.validations.filter((v) => !intersect(v.rect, rect));
    }, { ...this.range.info(), record: true });
  }
  set rule(rule: Record<string, unknown>) {
    this.set('rule', (entry, sheet) => {
      const list = rule.list as { source?: unknown } | undefined;
      if (list) {
        const source = String(list.source ?? '');
        if (source.startsWith('=')) {
          const ref = source.slice(1);
          const name = ref.includes('!') ? ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : sheet.name;
          if (!this.ctx.host.sheets.some((s) => s.name === name)) throw new EmulatedOfficeError('InvalidArgument', `The list source refers to a sheet that does not exist: ${name}`);
          parseAddress(ref);
        } else if (source.length > 255) {
          throw new EmulatedOfficeError('InvalidArgument', 'The list source of a data validation cannot be longer than 255 characters.');
        }
      }
      entry.rule = rule;
    }, rule);
  }
  set ignoreBlanks(value: boolean) {
    this.set('ignoreBlanks', (entry) => (entry.ignoreBlanks = value), value);
  }
  set errorAlert(value: NonNullable<EmValidation['errorAlert']>) {
    this.set('errorAlert', (entry) => (entry.errorAlert = value), value);
  }
  set prompt(value: NonNullable<EmValidation['prompt']>) {
    this.set('prompt', (entry) => {
      if (value.title.length > 32 || value.message.length > 255) throw new EmulatedOfficeError('InvalidArgument', 'The prompt title or message is too long.');
      entry.prompt = value;
    }, value);
  }
}

interface FormatTarget {
  sheet: EmSheet;
  format: EmConditionalFormat;
}

class ConditionalFormatsProxy extends Proxy<RangeTarget> {
  private list: ConditionalFormatProxy[] | undefined;
  constructor(ctx: EmContext, path: string, private readonly range: RangeProxy) {
    super(ctx, path, null, range);
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, this.child(({ sheet, rect }) => {
      const format: EmConditionalFormat = { id: this.ctx.host.nextId(), type, rect };
      sheet.conditionalFormats.push(format);
      return { sheet, format };
    }), { member: 'conditionalFormats.add', record: type, ...this.range.info() });
  }
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim());
    const props = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    if (props.length !== names.length) throw new Error('emulator: conditionalFormats supports load("items/…") only');
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const t = this.live();
        const found = t === NULL ? [] : t.sheet.conditionalFormats.filter((f) => intersect(f.rect, t.rect));
        const sheet = t === NULL ? null : t.sheet;
        return {
          bytes: jsonSize(found.map((f) => props.map((p) => (f as unknown as Record<string, unknown>)[p]))),
          commit: () => {
            this.list = found.map((format, i) => ConditionalFormatProxy.existing(this.ctx, `${this.path}.items[${i}]`, { sheet: sheet!, format }, props));
          },
        };
      },
    });
    return this;
  }
}

class ConditionalFormatProxy extends Proxy<FormatTarget> {
  private known: FormatTarget | undefined;
  constructor(ctx: EmContext, path: string, resolver: (() => Resolved<FormatTarget>) | null, creation: Partial<Action> = {}) {
    super(ctx, path, resolver, undefined, creation);
  }
  static existing(ctx: EmContext, path: string, target: FormatTarget, loaded: string[]): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(ctx, path, null);
    proxy.known = target;
    for (const name of loaded) proxy.loaded.set(name, proxy.read(name, target));
    return proxy;
  }
  override live(): Resolved<FormatTarget> {
    return this.known ?? super.live();
  }
  get type(): string { return this.prop('type'); }
  protected override read(name: string, target: FormatTarget): unknown {
    if (name === 'type') return target.format.type;
    return super.read(name, target);
  }
  delete(): void {
    this.enqueue('conditionalFormats.delete', ({ sheet, format }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.id !== format.id);
    }, { record: true, sheet: () => this.known?.sheet.name });
  }
  readonly custom = ((self) => ({
    rule: new CustomRuleProxy(self.ctx, `${self.path}.custom.rule`, self),
    format: {
      fill: { set color(value: string) { self.enqueue('custom.format.fill.color', ({ format }) => (format.fill = value), { record: value }); } },
      font: { set color(value: string) { self.enqueue('custom.format.font.color', ({ format }) => (format.fontColor = value), { record: value }); } },
    },
  }))(this);
}

class CustomRuleProxy extends Proxy<FormatTarget> {
  constructor(ctx: EmContext, path: string, parent: ConditionalFormatProxy) {
    super(ctx, path, null, parent);
  }
  get formula(): string { return this.prop('formula'); }
  set formula(value: string) {
    this.enqueue('custom.rule.formula', ({ format }) => {
      if (format.type !== 'Custom') throw new EmulatedOfficeError('InvalidOperation', 'This conditional format is not a custom one.');
      format.formula = value;
    }, { record: value });
  }
  protected override read(name: string, target: FormatTarget): unknown {
    if (name === 'formula') return target.format.formula ?? '';
    return super.read(name, target);
  }
}

export class WorksheetProxy extends Proxy<EmSheet> {
  constructor(ctx: EmContext, path: string, resolver: (() => Resolved<EmSheet>) | null, known?: EmSheet, creation: Partial<Action> = {}) {
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
  get name(): string { return this.prop('name'); }
  get visibility(): string { return this.prop('visibility'); }
  set visibility(value: string) {
    this.enqueue('visibility', (sheet) => {
      if (value !== 'Visible' && this.ctx.host.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw new EmulatedOfficeError('InvalidOperation', 'A workbook must have at least one visible worksheet.');
      }
      sheet.visibility = value as EmSheet['visibility'];
    }, { record: value, sheet: () => this.sheetName() });
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
  getRange(address?: string): RangeProxy {
    const rect = address === undefined ? { r0: 1, c0: 1, r1: MAX_ROWS, c1: MAX_COLS } : parseAddress(address);
    return new RangeProxy(this.ctx, `${this.path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`, this.child((sheet) => ({ sheet, rect })));
  }
  private used(valuesOnly: boolean, orNull: boolean): RangeProxy {
    const name = `${orNull ? 'getUsedRangeOrNullObject' : 'getUsedRange'}(${valuesOnly})`;
    return new RangeProxy(this.ctx, `${this.path}.${name}`, this.child((sheet) => {
      const rect = sheet.usedRect(valuesOnly);
      if (rect) return { sheet, rect };
      return orNull ? NULL : { sheet, rect: { r0: 1, c0: 1, r1: 1, c1: 1 } };
    }));
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, true);
  }
  activate(): void {
    this.enqueue('activate', (sheet) => (this.ctx.host.activeSheet = sheet.name), { record: true, sheet: () => this.sheetName() });
  }
  readonly freezePanes = ((self) => ({
    freezeRows(count: number) { self.enqueue('freezePanes.freezeRows', (sheet) => (sheet.frozenRows = count), { record: count, sheet: () => self.sheetName() }); },
    unfreeze() { self.enqueue('freezePanes.unfreeze', (sheet) => (sheet.frozenRows = 0), { record: true, sheet: () => self.sheetName() }); },
  }))(this);
  readonly autoFilter = ((self) => ({
    apply(range: RangeProxy | string) {
      self.enqueue('autoFilter.apply', (sheet) => {
        if (self.ctx.host.apiVersion < 1.9) throw new EmulatedOfficeError('ApiNotFound', 'AutoFilter needs ExcelApi 1.9.');
        const rect = typeof range === 'string' ? parseAddress(range) : (range.live() as RangeTarget).rect;
        sheet.autoFilter = rect;
      }, { record: typeof range === 'string' ? range : 'range', sheet: () => self.sheetName(), address: () => (typeof range === 'string' ? range : formatAddress((range.live() as RangeTarget).rect)) });
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
    return new WorksheetProxy(this.ctx, `${this.path}.getActiveWorksheet()`, () => this.find(this.ctx.host.activeSheet) ?? NULL);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.find(name);
      if (!sheet) throw itemNotFound(`worksheet "${name}"`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this.find(name) ?? NULL);
  }
  add(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (!SHEET_NAME.test(name) || name.startsWith("'")) throw new EmulatedOfficeError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
      if (this.find(name)) throw new EmulatedOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
      const sheet = new EmSheet(name);
      this.ctx.host.sheets.push(sheet);
      return sheet;
    }, undefined, { member: 'worksheets.add', record: name, sheet: () => name });
  }
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim());
    const props = names.map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const snapshot = this.ctx.host.sheets.map((sheet) => ({ sheet, values: props.map((p) => (p === 'name' ? sheet.name : p === 'visibility' ? sheet.visibility : undefined)) }));
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
