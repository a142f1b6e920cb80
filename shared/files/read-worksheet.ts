/**
 * An exceljs worksheet → the core's SheetSnapshot: values from A1 with trailing empty rows and
 * columns trimmed (rows padded to one width), formulas with their results as values, and the
 * number format and look of each column's row-2 cell, and the links, notes, own number formats and
 * own looks of the cells that have them. Merged cells show their value in the top-left cell only, as in Excel.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../sheet/cell-value';
import { cellKey, type CellExtras, type ExtrasCell, type FormulaCell, type SheetSnapshot } from '../sheet/snapshot';
import { cellAddress } from '../sheet/a1';
import { GENERAL_FORMAT } from '../plan/plan';
import { formulaOf, toCellValue } from './exceljs-cells';
import { fileError } from './file-input-error';
import { mergesOf } from './exceljs-gaps';
import { readSheetView } from './sheet-view';
import { readRules } from './read-rules';
import { LookReader, type ReadLook } from './exceljs-look';
import type { CellLook } from '../sheet/cell-look';

export interface SheetContent {
  values: CellValue[][];
  formulas: FormulaCell[];
  columnFormats: (string | null)[];
  extras: ExtrasCell[];
  /** Each column's row-2 look (null: plain), when some data cell has a look (see SheetSnapshot.columnLooks). */
  columnLooks?: (CellLook | null)[];
}

/** A note's text, whether exceljs holds it as a string or as rich-text runs. */
export function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (typeof note === 'string') return note || undefined;
  const text = (note?.texts ?? []).map((t) => t.text).join('');
  return text || undefined;
}

function formatOf(cell: ExcelJS.Cell | undefined): string | null {
  const format = cell?.numFmt;
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

/**
 * A cell's link, note and number format, or null when it has none. Formats equal to the column's
 * (its row-2 cell's) are left out, so a million-row date column costs nothing here; General where the
 * column has a format is kept, so a copy of the row (an undo) does not take the column's.
 */
function extrasOf(cell: ExcelJS.Cell, columnFormat: string | null): CellExtras | null {
  const value = cell.value as { hyperlink?: unknown } | null;
  const link = value && typeof value === 'object' && typeof value.hyperlink === 'string' ? value.hyperlink : undefined;
  const note = noteText(cell.note);
  const format = formatOf(cell);
  const ownFormat = format !== columnFormat ? (format ?? GENERAL_FORMAT) : undefined;
  if (!link && !note && !ownFormat) return null;
  return { ...(link ? { link } : {}), ...(note ? { note } : {}), ...(ownFormat ? { format: ownFormat } : {}) };
}

/**
 * Like exceljs's eachCell and eachRow without empty cells and rows, but with the empty cells (and their
 * rows) that hold a note or have a style, which those skip. Only the rows and cells exceljs holds are visited.
 */
function eachCellOrNote(row: ExcelJS.Row, visit: (cell: ExcelJS.Cell, col: number) => void): void {
  const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
  cells.forEach((cell, i) => {
    if (cell && (cell.type !== ExcelJS.ValueType.Null || cell.note || styled(cell.style))) visit(cell, i + 1);
  });
}

function styled(style: Partial<ExcelJS.Style> | undefined): boolean {
  return Boolean(style && (style.fill || style.font || style.border || style.alignment));
}

function eachRowOrNote(sheet: ExcelJS.Worksheet, visit: (row: ExcelJS.Row, rowNumber: number) => void): void {
  const rows = (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  rows.forEach((row, i) => {
    if (row) visit(row, i + 1);
  });
}

function hasContent(value: CellValue): boolean {
  return value !== null && value !== '';
}

/**
 * The cells that exist are read first (sparse); the padded grid is built only when rows × columns
 * stays within `maxGridCells`, so one stray value at XFD1048576 is refused, not allocated.
 */
export function readSheetContent(sheet: ExcelJS.Worksheet, maxGridCells = Number.POSITIVE_INFINITY): SheetContent {
  if (Number.isFinite(maxGridCells)) assertWalkable(sheet, maxGridCells);
  const sparse: CellValue[][] = [];
  const formulas: FormulaCell[] = [];
  const extras: ExtrasCell[] = [];
  const header = sheet.findRow(2);
  const columnFormatCache = new Map<number, string | null>();
  const looks = new LookReader(sheet.workbook);
  const columnLookCache = new Map<number, ReadLook>();
  const columnLook = (col: number): ReadLook => {
    if (!columnLookCache.has(col)) columnLookCache.set(col, looks.read(header?.findCell(col)?.style));
    return columnLookCache.get(col)!;
  };
  // Row 2 sets the column's format, so its own is compared with nothing (kept when not General), as is the header's.
  const columnFormat = (rowNumber: number, col: number): string | null => {
    if (rowNumber <= 2) return null;
    if (!columnFormatCache.has(col)) columnFormatCache.set(col, formatOf(header?.findCell(col)));
    return columnFormatCache.get(col)!;
  };
  let height = 0;
  let width = 0;
  let lowestCol = 0; // the column of a cell in the last row, and the row of a cell in the last column
  let rightmostRow = 0;
  eachRowOrNote(sheet, (row, rowNumber) => {
    const cells: CellValue[] = [];
    eachCellOrNote(row, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      const formula = formulaOf(cell);
      if (formula) formulas.push({ row: rowNumber, col, formula });
      const filled = hasContent(value) || Boolean(formula);
      const found = extrasOf(cell, columnFormat(rowNumber, col));
      const more = found && (filled || found.note) ? found : null;
      // A filled cell's look where it is not its column's; an empty one's where it is not plain. Not the header's.
      const own = rowNumber > 1 ? looks.read(cell.style) : null;
      const look = own && own.key !== (filled ? columnLook(col).key : '') ? own.look : undefined;
      if (more || look) extras.push({ row: rowNumber, col, ...more, ...(look ? { look } : {}) });
      if (!filled) return;
      cells[col - 1] = value;
      if (col > width) {
        width = col;
        rightmostRow = rowNumber;
      }
      if (rowNumber > height) {
        height = rowNumber;
        lowestCol = col;
      }
    });
    sparse[rowNumber - 1] = cells;
  });
  if (height * width > maxGridCells) {
    const [lowest, rightmost] = [cellAddress(height, lowestCol), cellAddress(rightmostRow, width)];
    const params = { sheet: sheet.name, height, width, lowest, rightmost, max: maxGridCells };
    throw fileError('sheet.tooLarge', { key: 'gridTooLarge', params });
  }

  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const source = sparse[r];
    const row: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = source?.[c] ?? null;
    values.push(row);
  }
  const columnFormats = columnFormatsOfRow(sheet, 2, width);
  // Looks of empty cells past the values (a formatted area below the list) are no row's.
  const kept = extras.filter((e) => !e.look || e.link || e.note || e.format || (e.row <= height && e.col <= width));
  const columnLooks = Array.from({ length: width }, (_, i) => (columnLook(i + 1).key ? columnLook(i + 1).look : null));
  const looked = kept.some((e) => e.look) || columnLooks.some((l) => l !== null);
  return { values, formulas, columnFormats, extras: kept, ...(looked ? { columnLooks } : {}) };
}

/**
 * Gives each data row of a merge down a column the merge's value, as the row shows it on screen (one
 * 公司 merged over its three contacts is each contact's company), for commands that only read the
 * list: the streamed read does the same (xlsx-snapshot.ts). Merges from row 1 (a title, a header
 * spanning two rows) are left as they are.
 */
export function fillMergesDown(snapshot: Pick<SheetSnapshot, 'values' | 'extras'>, sheet: ExcelJS.Worksheet): void {
  const { values } = snapshot;
  const filled: ExtrasCell[] = [];
  let formats: Map<number, string> | undefined;
  for (const { top, left, bottom } of mergesOf(sheet)) {
    const master = top > 1 ? (values[top - 1]?.[left - 1] ?? null) : null;
    if (master === null) continue;
    // Each row shows the merge's cell in its own format (a code under 000000 in a "C"000000 column);
    // row 2's is the column's.
    formats ??= new Map((snapshot.extras ?? []).flatMap((e) => (e.format ? [[cellKey(e.row, e.col), e.format]] : [])));
    const format = top > 2 ? formats.get(cellKey(top, left)) : undefined;
    for (let r = top + 1; r <= Math.min(bottom, values.length); r++) {
      const row = values[r - 1]!;
      if (left > row.length) continue;
      row[left - 1] = master;
      if (format !== undefined) filled.push({ row: r, col: left, format });
    }
  }
  if (filled.length > 0)
    snapshot.extras = [...(snapshot.extras ?? []), ...filled].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Each column's number format as a row's cells show it (row 2: the first data row under a header in row 1). */
export function columnFormatsOfRow(sheet: ExcelJS.Worksheet, row: number, width: number): (string | null)[] {
  return Array.from({ length: width }, (_, i) => {
    const format = sheet.findRow(row)?.findCell(i + 1)?.numFmt ?? sheet.getColumn(i + 1).numFmt;
    return typeof format === 'string' && format !== '' ? format : null;
  });
}

/**
 * Row 1 and up to `rows` rows below it, cells past the header's width left out: enough to judge
 * what a sheet holds without reading all of it. Fewer rows are read when rows reach far right
 * (exceljs walks every slot up to a row's last cell), so the walk stays within `maxCells` slots.
 */
export function readSheetSample(sheet: ExcelJS.Worksheet, rows: number, maxCells = 1_000_000): CellValue[][] {
  const values: CellValue[][] = [];
  let width = 0;
  let walked = 0;
  const last = Math.min(sheet.rowCount, rows + 1);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    walked += row?.cellCount ?? 0;
    if (r > 1 && walked > maxCells) break;
    const cells: CellValue[] = [];
    row?.eachCell({ includeEmpty: false }, (cell, col) => {
      if (r > 1 && col > width) return;
      if (cell.type !== ExcelJS.ValueType.Merge) cells[col - 1] = toCellValue(cell.value);
    });
    // A title above the list (one or two cells) is no header's width: the header is further down.
    if (r === 1) width = cells.filter((v) => v !== null && v !== undefined).length > 2 ? cells.length : Infinity;
    values.push(
      Array.from({ length: r === 1 ? cells.length : Math.min(cells.length, width) }, (_, c) => cells[c] ?? null),
    );
  }
  return values;
}

/**
 * exceljs visits every slot of a row up to its last cell, value or formatting, so rows reaching
 * far right cost rows × columns of time even when few cells exist. Summing each row's last column
 * (cheap: one look per row) bounds that walk; when every row ends in a value, the sum is at most
 * the grid, so only rows ending in formatted empty cells are refused here rather than below.
 */
function assertWalkable(sheet: ExcelJS.Worksheet, maxGridCells: number): void {
  let slots = 0;
  let lowest = '';
  let rightmost = '';
  let width = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const last = sheet.findRow(r)?.cellCount ?? 0;
    if (last === 0) continue;
    slots += last;
    lowest = cellAddress(r, last);
    if (last > width) {
      width = last;
      rightmost = lowest;
    }
  }
  if (slots <= maxGridCells) return;
  const params = { sheet: sheet.name, width, lowest, rightmost, slots, max: maxGridCells };
  throw fileError('sheet.tooLarge', { key: 'rowsTooWide', params });
}

export function snapshotFromSheet(
  sheet: ExcelJS.Worksheet,
  meta: Record<string, string> | undefined,
  maxGridCells = Number.POSITIVE_INFINITY,
): SheetSnapshot {
  const content = readSheetContent(sheet, maxGridCells);
  const snapshot: SheetSnapshot = { name: sheet.name, values: content.values, columnFormats: content.columnFormats };
  if (content.formulas.length) snapshot.formulas = content.formulas;
  if (content.extras.length) snapshot.extras = content.extras;
  if (content.columnLooks) snapshot.columnLooks = content.columnLooks;
  const view = readSheetView(sheet);
  if (view) snapshot.view = view;
  const rules = readRules(sheet);
  if (rules.length > 0) snapshot.rules = rules;
  if (meta) snapshot.meta = meta;
  return snapshot;
}
