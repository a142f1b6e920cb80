/// <reference types="office-js" />
/**
 * The steps of a plan as Office.js commands, one function per step in the order of
 * shared/plan/plan.ts. Each queues its commands on the context (the caller syncs once per step)
 * and reserves their bytes in the budget, which syncs early only when a step outgrows a request.
 */
import { cellAddress, columnLetter, rangeAddress } from '../shared/sheet/a1';
import { type CellEdit, type Plan, type Protection, type RowContent } from '../shared/plan/plan';
import { excelValidation } from '../shared/host/excel-rules';
import { isValidationRemoval, type FilterRange } from '../shared/plan/plan';
import { PROTECTION_ALLOWS } from '../shared/plan/protection';
import type { RowRun } from '../shared/plan/plan-writer';
import { insertedBlocks, rowsBlock, type CellInput, type HostCell } from '../shared/host/row-inputs';
import { jsonBytes, type RequestBudget } from '../shared/host/request-budget';
import { subject, type StepSubject } from '../shared/host/step-actions';
import { toExcelInput, type ExcelScalar } from './excel-values';
import { PLAIN_CELL, type CellKind } from '../shared/sheet/typed-input';
import type { StepItem } from './host-errors';
import { META_HEADER, META_SHEET, planMetaChanges } from '../shared/host/meta-sheet';
import type { Prepared } from './prepare-plan';
import { REQUIRED_BLANK_FILL, REQUIRED_HEADER_FILL, requiredFormula } from '../shared/host/required-marks';
import { blockAddress, splitBlock, type Block } from '../shared/plan/blocks';
import { highlightFormula, rangeChunks } from '../shared/plan/highlights';
import { consecutiveRuns } from '../shared/sheet/row-runs';
import { extrasWrites, linkTarget, restoredExtrasWrites, type ExtrasWrite } from '../shared/host/cell-extras-grid';
import { formatFirstCells } from '../shared/host/format-first-cells';
import type { HostCapabilities } from '../shared/host/host';

export interface StepContext {
  context: Excel.RequestContext;
  plan: Plan;
  prepared: Prepared;
  budget: RequestBudget;
  capabilities: HostCapabilities;
  /** What the step is doing, for the error message when its sync fails. */
  items: StepItem[];
}

/** Queues one rectangular write per block slice: values (or formulas) plus formats where cells need them (dates, restored rows). */
async function writeBlocks(
  step: StepContext,
  sheet: Excel.Worksheet,
  blocks: readonly Block<CellInput>[],
  kindOf: (col: number) => CellKind,
  about?: StepSubject,
  restore = true,
): Promise<void> {
  for (const whole of blocks) {
    const sized = { row: whole.row, col: whole.col, cells: formatFirstCells(whole, kindOf, toExcelInput, restore) };
    for (const slice of splitBlock(sized, step.budget.limit / 2, (row) => jsonBytes(row.map((c) => c!.input)))) {
      const rows = slice.cells as HostCell<ExcelScalar>[][]; // `runs` blocks have no gaps
      const grid = rows.map((row) => row.map((c) => c.input));
      const formats = rows.map((row) => row.map((c) => c.numberFormat));
      const needsFormats = formats.some((row) => row.some((f) => f !== null));
      await step.budget.reserve(jsonBytes(grid) + (needsFormats ? jsonBytes(formats) : 0));
      const address = blockAddress(slice);
      const range = sheet.getRange(address);
      if (needsFormats) range.numberFormat = formats; // first: Excel reads what is typed by the cell's format
      if (rows.some((row) => row.some((c) => c.formula))) range.formulas = grid;
      else range.values = grid;
      step.items.push({ subject: about ?? subject.of('range', { range: address }), address });
    }
  }
}

/**
 * The backup part: Excel's own copy of the target (cells, formats, validations, notes; ExcelApi 1.7),
 * hidden and named, after deleting the old one, in the step's one sync.
 */
export function copySheet(step: StepContext, name: string): void {
  const { context, prepared } = step;
  const sheets = context.workbook.worksheets;
  if (prepared.sheetNames.has(name)) sheets.getItem(name).delete();
  const copy = sheets.getItem(step.plan.sheet).copy('End');
  copy.name = name;
  copy.visibility = 'Hidden';
  prepared.sheetNames.add(name);
  step.items.push({ subject: subject.of('sheet', { sheet: name }) });
}

export async function writeSheets(step: StepContext): Promise<void> {
  const { context, prepared } = step;
  const nextRow = new Map(prepared.appendAt);
  for (const write of step.plan.sheets) {
    let sheet: Excel.Worksheet;
    if (!prepared.sheetNames.has(write.name)) {
      sheet = context.workbook.worksheets.add(write.name);
      prepared.sheetNames.add(write.name);
      nextRow.set(write.name, 1);
    } else {
      if (write.mode === 'create') continue;
      sheet = context.workbook.worksheets.getItem(write.name);
      if (write.mode === 'replace') {
        sheet.getRange().clear('Contents');
        nextRow.set(write.name, 1);
      }
    }
    sheet.visibility = write.hidden ? 'Hidden' : 'Visible';
    const about = subject.of('sheet', { sheet: write.name });
    step.items.push({ subject: about });
    const first = nextRow.get(write.name) ?? 1;
    const block = rowsBlock(first, write.rows, write.formulas, write.extras);
    if (block) await writeBlocks(step, sheet, [block], () => PLAIN_CELL, about);
    await writeExtras(step, sheet, extrasWrites(first, write.extras));
    nextRow.set(write.name, first + write.rows.length);
  }
}

export async function insertRows(
  step: StepContext,
  sheet: Excel.Worksheet,
  rows: readonly RowContent[],
  runs: readonly RowRun[],
): Promise<void> {
  for (const run of runs) await changeRows(step, sheet, run, (range) => range.insert('Down'));
  await writeBlocks(step, sheet, insertedBlocks(rows, runs), step.prepared.kindOf);
  await writeExtras(step, sheet, restoredExtrasWrites(rows));
}

/** Links (ExcelApi 1.7) and, where Excel can, notes (1.18) of written rows: one command per cell that has one. */
async function writeExtras(step: StepContext, sheet: Excel.Worksheet, cells: readonly ExtrasWrite[]): Promise<void> {
  for (const { address, link, note } of cells) {
    await step.budget.reserve(jsonBytes([link, note]));
    if (link) sheet.getRange(address).hyperlink = linkTarget(link);
    if (note && step.capabilities.cellNotes) sheet.notes.add(address, note);
  }
}

export async function writeEdits(
  step: StepContext,
  sheet: Excel.Worksheet,
  blocks: readonly Block<CellEdit>[],
): Promise<void> {
  const inputs = blocks.map((b) => ({
    row: b.row,
    col: b.col,
    cells: b.cells.map((row) => row.map((edit) => step.prepared.editInput(edit!))),
  }));
  await writeBlocks(step, sheet, inputs, step.prepared.kindOf, undefined, false);
  // An edit that moves its cell's link (clean's mailto: of the old address) sets it; others keep theirs.
  const links = blocks.flatMap((b) =>
    b.cells.flatMap((row) =>
      row.flatMap((edit) =>
        edit?.link === undefined
          ? []
          : [{ row: edit.row, col: edit.col, address: cellAddress(edit.row, edit.col), link: edit.link }],
      ),
    ),
  );
  await writeExtras(step, sheet, links);
}

/** Inserts or deletes one run of whole rows. */
async function changeRows(
  step: StepContext,
  sheet: Excel.Worksheet,
  run: RowRun,
  change: (range: Excel.Range) => void,
): Promise<void> {
  const address = `${run.first}:${run.first + run.count - 1}`;
  await step.budget.reserve(0);
  change(sheet.getRange(address));
  step.items.push({ subject: subject.rows(run.first, run.count), address });
}

export async function deleteRows(step: StepContext, sheet: Excel.Worksheet, runs: readonly RowRun[]): Promise<void> {
  for (const run of runs) await changeRows(step, sheet, run, (range) => range.delete('Up'));
}

export async function applyNumberFormats(step: StepContext, sheet: Excel.Worksheet): Promise<void> {
  for (const change of step.plan.numberFormats) {
    const perRow = jsonBytes([change.format]) + 1;
    const rowsPerSlice = Math.max(1, Math.floor(step.budget.limit / 2 / perRow));
    for (let first = change.firstRow; first <= change.lastRow; first += rowsPerSlice) {
      const last = Math.min(change.lastRow, first + rowsPerSlice - 1);
      await step.budget.reserve((last - first + 1) * perRow);
      const address = rangeAddress(first, change.col, last, change.col);
      sheet.getRange(address).numberFormat = Array.from({ length: last - first + 1 }, () => [change.format]);
      step.items.push({ subject: subject.column(change.col), address });
    }
  }
}

/** Each rule replaces whatever rule its span had; a removal leaves the span without one. */
export async function applyValidations(step: StepContext, sheet: Excel.Worksheet): Promise<void> {
  for (const v of step.plan.validations) {
    const address = rangeAddress(v.firstRow, v.col, v.lastRow, v.col);
    const validation = sheet.getRange(address).dataValidation;
    const excel = isValidationRemoval(v) ? null : excelValidation(v);
    await step.budget.reserve(excel ? jsonBytes(excel) : 0);
    validation.clear();
    if (excel) {
      validation.rule = excel.rule as Excel.DataValidationRule;
      validation.ignoreBlanks = excel.ignoreBlanks;
      validation.errorAlert = excel.errorAlert;
      if (excel.prompt) validation.prompt = excel.prompt;
    }
    step.items.push({ subject: subject.column(v.col), address });
  }
}

export async function applyRequired(step: StepContext, sheet: Excel.Worksheet): Promise<void> {
  for (const stale of step.prepared.staleHighlights) stale.delete();
  for (const item of step.plan.required) {
    await step.budget.reserve(item.note.length);
    const headerAddress = cellAddress(1, item.col);
    const header = sheet.getRange(headerAddress);
    if (item.remove) {
      // The mark goes (its rule was deleted above); the header's own fill and bold come back where known.
      if (item.headerBefore?.fill) header.format.fill.color = item.headerBefore.fill;
      else header.format.fill.clear();
      if (item.headerBefore) header.format.font.bold = item.headerBefore.bold;
      header.dataValidation.clear();
      step.items.push({ subject: subject.column(item.col), address: headerAddress });
      continue;
    }
    header.format.font.bold = true;
    header.format.fill.color = REQUIRED_HEADER_FILL;
    header.dataValidation.prompt = { showPrompt: true, title: '', message: item.note.slice(0, 255) };
    const address = rangeAddress(item.firstRow, item.col, item.lastRow, item.col);
    const highlight = sheet.getRange(address).conditionalFormats.add('Custom');
    highlight.custom.rule.formula = requiredFormula(item);
    highlight.custom.format.fill.color = REQUIRED_BLANK_FILL;
    step.items.push({ subject: subject.column(item.col), address });
  }
}

/** Custodian's earlier rules of these highlights go; each highlight is one rule per address Excel can take. */
export async function applyHighlights(step: StepContext, sheet: Excel.Worksheet): Promise<void> {
  for (const stale of step.prepared.ownHighlights) stale.delete();
  for (const h of step.plan.highlights ?? []) {
    if ('remove' in h) continue;
    for (const ranges of rangeChunks(h.ranges)) {
      const address = ranges.join(',');
      await step.budget.reserve(address.length);
      const format = sheet.getRanges(address).conditionalFormats.add('Custom');
      format.custom.rule.formula = highlightFormula(h.id);
      format.custom.format.fill.color = h.color;
      step.items.push({ subject: subject.of('range', { range: ranges[0]! }), address });
    }
  }
}

/** Rows frozen with the sheet's frozen columns (Excel's freezeRows alone unfreezes columns; ExcelApi 1.7). */
export function freezeRows(step: StepContext, sheet: Excel.Worksheet, rows: number, columns = 0): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rangeAddress(1, 1, rows, columns));
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else sheet.freezePanes.unfreeze();
  step.items.push({ subject: rows === 1 ? subject.of('headerRow') : subject.of('topRows', { rows }) });
}

export function applyFilter(step: StepContext, sheet: Excel.Worksheet, filter: FilterRange | null): void {
  if (!filter) return sheet.autoFilter.remove();
  const address = rangeAddress(filter.firstRow, filter.firstCol, filter.lastRow, filter.lastCol);
  sheet.autoFilter.apply(sheet.getRange(address));
  step.items.push({ subject: subject.of('range', { range: address }), address });
}

/** Every cell unlocked, then the header rows and ID columns locked, then the sheet protected (ExcelApi 1.2). */
export function applyProtection(
  step: StepContext,
  sheet: Excel.Worksheet,
  protection: Protection,
  lifted: boolean,
): void {
  step.items.push({ subject: subject.of('sheet', { sheet: step.plan.sheet }) });
  if ('remove' in protection) {
    if (!lifted) sheet.protection.unprotect();
    return;
  }
  sheet.getRange().format.protection.locked = false;
  sheet.getRange(`1:${protection.headerRows}`).format.protection.locked = true;
  for (const col of protection.cols)
    sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.protection.locked = true;
  sheet.protection.protect({ ...PROTECTION_ALLOWS });
}

export async function writeMeta(step: StepContext): Promise<void> {
  const { context, prepared } = step;
  const exists = prepared.sheetNames.has(META_SHEET);
  // A new sheet starts with the header row; an existing one may be empty (lastRow 0) or have it.
  const changes = planMetaChanges(
    prepared.meta?.keyRows ?? new Map(),
    exists ? (prepared.meta?.lastRow ?? 0) : 1,
    prepared.metaChanges,
  );
  if (changes.writes.length === 0 && (changes.deletes.length === 0 || !exists)) return;
  let sheet: Excel.Worksheet;
  if (exists) sheet = context.workbook.worksheets.getItem(META_SHEET);
  else {
    sheet = context.workbook.worksheets.add(META_SHEET);
    sheet.visibility = 'Hidden';
    sheet.getRange('A1:B1').values = [META_HEADER];
    prepared.sheetNames.add(META_SHEET);
  }
  step.items.push({ subject: subject.of('hiddenSheet', { sheet: META_SHEET }) });
  for (const { row, cells } of changes.writes) {
    const inputs = [cells.map((cell) => toExcelInput(cell, PLAIN_CELL))];
    await step.budget.reserve(jsonBytes(inputs));
    sheet.getRange(`${row}:${row}`).clear('Contents');
    sheet.getRange(rangeAddress(row, 1, row, cells.length)).values = inputs;
  }
  for (const run of consecutiveRuns([...changes.deletes].sort((a, b) => a - b)).reverse()) {
    await step.budget.reserve(0);
    sheet.getRange(`${run.first}:${run.first + run.count - 1}`).delete('Up');
  }
}
