/**
 * Which cached formula results a plan made wrong. exceljs writes a formula with the result it read, and
 * readers that do not recalculate on open (LibreOffice by default, viewers, scripts) show that number: a
 * total over deleted rows would still add them up. A result is dropped, so every reader recalculates,
 * where a moved row changed what a formula's ranges hold or a cell it reads was rewritten; one that only
 * shifted with its rows keeps its result. A scanner of A1 references, like shared/sheet/formula-rows.ts.
 */
import type ExcelJS from 'exceljs';
import { columnNumber } from '../sheet/a1';
import { isFormulaCell } from './exceljs-cells';

const STRING = /"(?:[^"]|"")*"/g;
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*))!`;
const CELLS = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?`;
const COLUMNS = String.raw`\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})`;
const ROWS = String.raw`\$?(\d+):\$?(\d+)`;
const REFERENCE = new RegExp(
  String.raw`(?<![\w.$\u0080-\uFFFF])(?:${SHEET})?(?:${CELLS}|${COLUMNS}|${ROWS}|(#REF!))(?![\w(\u0080-\uFFFF])`,
  'g',
);

interface Reference {
  /** The sheet named before `!`, else null (the formula's own sheet). */
  sheet: string | null;
  /** Columns and rows covered; whole columns run over every row, whole rows over every column. */
  cols: [number, number];
  rows: [number, number];
  broken: boolean;
}

const ALL: [number, number] = [1, Number.MAX_SAFE_INTEGER];

function span(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** The A1 references of a formula, left to right (string literals skipped). */
export function formulaReferences(formula: string): Reference[] {
  const text = formula.replace(STRING, (s) => ' '.repeat(s.length));
  const references: Reference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
    if (m[3] !== undefined) {
      const [c1, r1] = [columnNumber(m[3]), Number(m[4])];
      const [c2, r2] = m[5] !== undefined ? [columnNumber(m[5]), Number(m[6])] : [c1, r1];
      references.push({ sheet, cols: span(c1, c2), rows: span(r1, r2), broken: false });
    } else if (m[7] !== undefined) {
      references.push({ sheet, cols: span(columnNumber(m[7]), columnNumber(m[8]!)), rows: ALL, broken: false });
    } else if (m[9] !== undefined) {
      references.push({ sheet, cols: ALL, rows: span(Number(m[9]), Number(m[10])), broken: false });
    } else references.push({ sheet, cols: ALL, rows: ALL, broken: true });
  }
  return references;
}

/**
 * Whether a formula rewritten after rows moved still reads the same cells: each reference moved whole
 * (same size, none broken). `SUM(F2:F17)` → `SUM(F2:F14)` does not; `F4*G4` → `F3*G3` does.
 */
export function readsSameCells(before: string, after: string): boolean {
  const a = formulaReferences(before);
  const b = formulaReferences(after);
  const size = (r: Reference) => `${r.cols[1] - r.cols[0]}x${r.rows[1] - r.rows[0]}`;
  return a.length === b.length && a.every((r, k) => !b[k]!.broken && size(r) === size(b[k]!));
}

export interface SheetChanges {
  /** The sheet whose cells the plan wrote or whose rows it moved. */
  sheet: string;
  /** Rewritten cells, numbered as the sheet is now. */
  cells: readonly { row: number; col: number }[];
  /** Rows were deleted or inserted: a whole column's count or total changed, and `cells` are read by column. */
  rowsMoved: boolean;
}

type FormulaCell = { sheet: string; cell: ExcelJS.Cell; references: Reference[] };

/** Changed cells of each sheet: by column, its rows (sorted), or every row. */
class ChangedCells {
  private readonly sheets = new Map<string, Map<number, number[] | 'all'>>();

  add(sheet: string, col: number, row: number | 'all'): void {
    const cols = this.sheets.get(sheet) ?? new Map<number, number[] | 'all'>();
    this.sheets.set(sheet, cols);
    const rows = cols.get(col);
    if (rows === 'all') return;
    if (row === 'all') cols.set(col, 'all');
    else if (!rows) cols.set(col, [row]);
    else rows.splice(sortedIndex(rows, row), 0, row);
  }

  reads(sheet: string, reference: Reference): boolean {
    const cols = this.sheets.get(sheet);
    if (!cols) return false;
    for (const [col, rows] of cols) {
      if (col < reference.cols[0] || col > reference.cols[1]) continue;
      if (rows === 'all') return true;
      const k = sortedIndex(rows, reference.rows[0]);
      if (k < rows.length && rows[k]! <= reference.rows[1]) return true;
    }
    return false;
  }
}

/** The first index whose row is at least `row`. */
function sortedIndex(rows: readonly number[], row: number): number {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Drops the cached result of every formula over a range, on any sheet, that reads a rewritten cell of
 * `changes.sheet` (after rows moved, any cell of a rewritten column: erring on recalculating) or a whole
 * column of it after rows moved, and of every formula that reads a dropped one. Returns how many were dropped.
 */
export function dropStaleResults(workbook: ExcelJS.Workbook, changes: SheetChanges): number {
  const target = changes.sheet.toLowerCase();
  const changed = new ChangedCells();
  for (const { row, col } of changes.cells) changed.add(target, col, changes.rowsMoved ? 'all' : row);
  const pending: FormulaCell[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!isFormulaCell(cell) || (cell.value as ExcelJS.CellFormulaValue).result === undefined) return;
        const formula = cell.formula;
        if (formula) pending.push({ sheet: sheet.name.toLowerCase(), cell, references: formulaReferences(formula) });
      });
    });
  }
  // A row's own arithmetic (=G5/F5) keeps its result: Excel recalculates it on open, and the sheet's
  // next read (ours, another host's) still shows a value; a total or count over a range is what goes stale.
  const overRange = ({ references }: FormulaCell) =>
    references.some((r) => r.cols[0] !== r.cols[1] || r.rows[0] !== r.rows[1]);
  const readsChanged = (entry: FormulaCell) =>
    entry.references.some((r) => {
      const on = (r.sheet ?? entry.sheet).toLowerCase();
      if (dropped.reads(on, r)) return true;
      return overRange(entry) && ((changes.rowsMoved && on === target && r.rows === ALL) || changed.reads(on, r));
    });
  const dropped = new ChangedCells();
  let count = 0;
  // Until no formula is left reading a dropped one: a grand total over subtotals.
  for (let left = pending, again = true; again;) {
    const reading = left.filter(readsChanged);
    for (const { sheet, cell } of reading) {
      const { result: _stale, ...rest } = cell.value as ExcelJS.CellFormulaValue;
      cell.value = rest as ExcelJS.CellFormulaValue;
      dropped.add(sheet, Number(cell.col), Number(cell.row));
    }
    count += reading.length;
    again = reading.length > 0;
    left = left.filter((entry) => !reading.includes(entry));
  }
  return count;
}
