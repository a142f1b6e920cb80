/**
 * An in-memory workbook (shared/plan/apply-plan.ts) into an exceljs workbook: every sheet (hidden
 * ones hidden), values with formulas and real dates, and what Custodian set on them (number
 * formats, links and notes, rules at entry, required marks, frozen header, filter, highlights,
 * protection) by the same formatting code the file host applies plans with; meta goes to the
 * hidden `_custodian` sheet.
 *
 * Rows go in bands, each committed before the next: with exceljs's streaming writer (the CLI's
 * large outputs) a committed band is written out and freed, so a sheet never holds more than a
 * band of exceljs cells; an in-memory exceljs workbook (the demo's save) ignores the commits.
 */
import type ExcelJS from 'exceljs';
import Range from 'exceljs/lib/doc/range';
import type { CellExtras } from '../sheet/snapshot';
import type { CellValue } from '../sheet/cell-value';
import { parseRange } from '../sheet/a1';
import type { MemorySheet, MemoryWorkbook } from '../plan/apply-plan';
import type { NumberFormatChange } from '../plan/plan';
import { formulaValue } from './exceljs-cells';
import { writeCellExtras } from './cell-extras';
import { writeCellValue } from './write-cell';
import { isDateFormat } from '../sheet/excel-dates';
import { keepStyledRow } from './exceljs-gaps';
import { addMetaSheet } from './workbook-meta';
import { usedExtent } from './csv-workbook';
import {
  applyFilter,
  applyNumberFormats,
  applyRequired,
  applyValidations,
  FormattingTarget,
  frozenViews,
} from './xlsx-formatting';
import { applyHighlights } from './xlsx-highlights';
import type { CellStyle, WorkbookLooks } from './xlsx-memory-workbook';
import type { SheetLook } from './xlsx-sheet-look';
import { lockCells, lockHeader, protectColumns, protectSheet, ProtectionStyles } from './xlsx-protection';

/** Rows per band: enough that per-band work is small next to the rows', few enough to hold. */
const BAND = 2000;

/** Entries keyed by A1 address, grouped by row. */
function byRow<T>(entries: Record<string, T> | undefined): Map<number, [number, T][]> {
  const rows = new Map<number, [number, T][]>();
  for (const [address, value] of Object.entries(entries ?? {})) {
    const { top: row, left: col } = parseRange(address)!;
    let list = rows.get(row);
    if (!list) rows.set(row, (list = []));
    list.push([col, value]);
  }
  return rows;
}

/** The part of each format span, as the file host caps it, that falls in rows first..last. */
function formatsIn(formats: readonly NumberFormatChange[], first: number, last: number): NumberFormatChange[] {
  return formats.flatMap((f) =>
    f.firstRow > last || f.lastRow < first
      ? []
      : [{ ...f, firstRow: Math.max(f.firstRow, first), lastRow: Math.min(f.lastRow, last) }],
  );
}

function writeValues(row: ExcelJS.Row, values: readonly CellValue[] | undefined, formulas: [number, string][] = []) {
  values?.forEach((value, c) => {
    if (value !== null && value !== '') row.getCell(c + 1).value = value;
  });
  // A formula cell keeps its last computed value as the cached result; Excel recomputes on open.
  for (const [col, formula] of formulas) row.getCell(col).value = formulaValue(formula, values?.[col - 1] ?? null);
}

/** Text that may be a date clean wrote: yyyy-mm-dd first (write-cell.ts reads the rest or leaves it). */
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

/**
 * The core writes a cleaned date as yyyy-mm-dd text (with its time when one was typed); where the cell
 * shows dates it goes in as a real date, as the file host writes it (write-cell.ts), so Excel sorts and
 * filters it. Text that is no such date (昨天, a time in a zone) stays as typed.
 */
function writeDateTexts(row: ExcelJS.Row, values: readonly CellValue[] | undefined) {
  values?.forEach((value, c) => {
    if (typeof value !== 'string' || !ISO_DATE_START.test(value)) return;
    const cell = row.getCell(c + 1);
    if (typeof cell.numFmt === 'string' && isDateFormat(cell.numFmt)) writeCellValue(cell, value, cell.numFmt);
  });
}

function hideColumnStyles(ws: ExcelJS.Worksheet, columns: number): Partial<ExcelJS.Style>[] {
  const styles: Partial<ExcelJS.Style>[] = [];
  for (let c = 1; c <= columns; c++) {
    const column = ws.getColumn(c);
    styles.push(column.style);
    column.style = {};
  }
  return styles;
}

/** Yields to the event loop, so a streaming writer compresses and writes out what it was given (setTimeout in a browser). */
const drain = () => new Promise<void>((resolve) => (globalThis.setImmediate ?? setTimeout)(resolve));

/** A streamed .xlsx's look of the sheet (xlsx-sheet-look.ts), before any value or format goes in. */
function applyColumnLooks(ws: ExcelJS.Worksheet, look: SheetLook, styles: readonly CellStyle[]): void {
  for (const [c, column] of look.columns) {
    const target = ws.getColumn(c);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
    if (column.style) target.style = styles[column.style] ?? {};
  }
}

/** Each cell of rows first..last in the style it was read with; the plan's formats go over it. */
function applyCellLooks(ws: ExcelJS.Worksheet, sheet: MemorySheet, looks: SheetLooks, first: number, last: number) {
  for (let r = first; r <= last; r++) {
    const ids = looks.look.cellStyles.get(sheet.values[r - 1] ?? []);
    const height = looks.look.heights.get(r);
    const hidden = looks.look.hidden.has(r);
    if (!ids && height === undefined && !hidden) continue;
    const row = ws.getRow(r);
    if (height !== undefined) row.height = height;
    if (hidden) row.hidden = true;
    ids?.forEach((id, c) => {
      if (id) row.getCell(c + 1).style = looks.styles[id] ?? {};
    });
  }
}

/**
 * A streaming writer has written the rows already and cannot merge their cells; it writes its list
 * of merged ranges at the end, so the range goes there (the cells it covers were read empty).
 */
function mergeCells(ws: ExcelJS.Worksheet, range: string): void {
  const merges = (ws as unknown as { _merges?: unknown[] })._merges;
  if (Array.isArray(merges)) merges.push(new Range(range));
  else ws.mergeCells(range);
}

interface SheetLooks {
  look: SheetLook;
  styles: readonly CellStyle[];
}

async function writeSheet(book: ExcelJS.Workbook, sheet: MemorySheet, looks?: SheetLooks): Promise<void> {
  const frozen = sheet.freezeRows !== undefined || sheet.freezeColumns !== undefined;
  const views = frozen ? frozenViews(undefined, sheet.freezeRows ?? 0, sheet.freezeColumns) : undefined;
  const ws = book.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible', ...(views ? { views } : {}) });
  const { height, width } = usedExtent(sheet.values);
  const target = new FormattingTarget(ws, height);
  if (looks) applyColumnLooks(ws, looks.look, looks.styles);
  const formats = sheet.numberFormats.map((f) => ({ ...f, lastRow: target.capped(f.firstRow, f.lastRow) }));
  const formulas = byRow(sheet.formulas);
  const extras = byRow<CellExtras>(sheet.extras);
  const protection = sheet.protection;
  const styles = new ProtectionStyles();
  let columns = 0;
  let defaults: Partial<ExcelJS.Style>[] = [];
  let end = sheet.values.length;
  for (const f of formats) end = Math.max(end, f.lastRow);
  for (let first = 1; first <= end; first += BAND) {
    const last = Math.min(end, first + BAND - 1);
    if (looks) applyCellLooks(ws, sheet, looks, first, last);
    for (let r = first; r <= last; r++) writeValues(ws.getRow(r), sheet.values[r - 1], formulas.get(r));
    applyNumberFormats(target, formatsIn(formats, first, last));
    // After the column formats, so a cell's own format (and its link and note) wins.
    for (let r = first; r <= last; r++)
      for (const [col, more] of extras.get(r) ?? []) writeCellExtras(ws.getRow(r).getCell(col), more);
    // A hidden sheet (a backup, the archive) keeps its rows as they were read: its text stays text.
    if (!sheet.hidden) for (let r = first; r <= last; r++) writeDateTexts(ws.getRow(r), sheet.values[r - 1]);
    if (first === 1) applyRequired(target, sheet.required);
    if (protection) lockCells(ws, protection, styles, first, last);
    if (first === 1 && protection) columns = protectColumns(ws, protection, width, styles);
    if (first === 1 && protection) lockHeader(ws, protection, columns, styles);
    for (let r = first; r <= last; r++) keepStyledRow(ws.getRow(r));
    ws.getRow(last).commit();
    // The streaming writer has written the columns' defaults with the first band. Cells made after it
    // must not take them on: in the file host's exceljs path the formatted cells existed before the
    // columns got them. Put back at the end, for an in-memory workbook, which writes columns last.
    if (first === 1) defaults = hideColumnStyles(ws, columns);
    await drain();
  }
  defaults.forEach((style, c) => (ws.getColumn(c + 1).style = style));
  applyValidations(target, sheet.validations);
  if (sheet.filter) applyFilter(ws, sheet.filter);
  if (sheet.highlights)
    applyHighlights(
      ws,
      Object.entries(sheet.highlights).map(([id, h]) => ({ id, ...h })),
    );
  if (protection) protectSheet(ws);
  for (const range of looks?.look.merges ?? []) mergeCells(ws, range);
  (ws as { commit?: () => void }).commit?.();
}

/** `looks`: how the sheets of a streamed .xlsx looked (xlsx-memory-workbook.ts), kept on the sheets written. */
export async function writeMemoryWorkbook(
  book: ExcelJS.Workbook,
  workbook: MemoryWorkbook,
  looks?: WorkbookLooks,
): Promise<void> {
  for (const sheet of workbook.sheets) {
    const look = looks?.sheets.get(sheet.name);
    await writeSheet(book, sheet, look && { look, styles: looks!.styles });
  }
  if (Object.keys(workbook.meta).length > 0) addMetaSheet(book, workbook.meta);
}
