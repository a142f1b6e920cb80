/**
 * Sheet and Spreadsheet of the emulated SpreadsheetApp, with Sheets' rules the host must follow:
 * insertSheet activates the new sheet, a sheet keeps at least one row, names are unique.
 */
import { parseA1, Range, RangeList, type ApiFactory } from './range';
import type { ProtectionModel, RuleModel, SheetModel, WorkbookModel } from './model';
import { storeInput } from './cells';

export class Sheet {
  constructor(
    private readonly book: WorkbookModel,
    readonly model: SheetModel,
    private readonly api: ApiFactory,
  ) {}

  private count(method: string): void {
    this.book.count(`Sheet.${method}`);
  }

  getName(): string {
    return this.model.name;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getLastRow(): number {
    this.count('getLastRow');
    return this.model.lastRow();
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  getRange(a1OrRow: string | number, col?: number, rows = 1, cols = 1): Range {
    const ref = typeof a1OrRow === 'string' ? parseA1(a1OrRow) : { row: a1OrRow, col: col!, rows, cols };
    return new Range(this.book, { sheet: this.model, ...ref }, this.api);
  }
  getRangeList(a1s: string[]): RangeList {
    return new RangeList(
      this.book,
      a1s.map((a1) => this.getRange(a1)),
    );
  }
  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn()));
  }

  insertRowsBefore(before: number, count: number): this {
    this.count('insertRowsBefore');
    if (before < 1 || before > this.model.maxRows)
      throw new Error(`Exception: Those rows are out of bounds (insertRowsBefore ${before}).`);
    this.model.insertRows(before, count, before);
    this.book.remapFormulas(this.model.name, (row) => (row >= before ? row + count : row));
    return this;
  }
  insertRowsAfter(after: number, count: number): this {
    this.count('insertRowsAfter');
    if (after < 1 || after > this.model.maxRows)
      throw new Error(`Exception: Those rows are out of bounds (insertRowsAfter ${after}).`);
    this.model.insertRows(after + 1, count, after);
    this.book.remapFormulas(this.model.name, (row) => (row > after ? row + count : row));
    return this;
  }
  insertColumnsAfter(after: number, count: number): this {
    this.count('insertColumnsAfter');
    if (after < 1 || after > this.model.maxCols) throw new Error('Exception: Those columns are out of bounds.');
    for (const row of this.model.cells) row?.splice(after, 0, ...new Array(count).fill(undefined));
    this.model.maxCols += count;
    return this;
  }
  deleteRows(first: number, count: number): void {
    this.count('deleteRows');
    if (first < 1 || first + count - 1 > this.model.maxRows)
      throw new Error('Exception: Those rows are out of bounds.');
    if (count >= this.model.maxRows - this.model.frozenRows)
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    this.model.deleteRows(first, count);
    this.book.remapFormulas(this.model.name, (row) => (row < first ? row : row < first + count ? null : row - count));
  }
  deleteRow(row: number): void {
    this.deleteRows(row, 1);
  }
  clearContents(): this {
    this.count('clearContents');
    for (const row of this.model.cells)
      for (const cell of row ?? []) if (cell) storeInput(cell, { value: null, formula: null });
    return this;
  }

  /** A copy at the end named "Copy of <name>": cells (values, formulas, formats, notes, links), merges, rules, filter; no protections. */
  copyTo(spreadsheet: Spreadsheet): Sheet {
    this.count('copyTo');
    void spreadsheet; // the emulator holds one spreadsheet
    const model = this.book.addSheet(`Copy of ${this.model.name}`, undefined, {
      rows: this.model.maxRows,
      cols: this.model.maxCols,
    });
    model.cells = structuredClone(this.model.cells);
    model.rules = structuredClone(this.model.rules);
    model.merges = structuredClone(this.model.merges);
    model.filter = structuredClone(this.model.filter);
    model.frozenRows = this.model.frozenRows;
    model.frozenColumns = this.model.frozenColumns;
    return new Sheet(this.book, model, this.api);
  }
  setName(name: string): this {
    this.count('setName');
    if (this.book.sheets.some((s) => s.name === name && s !== this.model))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = name;
    return this;
  }

  hideSheet(): this {
    this.count('hideSheet');
    if (this.book.sheets.filter((s) => !s.hidden && s !== this.model).length === 0)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.count('showSheet');
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  activate(): this {
    this.book.active = this.model;
    return this;
  }

  /** Rows and columns freeze apart in Sheets: freezing rows leaves the frozen columns as they are. */
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  getFilter(): unknown {
    return this.model.filter ? this.api.filter(this.model) : null;
  }
  getConditionalFormatRules(): unknown[] {
    this.count('getConditionalFormatRules');
    return this.model.rules.map(ruleApi);
  }
  setConditionalFormatRules(rules: Array<{ model: RuleModel }>): void {
    this.count('setConditionalFormatRules');
    this.model.rules = rules.map((r) => r.model);
  }
  getProtections(_type: string): unknown[] {
    this.count('getProtections');
    return this.model.protections.map((p) => this.api.protection(p));
  }
}

export function ruleApi(model: RuleModel) {
  return {
    model,
    getBooleanCondition: () => ({
      getCriteriaType: () => 'CUSTOM_FORMULA',
      getCriteriaValues: () => [model.formula],
      getBackground: () => model.background,
    }),
    getRanges: () => model.ranges,
  };
}

export function protectionApi(sheet: SheetModel, model: ProtectionModel) {
  const api = {
    getDescription: () => model.description,
    setDescription: (text: string) => {
      model.description = text;
      return api;
    },
    isWarningOnly: () => model.warningOnly,
    setWarningOnly: (warning: boolean) => {
      model.warningOnly = warning;
      return api;
    },
    remove: () => {
      sheet.protections = sheet.protections.filter((p) => p !== model);
    },
    getEditors: () => (model.editors ?? []).map((email) => ({ getEmail: () => email })),
    removeEditors: (users: ReadonlyArray<{ getEmail(): string } | string>) => {
      const gone = new Set(users.map((u) => (typeof u === 'string' ? u : u.getEmail())));
      model.editors = (model.editors ?? []).filter((email) => !gone.has(email));
      return api;
    },
    addEditor: (user: { getEmail(): string } | string) => {
      const email = typeof user === 'string' ? user : user.getEmail();
      model.editors = [...(model.editors ?? []).filter((e) => e !== email), email];
      return api;
    },
    canDomainEdit: () => model.domainEdit ?? false,
    setDomainEdit: (edit: boolean) => {
      model.domainEdit = edit;
      return api;
    },
  };
  return api;
}

export class Spreadsheet {
  constructor(
    private readonly book: WorkbookModel,
    private readonly api: Omit<ApiFactory, 'sheet'> & { sheet(model: SheetModel): Sheet },
  ) {}

  getSheets(): Sheet[] {
    return this.book.sheets.map((s) => this.api.sheet(s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const model = this.book.sheet(name);
    return model ? this.api.sheet(model) : null;
  }
  insertSheet(name: string, index?: number): Sheet {
    this.book.count('Spreadsheet.insertSheet');
    const model = this.book.addSheet(name, index);
    this.book.active = model;
    return this.api.sheet(model);
  }
  deleteSheet(sheet: Sheet): void {
    this.book.count('Spreadsheet.deleteSheet');
    if (this.book.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.book.sheets = this.book.sheets.filter((s) => s !== sheet.model);
    if (this.book.active === sheet.model) this.book.active = this.book.sheets[0] ?? null;
  }
  getActiveSheet(): Sheet {
    const model = this.book.active ?? this.book.sheets[0]!;
    return this.api.sheet(model);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.book.active = sheet.model;
    return sheet;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  setNamedRange(name: string, range: Range): void {
    this.book.namedRanges = this.book.namedRanges.filter((n) => n.name !== name);
    this.book.namedRanges.push({ name, range: { ...range.ref } });
  }
  getRangeByName(name: string): Range | null {
    const range = this.book.namedRanges.find((n) => n.name === name)?.range;
    return range ? new Range(this.book, range, this.api as ApiFactory) : null;
  }
  getNamedRanges(): Array<{ getName(): string; getRange(): Range | null; setRange(range: Range): void }> {
    return this.book.namedRanges.map((n) => ({
      getName: () => n.name,
      getRange: () => this.getRangeByName(n.name),
      setRange: (range: Range) => {
        n.range = { ...range.ref };
      },
    }));
  }
}
