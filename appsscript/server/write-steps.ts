/**
 * The steps of a plan as SpreadsheetApp calls, one function per step in the order of
 * shared/plan/plan.ts. Every step makes a number of calls that depends on the plan's parts
 * (blocks, runs of rows, columns), never on the number of rows it covers.
 */
import { rangeAddress } from '../../shared/sheet/a1';
import type { CellEdit, Plan, RowContent } from '../../shared/plan/plan';
import type { RowRun } from '../../shared/plan/plan-writer';
import type { Block } from '../../shared/plan/blocks';
import type { BlockContent } from './edit-blocks';
import { PLAIN_CELL, type CellKind } from '../../shared/sheet/typed-input';
import { CellFormats, editedFormat } from '../../shared/host/cell-input';
import { insertedBlocks, insertedWidth, rowsBlock, type CellInput } from '../../shared/host/row-inputs';
import { sheetsCellKind, unchangedInput, type SheetDates, type SheetsInput } from './sheets-values';
import { ensureSize, insertRowsAt, insertSheet } from './sheet-shape';
import { extrasRanges, keptLinks, writtenCells, type LinkRect } from '../../shared/host/extras-ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WriteContext {
  spreadsheet: Spreadsheet;
  plan: Plan;
  dates: SheetDates;
  /** The format the plan gives each column from row 2 on (decides where ISO text becomes a date). */
  plannedFormats: Map<number, string>;
}

/** Writes a grid at (row, col) in one call, then gives cells their formats (Dates a date format) in one more per format. */
function writeGrid(sheet: Sheet, row: number, col: number, inputs: SheetsInput[][], formats: CellFormats): void {
  const width = Math.max(0, ...inputs.map((r) => r.length));
  if (inputs.length === 0 || width === 0) return;
  ensureSize(sheet, row + inputs.length - 1, col + width - 1);
  const rectangular = inputs.map((r) =>
    r.length < width ? [...r, ...new Array<SheetsInput>(width - r.length).fill('')] : r,
  );
  sheet.getRange(row, col, inputs.length, width).setValues(rectangular);
  for (const [format, cells] of formats) sheet.getRangeList(cells).setNumberFormat(format);
}

/** Rich text over text cells, one call per rectangle: setValues drops a cell's link. */
function writeLinks(sheet: Sheet, rects: readonly LinkRect[]): void {
  const rich = ({ text, link }: LinkRect['cells'][number][number]) =>
    SpreadsheetApp.newRichTextValue().setText(text).setLinkUrl(link).build();
  for (const { row, col, cells } of rects)
    sheet.getRange(row, col, cells.length, cells[0]!.length).setRichTextValues(cells.map((line) => line.map(rich)));
}

/**
 * Rows of cell input in one setValues (formulas go in as they are: setValues runs "=…" as a formula),
 * then their links, notes and own formats, where the rows carry them (formats first: a value is
 * written for the format its cell shows, so text stays text).
 */
function writeInputs(
  ctx: WriteContext,
  sheet: Sheet,
  block: Block<CellInput>,
  kindOf: (col: number) => CellKind,
): void {
  const more = extrasRanges(block);
  if (more) ensureSize(sheet, block.row + block.cells.length - 1, block.col + block.cells[0]!.length - 1);
  for (const [format, ranges] of more?.formats ?? []) sheet.getRangeList(ranges).setNumberFormat(format);
  const kinds = { kindOf, ownKind: (format: string) => sheetsCellKind(format) };
  const cells = writtenCells(block, more, kinds, (value, kind) => ctx.dates.toSheets(value, kind));
  const dateCells = new CellFormats();
  cells.forEach((row, i) => row.forEach((cell, j) => dateCells.add(cell.format, block.row + i, block.col + j)));
  writeGrid(
    sheet,
    block.row,
    block.col,
    cells.map((row) => row.map((cell) => cell.input)),
    dateCells,
  );
  if (!more) return;
  if (more.notes) sheet.getRange(block.row, block.col, more.notes.length, more.notes[0]!.length).setNotes(more.notes);
  writeLinks(sheet, more.links(cells));
}

/** The backup part: the spreadsheet's own copy of the sheet (cells, formats, validations, notes), hidden, replacing the old one. */
export function copySheet(ctx: WriteContext, source: Sheet, name: string): void {
  const old = ctx.spreadsheet.getSheetByName(name);
  if (old) ctx.spreadsheet.deleteSheet(old);
  const copy = source.copyTo(ctx.spreadsheet);
  copy.setName(name);
  copy.hideSheet();
}

export function writeSheets(ctx: WriteContext): void {
  for (const write of ctx.plan.sheets) {
    let sheet = ctx.spreadsheet.getSheetByName(write.name);
    if (sheet && write.mode === 'create') continue;
    if (!sheet) sheet = insertSheet(ctx.spreadsheet, write.name, write.hidden);
    else if (write.hidden !== sheet.isSheetHidden()) {
      if (write.hidden) sheet.hideSheet();
      else sheet.showSheet();
    }
    let first = 1;
    if (write.mode === 'replace') sheet.clearContents();
    else first = sheet.getLastRow() + 1;
    const block = rowsBlock(first, write.rows, write.formulas, write.extras);
    if (block) writeInputs(ctx, sheet, block, () => PLAIN_CELL);
  }
}

/**
 * Inserts the rows, gives their cells the number formats of the column's row 2 (a restored row
 * looks like its neighbours, and its text stays text in @ columns), then writes each run of
 * consecutive rows with one setValues.
 */
export function insertRows(
  ctx: WriteContext,
  sheet: Sheet,
  columnFormats: (string | null)[],
  rows: readonly RowContent[],
  runs: readonly RowRun[],
): void {
  for (const run of runs) insertRowsAt(sheet, run.first, run.count);

  const width = insertedWidth(rows);
  const byFormat = new Map<string, string[]>();
  for (let col = 1; col <= Math.min(width, columnFormats.length); col++) {
    const format = columnFormats[col - 1];
    if (!format) continue;
    const list = byFormat.get(format) ?? [];
    for (const run of runs) list.push(rangeAddress(run.first, col, run.first + run.count - 1, col));
    byFormat.set(format, list);
  }
  for (const [format, addresses] of byFormat) sheet.getRangeList(addresses).setNumberFormat(format);

  const kindOf = (col: number): CellKind => sheetsCellKind(columnFormats[col - 1], ctx.plannedFormats.get(col));
  for (const block of insertedBlocks(rows, runs)) writeInputs(ctx, sheet, block, kindOf);
}

/** One setValues per block: the edits, and the gaps written back as they are. */
export function writeEdits(
  ctx: WriteContext,
  sheet: Sheet,
  blocks: readonly Block<CellEdit>[],
  contentOf: (block: Block<CellEdit>, index: number) => BlockContent,
): void {
  blocks.forEach((block, index) => {
    const content = contentOf(block, index);
    const formats = new CellFormats();
    const inputs = block.cells.map((row, i) =>
      row.map((edit, j) => {
        const format = content.formats[i]![j];
        if (edit === undefined) return unchangedInput(content.values?.[i]![j], content.formulas[i]![j], format);
        const kind = sheetsCellKind(edit.format ?? format, ctx.plannedFormats.get(edit.col));
        formats.add(editedFormat(edit, kind), edit.row, edit.col);
        return ctx.dates.toSheets(edit.after, kind);
      }),
    );
    writeGrid(sheet, block.row, block.col, inputs, formats);
    const moved = block.cells.some((row) => row.some((edit) => edit?.link !== undefined));
    if (content.links || moved) writeLinks(sheet, keptLinks(block, { ...content, links: content.links ?? [] }, inputs));
  });
}

/** Runs bottom first. */
export function deleteRows(sheet: Sheet, runs: readonly RowRun[]): void {
  const maxRows = sheet.getMaxRows();
  for (const run of runs) {
    // Rows past the end of the grid are blank already (as in plan/apply-plan.ts).
    const count = Math.min(run.count, maxRows - run.first + 1);
    if (count > 0) sheet.deleteRows(run.first, count);
  }
}

export function applyNumberFormats(ctx: WriteContext, sheet: Sheet): void {
  for (const change of ctx.plan.numberFormats) {
    ensureSize(sheet, change.lastRow, change.col);
    sheet.getRange(change.firstRow, change.col, change.lastRow - change.firstRow + 1, 1).setNumberFormat(change.format);
  }
}
