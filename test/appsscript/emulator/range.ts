/**
 * Range and RangeList of the emulated SpreadsheetApp. Every method call is counted (Range.getValues
 * …); coordinates outside the sheet's grid throw as Sheets does, so a host must grow the sheet.
 */
import { cellAddress, columnNumber } from '../../../shared/sheet/a1';
import {
  AUTOMATIC_FORMAT,
  blankCell,
  parseInput,
  readRichText,
  readValue,
  RichTextValue,
  storeInput,
  type Cell,
} from './cells';
import {
  EFFECTIVE_USER,
  SHEET_OWNER,
  type ProtectionModel,
  type RangeRef,
  type SheetModel,
  type WorkbookModel,
} from './model';

export function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found (${a1})`);
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  const lastCol = m[3] ? columnNumber(m[3]) : col;
  const lastRow = m[4] ? Number(m[4]) : row;
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    rows: Math.abs(lastRow - row) + 1,
    cols: Math.abs(lastCol - col) + 1,
  };
}

export function a1Of(ref: { row: number; col: number; rows: number; cols: number }): string {
  const first = cellAddress(ref.row, ref.col);
  return ref.rows === 1 && ref.cols === 1
    ? first
    : `${first}:${cellAddress(ref.row + ref.rows - 1, ref.col + ref.cols - 1)}`;
}

export interface ApiFactory {
  sheet(model: SheetModel): unknown;
  protection(model: ProtectionModel): unknown;
  filter(sheet: SheetModel): unknown;
}

export class Range {
  constructor(
    private readonly book: WorkbookModel,
    readonly ref: RangeRef,
    private readonly api: ApiFactory,
  ) {
    const { sheet, row, col, rows, cols } = ref;
    if (rows < 1 || cols < 1)
      throw new Error('Exception: The number of rows and columns in the range must be at least 1.');
    if (row < 1 || col < 1 || row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) {
      throw new Error(
        `Exception: Those rows or columns are out of bounds (${a1Of(ref)} on a ${sheet.maxRows}x${sheet.maxCols} sheet "${sheet.name}").`,
      );
    }
  }

  private count(method: string): void {
    this.book.count(`Range.${method}`);
  }

  private grid<T>(read: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const { sheet, row, col, rows, cols } = this.ref;
    const out: T[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const cells = sheet.cells[row + i - 1];
      const line: T[] = new Array(cols);
      for (let j = 0; j < cols; j++) line[j] = read(cells?.[col + j - 1], row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  private each(write: (cell: Cell, i: number, j: number) => void): void {
    const { sheet, row, col, rows, cols } = this.ref;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) write(sheet.at(row + i, col + j), i, j);
  }

  private checkShape(data: unknown[][], what: string): void {
    if (!Array.isArray(data) || data.length !== this.ref.rows)
      throw new Error(
        `Exception: The number of rows in the ${what} does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.ref.rows}.`,
      );
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.ref.cols)
        throw new Error(
          `Exception: The number of columns in the ${what} does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.ref.cols}.`,
        );
    }
  }

  getSheet(): unknown {
    return this.api.sheet(this.ref.sheet);
  }
  getRow(): number {
    return this.ref.row;
  }
  getColumn(): number {
    return this.ref.col;
  }
  getNumRows(): number {
    return this.ref.rows;
  }
  getNumColumns(): number {
    return this.ref.cols;
  }
  getA1Notation(): string {
    return a1Of(this.ref);
  }

  getValues(): unknown[][] {
    this.count('getValues');
    return this.grid((cell) => readValue(cell, this.book.timeZone));
  }
  getFormulas(): string[][] {
    this.count('getFormulas');
    return this.grid((cell) => cell?.formula ?? '');
  }
  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.grid((cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }
  getDataValidations(): unknown[][] {
    this.count('getDataValidations');
    return this.grid((cell) => cell?.validation ?? null);
  }

  setValues(values: unknown[][]): this {
    this.count('setValues');
    this.checkShape(values, 'data');
    // Parse everything first: an invalid input leaves the range unchanged.
    const updates = this.grid((cell, _r, _c) => cell ?? blankCell()).map((row, i) =>
      row.map((cell, j) => parseInput(values[i]![j], cell, this.book.timeZone)),
    );
    this.each((cell, i, j) => storeInput(cell, updates[i]![j]!));
    return this;
  }
  setValue(value: unknown): this {
    this.count('setValue');
    const update = parseInput(
      value,
      this.ref.sheet.cell(this.ref.row, this.ref.col) ?? blankCell(),
      this.book.timeZone,
    );
    this.each((cell) => storeInput(cell, update));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.count('setFormulas');
    this.checkShape(formulas, 'formulas');
    this.each((cell, i, j) => {
      const f = formulas[i]![j]!;
      storeInput(cell, f === '' ? { value: null, formula: null } : { value: null, formula: f });
    });
    return this;
  }
  getFormula(): string {
    this.count('getFormula');
    return this.ref.sheet.cell(this.ref.row, this.ref.col)?.formula ?? '';
  }
  setFormula(formula: string): this {
    this.count('setFormula');
    this.each((cell) => storeInput(cell, { value: null, formula }));
    return this;
  }
  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    this.each((cell) => (cell.format = format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.count('setNumberFormats');
    this.checkShape(formats, 'formats');
    this.each((cell, i, j) => (cell.format = formats[i]![j]!));
    return this;
  }
  setDataValidation(rule: unknown): this {
    this.count('setDataValidation');
    this.each((cell) => (cell.validation = rule ?? undefined));
    return this;
  }
  clearDataValidations(): this {
    this.count('clearDataValidations');
    this.each((cell) => (cell.validation = undefined));
    return this;
  }
  getDataValidation(): unknown {
    this.count('getDataValidation');
    return this.ref.sheet.cell(this.ref.row, this.ref.col)?.validation ?? null;
  }
  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.grid((cell) => cell?.background ?? '#ffffff');
  }
  getFontWeights(): string[][] {
    this.count('getFontWeights');
    return this.grid((cell) => (cell?.bold ? 'bold' : 'normal'));
  }
  setFontWeight(weight: string): this {
    this.count('setFontWeight');
    this.each((cell) => (cell.bold = weight === 'bold'));
    return this;
  }
  setBackground(color: string | null): this {
    this.count('setBackground');
    this.each((cell) => (cell.background = color ?? undefined));
    return this;
  }
  setNote(note: string | null): this {
    this.count('setNote');
    this.each((cell) => (cell.note = note ?? undefined));
    return this;
  }
  clearContent(): this {
    this.count('clearContent');
    this.each((cell) => storeInput(cell, { value: null, formula: null }));
    return this;
  }
  getNotes(): string[][] {
    this.count('getNotes');
    return this.grid((cell) => cell?.note ?? '');
  }
  setNotes(notes: Array<Array<string | null>>): this {
    this.count('setNotes');
    this.checkShape(notes, 'notes');
    this.each((cell, i, j) => (cell.note = notes[i]![j] || undefined));
    return this;
  }
  getRichTextValues(): Array<Array<RichTextValue | null>> {
    this.count('getRichTextValues');
    return this.grid((cell) => readRichText(cell));
  }
  /** Stores each value's text as text (never parsed as typed input) with its link; formats and notes stay. */
  setRichTextValues(values: RichTextValue[][]): this {
    this.count('setRichTextValues');
    this.checkShape(values, 'data');
    if (values.some((row) => row.some((v) => !(v instanceof RichTextValue))))
      throw new Error(
        "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setRichTextValues.",
      );
    this.each((cell, i, j) => {
      const value = values[i]![j]!;
      storeInput(cell, { value: value.getText() === '' ? null : value.getText(), formula: null });
      const link = value.getLinkUrl();
      if (link) cell.link = link;
    });
    return this;
  }
  /** Merges the range's cells into one (Sheets keeps the top-left value). */
  merge(): this {
    this.count('merge');
    const { sheet, row, col, rows, cols } = this.ref;
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this.ref));
    sheet.merges.push({ row, col, rows, cols });
    return this;
  }
  /** Unmerges every merge the range meets (Sheets keeps the top-left value where it was). */
  breakApart(): this {
    this.count('breakApart');
    this.ref.sheet.merges = this.ref.sheet.merges.filter((m) => !overlaps(m, this.ref));
    return this;
  }
  getMergedRanges(): Range[] {
    return this.ref.sheet.merges
      .filter((m) => overlaps(m, this.ref))
      .map((m) => new Range(this.book, { sheet: this.ref.sheet, ...m }, this.api));
  }
  activate(): this {
    this.book.active = this.ref.sheet;
    this.book.selection = { sheet: this.ref.sheet.name, row: this.ref.row, col: this.ref.col };
    return this;
  }
  protect(): unknown {
    this.count('protect');
    // A new protection lets the owner and the user who added it edit, plus the domain if the file is shared so.
    const protection = {
      range: { ...this.ref },
      description: '',
      warningOnly: false,
      editors: [SHEET_OWNER, EFFECTIVE_USER, 'colleague@example.com'],
      domainEdit: true,
    };
    this.ref.sheet.protections.push(protection);
    return this.api.protection(protection);
  }
  createFilter(): unknown {
    this.count('createFilter');
    if (this.ref.sheet.filter)
      throw new Error("Exception: You can't create a filter in a sheet that already has a filter.");
    this.ref.sheet.filter = { ...this.ref };
    return this.api.filter(this.ref.sheet);
  }
}

/** Sheet.getRangeList: the same call applied to every range, counted once. */
export class RangeList {
  constructor(
    private readonly book: WorkbookModel,
    private readonly ranges: Range[],
  ) {}

  private apply(method: string, run: (range: Range) => void): this {
    this.book.count(`RangeList.${method}`);
    const saved = this.book.calls.byMethod;
    this.book.calls.byMethod = {};
    this.ranges.forEach(run);
    this.book.calls.byMethod = saved;
    return this;
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }
  setNumberFormat(format: string): this {
    return this.apply('setNumberFormat', (r) => r.setNumberFormat(format));
  }
  setFontWeight(weight: string): this {
    return this.apply('setFontWeight', (r) => r.setFontWeight(weight));
  }
  setBackground(color: string | null): this {
    return this.apply('setBackground', (r) => r.setBackground(color));
  }
  setNote(note: string | null): this {
    return this.apply('setNote', (r) => r.setNote(note));
  }
  setValue(value: unknown): this {
    return this.apply('setValue', (r) => r.setValue(value));
  }
  clearContent(): this {
    return this.apply('clearContent', (r) => r.clearContent());
  }
}

function overlaps(a: Omit<RangeRef, 'sheet'>, b: Omit<RangeRef, 'sheet'>): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
