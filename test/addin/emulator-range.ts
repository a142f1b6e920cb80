/**
 * Ranges of the Excel emulator: values, formulas, number formats and hyperlinks, cell properties,
 * row insert/delete (moving cells with their links and notes, merged areas, and formulas and
 * defined names that refer to the rows, as Excel does), clear, select.
 */
import { quoteSheetName } from '../../shared/sheet/a1';
import { remapFormulaRows } from '../../shared/sheet/formula-rows';
import { type EmContext, EmulatedOfficeError, jsonSize, type Action } from './emulator-context';
import {
  attached,
  bounding,
  type EmSheet,
  formatAddress,
  interpretInput,
  intersect,
  MAX_COLS,
  parseAddress,
  type EmCell,
  type Rect,
} from './emulator-model';
import { ClientResult, itemNotFound, NULL, Proxy, type Resolved } from './emulator-proxy';
import { ConditionalFormatsProxy, DataValidationProxy } from './emulator-validation';
import { checkWritable, RangeProtectionProxy } from './emulator-protection';

export interface RangeTarget {
  sheet: EmSheet;
  rect: Rect;
  /** A RangeAreas' areas (getSpecialCells), whose address lists them all. */
  areas?: Rect[];
}

/** The formula cells of a rectangle, as areas: each column's runs of consecutive formula cells. */
function formulaRuns(sheet: EmSheet, rect: Rect): Rect[] {
  const runs: Rect[] = [];
  const lastRow = Math.min(rect.r1, sheet.rows.length);
  const lastCol = Math.min(rect.c1, Math.max(0, ...sheet.rows.map((row) => row.length)));
  for (let c = rect.c0; c <= lastCol; c++) {
    let start = 0;
    for (let r = rect.r0; r <= lastRow + 1; r++) {
      const formula = r <= lastRow && sheet.cell(r, c)?.formula !== undefined;
      if (formula && start === 0) start = r;
      if (!formula && start > 0) {
        runs.push({ r0: start, c0: c, r1: r - 1, c1: c });
        start = 0;
      }
    }
  }
  return runs;
}

function rawValue(cell: EmCell | undefined): string | number | boolean {
  return cell?.value ?? '';
}

function checkShape(rect: Rect, grid: unknown, what: string): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new EmulatedOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return grid as unknown[][];
}

export class RangeProxy extends Proxy<RangeTarget> {
  private cached = new Map<string, Proxy<unknown>>();

  constructor(ctx: EmContext, path: string, resolver: () => Resolved<RangeTarget>) {
    super(ctx, path, resolver);
  }

  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(grid: unknown[][]) {
    this.write('values', grid);
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.write('formulas', grid);
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.write('numberFormat', grid);
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get address(): string {
    return this.prop('address');
  }

  protected override read(name: string, { sheet, rect, areas }: RangeTarget): unknown {
    const grid = (f: (cell: EmCell | undefined) => unknown) => {
      if ((rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > 5_000_000)
        throw new EmulatedOfficeError('RangeExceedsLimit', 'The range is too large to load.');
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case 'values':
        return grid(rawValue);
      case 'formulas':
        return grid((cell) => cell?.formula ?? rawValue(cell));
      case 'numberFormat':
        return grid((cell) => cell?.format ?? 'General');
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'rowIndex':
        return rect.r0 - 1;
      case 'columnIndex':
        return rect.c0 - 1;
      case 'address':
        return `${quoteSheetName(sheet.name)}!${(areas ?? [rect]).map(formatAddress).join(',')}`;
      default:
        return super.read(name, { sheet, rect });
    }
  }

  private targetInfo(): Partial<Action> {
    const info = () => {
      const t = this.live();
      return t === NULL ? undefined : t;
    };
    return {
      sheet: () => info()?.sheet.name,
      address: () => {
        const t = info();
        return t ? formatAddress(t.rect) : undefined;
      },
    };
  }

  private write(member: 'values' | 'formulas' | 'numberFormat', grid: unknown[][]): void {
    this.enqueue(
      member,
      ({ sheet, rect }) => {
        const rows = checkShape(rect, grid, member);
        if (member !== 'numberFormat') checkWritable(sheet, rect);
        rows.forEach((row, i) =>
          row.forEach((input, j) => {
            if (input === null || input === undefined) return; // null leaves the cell as it is
            const r = rect.r0 + i;
            const c = rect.c0 + j;
            const old = sheet.cell(r, c);
            if (member === 'numberFormat') {
              sheet.setCell(r, c, {
                value: old?.value ?? null,
                ...(old?.formula ? { formula: old.formula } : {}),
                format: String(input),
                ...attached(old),
              });
              return;
            }
            const next =
              typeof input === 'string' ? interpretInput(input, old?.format) : { value: input as number | boolean };
            const format = next.format ?? old?.format;
            sheet.setCell(r, c, {
              value: next.value,
              ...(next.formula ? { formula: next.formula } : {}),
              ...(format ? { format } : {}),
              ...attached(old),
            });
          }),
        );
        if (member !== 'numberFormat') this.ctx.host.events?.changed(sheet, rect);
      },
      { ...this.targetInfo(), bytes: jsonSize(grid) },
    );
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
    return this.derived(`getBoundingRect(${typeof other === 'string' ? JSON.stringify(other) : other.path})`, (t) => ({
      sheet: t.sheet,
      rect: bounding(t.rect, this.other(other, t.sheet)),
    }));
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.derived('getIntersection()', (t) => {
      const rect = intersect(t.rect, this.other(other, t.sheet));
      if (!rect) throw new EmulatedOfficeError('InvalidArgument', 'The ranges do not intersect.');
      return { sheet: t.sheet, rect };
    });
  }

  /**
   * ExcelApi 1.9: the cells with a rule at entry, one area per rule as the emulator keeps them, or the
   * formula cells, one area per column run of them; null when none.
   */
  getSpecialCellsOrNullObject(type: string): RangeProxy {
    return this.derived(`getSpecialCellsOrNullObject(${JSON.stringify(type)})`, (t) => {
      if (type !== 'DataValidations' && type !== 'Formulas')
        throw new Error(`emulator: getSpecialCells supports DataValidations and Formulas only`);
      if (!this.ctx.host.supports('1.9'))
        throw new EmulatedOfficeError('ApiNotFound', 'getSpecialCells needs ExcelApi 1.9.');
      const areas =
        type === 'Formulas'
          ? formulaRuns(t.sheet, t.rect)
          : t.sheet.validations.flatMap((v) => {
              const area = v.rule ? intersect(v.rect, t.rect) : null;
              return area ? [area] : [];
            });
      return areas.length > 0 ? { sheet: t.sheet, rect: areas.reduce(bounding), areas } : NULL;
    });
  }

  /** ExcelApi 1.13: the merged areas that meet the range, whole; null when none. */
  getMergedAreasOrNullObject(): RangeProxy {
    return this.derived('getMergedAreasOrNullObject()', (t) => {
      if (!this.ctx.host.supports('1.13'))
        throw new EmulatedOfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
      const areas = t.sheet.merged.filter((m) => intersect(m, t.rect)).map((m) => ({ ...m }));
      return areas.length > 0 ? { sheet: t.sheet, rect: areas.reduce(bounding), areas } : NULL;
    });
  }

  /** Merges the range (across: each row on its own), as Excel does: a merged area it meets must lie inside it. */
  merge(across = false): void {
    this.enqueue(
      'merge',
      ({ sheet, rect }) => {
        checkWritable(sheet, rect);
        const met = sheet.merged.filter((m) => intersect(m, rect));
        if (met.some((m) => m.r0 < rect.r0 || m.r1 > rect.r1 || m.c0 < rect.c0 || m.c1 > rect.c1))
          throw new EmulatedOfficeError('InvalidOperation', 'Cannot merge a range that cuts a merged area.');
        sheet.merged = sheet.merged.filter((m) => !met.includes(m));
        const rows = across ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => rect.r0 + i) : [rect.r0];
        for (const r0 of rows) {
          const area = across ? { ...rect, r0, r1: r0 } : { ...rect };
          // Excel keeps the top-left value; the other cells' values go.
          for (let r = area.r0; r <= area.r1; r++)
            for (let c = area.c0; c <= area.c1; c++) {
              const old = sheet.cell(r, c);
              if ((r !== area.r0 || c !== area.c0) && old) sheet.setCell(r, c, { ...old, value: null });
            }
          if (area.r1 > area.r0 || area.c1 > area.c0) sheet.merged.push(area);
        }
      },
      { ...this.targetInfo(), record: across },
    );
  }

  unmerge(): void {
    this.enqueue(
      'unmerge',
      ({ sheet, rect }) => {
        sheet.merged = sheet.merged.filter((m) => !intersect(m, rect));
      },
      { ...this.targetInfo(), record: true },
    );
  }

  getRow(index: number): RangeProxy {
    return this.derived(`getRow(${index})`, (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r0: t.rect.r0 + index, r1: t.rect.r0 + index },
    }));
  }

  getColumn(index: number): RangeProxy {
    return this.derived(`getColumn(${index})`, (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: t.rect.c0 + index, c1: t.rect.c0 + index },
    }));
  }

  private wholeRows(rect: Rect, what: string): void {
    if (rect.c0 !== 1 || rect.c1 !== MAX_COLS)
      throw new EmulatedOfficeError('NotImplemented', `emulator: ${what} supports whole rows only`);
  }

  insert(shift: string): RangeProxy {
    if (shift !== 'Down') throw new EmulatedOfficeError('NotImplemented', `emulator: insert(${shift})`);
    this.enqueue(
      'insert',
      ({ sheet, rect }) => {
        this.wholeRows(rect, 'insert');
        const count = rect.r1 - rect.r0 + 1;
        sheet.insertRows(rect.r0, count);
        this.followRows(sheet, (row) => (row >= rect.r0 ? row + count : row));
      },
      { ...this.targetInfo(), record: shift },
    );
    return this;
  }

  delete(shift: string): void {
    if (shift !== 'Up') throw new EmulatedOfficeError('NotImplemented', `emulator: delete(${shift})`);
    this.enqueue(
      'delete',
      ({ sheet, rect }) => {
        this.wholeRows(rect, 'delete');
        const count = rect.r1 - rect.r0 + 1;
        sheet.deleteRows(rect.r0, count);
        this.followRows(sheet, (row) => (row < rect.r0 ? row : row > rect.r1 ? row - count : null));
      },
      { ...this.targetInfo(), record: shift },
    );
  }

  /** Like Excel, rewrites every formula and defined name in the workbook that refers to rows of `moved`. */
  private followRows(moved: EmSheet, map: (row: number) => number | null): void {
    for (const sheet of this.ctx.host.sheets) {
      for (const row of sheet.rows) {
        for (const cell of row)
          if (cell?.formula) cell.formula = remapFormulaRows(cell.formula, sheet.name, { sheet: moved.name, map });
      }
    }
    // A workbook-level name has no sheet of its own: its references always name theirs.
    for (const name of this.ctx.host.names)
      name.formula = remapFormulaRows(name.formula, '', { sheet: moved.name, map });
  }

  /** ExcelApi 1.7: sets the link of every cell in the range (a blank cell shows the address, like Excel). */
  set hyperlink(link: { address?: string; documentReference?: string; textToDisplay?: string }) {
    this.enqueue(
      'hyperlink',
      ({ sheet, rect }) => {
        if (!this.ctx.host.supports('1.7'))
          throw new EmulatedOfficeError('ApiNotFound', 'hyperlink needs ExcelApi 1.7.');
        checkWritable(sheet, rect);
        const target = link.address || (link.documentReference ? `#${link.documentReference}` : '');
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++) {
            const old = sheet.cell(r, c) ?? { value: null };
            const text = link.textToDisplay ?? (old.value === null && !old.formula ? target : undefined);
            sheet.setCell(r, c, { ...old, ...(text !== undefined ? { value: text } : {}), link: target });
          }
      },
      { ...this.targetInfo(), record: link },
    );
  }

  /** ExcelApi 1.9, for hyperlinks: each cell's `{ hyperlink }` (left out where it has none), read at the next sync. */
  getCellProperties(options: {
    hyperlink?: boolean;
    format?: { fill?: { color?: boolean }; font?: { bold?: boolean } };
  }): ClientResult<Array<Array<{ hyperlink?: unknown; format?: unknown }>>> {
    const result = new ClientResult<Array<Array<{ hyperlink?: unknown; format?: unknown }>>>();
    this.ctx.enqueue({
      member: 'getCellProperties',
      path: this.path,
      run: () => {
        if (!this.ctx.host.supports('1.9'))
          throw new EmulatedOfficeError('ApiNotFound', 'getCellProperties needs ExcelApi 1.9.');
        const { sheet, rect } = this.need();
        const grid: Array<Array<{ hyperlink?: unknown; format?: unknown }>> = [];
        for (let r = rect.r0; r <= rect.r1; r++) {
          const row: Array<{ hyperlink?: unknown; format?: unknown }> = [];
          for (let c = rect.c0; c <= rect.c1; c++) {
            const cell = sheet.cell(r, c);
            const link = options.hyperlink ? cell?.link : undefined;
            const target = link?.startsWith('#') ? { documentReference: link.slice(1) } : { address: link };
            // Excel reports a cell without a fill as white, and bold as it shows.
            const style = sheet.styles.get(formatAddress({ r0: r, c0: c, r1: r, c1: c }));
            const format = options.format
              ? { format: { fill: { color: style?.fill ?? '#FFFFFF' }, font: { bold: style?.bold ?? false } } }
              : {};
            row.push({
              ...(link ? { hyperlink: { ...target, textToDisplay: String(cell?.value ?? '') } } : {}),
              ...format,
            });
          }
          grid.push(row);
        }
        return { bytes: jsonSize(grid), commit: () => result.set(grid) };
      },
    });
    return result;
  }

  clear(applyTo: string = 'All'): void {
    this.enqueue(
      'clear',
      ({ sheet, rect }) => {
        const last = Math.min(rect.r1, sheet.rows.length);
        for (let r = rect.r0; r <= last; r++) {
          for (let c = rect.c0; c <= Math.min(rect.c1, sheet.rows[r - 1]!.length); c++) {
            const old = sheet.cell(r, c);
            if (!old) continue;
            // Like Excel, clearing contents or formats leaves a cell's hyperlink and note; clearing all takes them too.
            const keepFormat = applyTo === 'Contents' && old.format ? { format: old.format } : {};
            const keepContent = applyTo === 'Formats';
            sheet.setCell(
              r,
              c,
              applyTo === 'All'
                ? undefined
                : keepContent
                  ? { value: old.value, ...(old.formula ? { formula: old.formula } : {}), ...attached(old) }
                  : { value: null, ...keepFormat, ...attached(old) },
            );
          }
        }
      },
      { ...this.targetInfo(), record: applyTo },
    );
  }

  select(): void {
    this.enqueue(
      'select',
      ({ sheet, rect }) => {
        this.ctx.host.activeSheet = sheet.name;
        this.ctx.host.selection = { sheet: sheet.name, address: formatAddress(rect) };
      },
      { ...this.targetInfo(), record: true },
    );
  }

  private nav<P extends Proxy<unknown>>(name: string, make: () => P): P {
    let proxy = this.cached.get(name);
    if (!proxy) this.cached.set(name, (proxy = make()));
    return proxy as P;
  }

  get format(): RangeFormatProxy {
    return this.nav('format', () => new RangeFormatProxy(this.ctx, `${this.path}.format`, this));
  }
  get dataValidation(): DataValidationProxy {
    return this.nav('dataValidation', () => new DataValidationProxy(this.ctx, `${this.path}.dataValidation`, this));
  }
  get conditionalFormats(): ConditionalFormatsProxy {
    return this.nav(
      'conditionalFormats',
      () => new ConditionalFormatsProxy(this.ctx, `${this.path}.conditionalFormats`, this),
    );
  }

  /** Action info for navigation objects that act on this range. */
  info(): Partial<Action> {
    return this.targetInfo();
  }
}

class RangeFormatProxy extends Proxy<RangeTarget> {
  constructor(
    ctx: EmContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(ctx, path, null, range);
  }
  private style(member: string, patch: { bold?: boolean; fill?: string }): void {
    this.enqueue(
      member,
      ({ sheet, rect }) => {
        const key = formatAddress(rect);
        sheet.styles.set(key, { ...sheet.styles.get(key), ...patch });
      },
      { ...this.range.info(), record: patch },
    );
  }
  readonly font = ((self) => ({
    set bold(value: boolean) {
      self.style('format.font.bold', { bold: value });
    },
  }))(this);
  readonly fill = ((self) => ({
    set color(value: string) {
      self.style('format.fill.color', { fill: value });
    },
    clear() {
      self.style('format.fill.clear', { fill: undefined });
    },
  }))(this);
  get protection(): RangeProtectionProxy {
    return (this.protectionProxy ??= new RangeProtectionProxy(this.ctx, `${this.path}.protection`, this.range));
  }
  private protectionProxy: RangeProtectionProxy | undefined;
}
