/**
 * The emulated spreadsheet's state: sheets of cells with Sheets' grid (a fixed number of rows and
 * columns that only inserts grow), plus what the API counts. Rows move with their cells (values,
 * formulas, formats, validations, notes, links), inserted rows take their neighbour's formatting, and formulas everywhere follow moved rows
 * (formula-refs.ts), as do merged cells, named ranges and the filter (a range keeps its surviving rows
 * and grows when rows go in inside it); conditional-format and protection ranges do not move (Sheets
 * moves them: not emulated).
 */
import { blankCell, type Cell } from './cells';
import { remapRows, type RowMap } from './formula-refs';

export interface RuleModel {
  formula: string;
  background: string | null;
  ranges: RangeRef[];
}

export interface RangeRef {
  sheet: SheetModel;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Who owns the emulated spreadsheet and who runs the script (Session.getEffectiveUser). */
export const SHEET_OWNER = 'owner@example.com';
export const EFFECTIVE_USER = 'me@example.com';

export interface ProtectionModel {
  range: RangeRef;
  description: string;
  warningOnly: boolean;
  /** Who may edit the range (emails), besides the owner; a new protection lists the owner and the user. */
  editors?: string[];
  /** Whether everyone in the domain may edit it. */
  domainEdit?: boolean;
}

export class SheetModel {
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  filter: RangeRef | null = null;
  /** Criteria of the filter's columns, by column number (tests set them). */
  filterCriteria: Record<number, unknown> = {};
  rules: RuleModel[] = [];
  protections: ProtectionModel[] = [];
  /** Merged cells (Range.merge). */
  merges: Array<Omit<RangeRef, 'sheet'>> = [];
  /** cells[r][c] is row r+1, column c+1 (created on first write). */
  cells: (Cell | undefined)[][] = [];

  constructor(
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells[row - 1]?.[col - 1];
  }

  /** The cell, created if missing. */
  at(row: number, col: number): Cell {
    let r = this.cells[row - 1];
    if (!r) {
      while (this.cells.length < row) this.cells.push([]);
      r = this.cells[row - 1]!;
    }
    let c = r[col - 1];
    if (!c) r[col - 1] = c = blankCell();
    return c;
  }

  hasContent(cell: Cell | undefined): boolean {
    return !!cell && (cell.value !== null || cell.formula !== null);
  }

  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) if (this.cells[r - 1]?.some((c) => this.hasContent(c))) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (this.hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Inserts blank rows before row `before` that take the formatting (number format, fill, bold) of
   * row `from` as it is before the insert, as Sheets does: insertRowsBefore copies the row they go
   * above, insertRowsAfter the row they go below (the Sheets API's inheritFromBefore).
   */
  insertRows(before: number, count: number, from: number): void {
    const source = this.cells[from - 1] ?? [];
    const formatted = () =>
      source.map((cell) =>
        cell && (cell.format !== null || cell.background !== undefined || cell.bold !== undefined)
          ? {
              ...blankCell(),
              format: cell.format,
              ...(cell.background !== undefined ? { background: cell.background } : {}),
              ...(cell.bold !== undefined ? { bold: cell.bold } : {}),
            }
          : undefined,
      );
    while (this.cells.length < before - 1) this.cells.push([]);
    this.cells.splice(before - 1, 0, ...Array.from({ length: count }, formatted));
    this.maxRows += count;
  }

  deleteRows(first: number, count: number): void {
    this.cells.splice(first - 1, count);
    this.maxRows -= count;
  }
}

export interface CallCounts {
  /** Calls by API method, e.g. "Range.getValues": 3. */
  byMethod: Record<string, number>;
}

/** The rows of a range after rows moved: from its first to its last surviving row; null when none survives. */
export function moveSpan(row: number, rows: number, map: RowMap): { row: number; rows: number } | null {
  let first: number | null = null;
  let last: number | null = null;
  for (let r = row; r < row + rows && first === null; r++) first = map(r);
  for (let r = row + rows - 1; r >= row && last === null; r--) last = map(r);
  return first === null || last === null ? null : { row: first, rows: last - first + 1 };
}

export interface NamedRangeModel {
  name: string;
  /** null once every row it covered was deleted (Sheets shows #REF!). */
  range: RangeRef | null;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  namedRanges: NamedRangeModel[] = [];
  active: SheetModel | null = null;
  selection: { sheet: string; row: number; col: number } | null = null;
  calls: CallCounts = { byMethod: {} };
  private nextId = 1;

  constructor(readonly timeZone: string) {}

  addSheet(name: string, index = this.sheets.length, size?: { rows: number; cols: number }): SheetModel {
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new SheetModel(name, this.nextId++, size?.rows, size?.cols);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Rewrites every formula of the workbook, and moves the merges and named ranges of `moved`, after its rows moved. */
  remapFormulas(moved: string, map: RowMap): void {
    for (const sheet of this.sheets) {
      for (const row of sheet.cells) {
        for (const cell of row ?? []) if (cell?.formula) cell.formula = remapRows(cell.formula, sheet.name, moved, map);
      }
    }
    const sheet = this.sheet(moved);
    if (!sheet) return;
    sheet.merges = sheet.merges.flatMap((merge) => {
      const span = moveSpan(merge.row, merge.rows, map);
      // A merge left one cell is no merge.
      return span && span.rows * merge.cols > 1 ? [{ ...merge, ...span }] : [];
    });
    for (const named of this.namedRanges) {
      if (named.range?.sheet !== sheet) continue;
      const span = moveSpan(named.range.row, named.range.rows, map);
      named.range = span ? { ...named.range, ...span } : null;
    }
    if (sheet.filter) {
      const span = moveSpan(sheet.filter.row, sheet.filter.rows, map);
      sheet.filter = span ? { ...sheet.filter, ...span } : null;
    }
  }

  count(method: string): void {
    this.calls.byMethod[method] = (this.calls.byMethod[method] ?? 0) + 1;
  }

  resetCounts(): void {
    this.calls = { byMethod: {} };
  }
}

/** Range reads and writes (what the issue counts), from a snapshot of the counters. */
export function rangeCalls(calls: CallCounts): { reads: number; writes: number; structure: number } {
  let reads = 0;
  let writes = 0;
  let structure = 0;
  for (const [method, n] of Object.entries(calls.byMethod)) {
    if (
      /^Range(List)?\.(get(Values|Formulas|NumberFormats|DisplayValues|DataValidations?|Notes|Backgrounds|RichTextValues))$/.test(
        method,
      )
    )
      reads += n;
    else if (/^Range(List)?\.(set|clear|protect|createFilter|insert)/.test(method)) writes += n;
    else if (
      /^Sheet\.(insert|delete|clear|setConditionalFormatRules|setFrozen(Rows|Columns)|hideSheet|showSheet)/.test(
        method,
      ) ||
      method === 'Spreadsheet.insertSheet' ||
      method === 'Spreadsheet.deleteSheet' ||
      method === 'Sheet.copyTo'
    )
      structure += n;
  }
  return { reads, writes, structure };
}
