/**
 * Applies a plan to a loaded workbook (exceljs), in the order of shared/plan/plan.ts: backup, sheets,
 * insertRows, edits, deleteRows, numberFormats, validations, required, highlights, freezeRows, filter,
 * protection, meta.
 * Row numbering follows the reference host (shared/plan/apply-plan.ts); unlike it, and like Excel, references in
 * formulas, validations and conditional formats follow moved rows. A CSV input gets every part; a .csv keeps values.
 */
import type ExcelJS from 'exceljs';
import { sameCell } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import type { ApplyResult } from '../../shared/host/host';
import { checkRowNumbers, missingSheetError, PlanApplyError } from '../../shared/plan/apply-plan';
import { executePlanSync } from '../../shared/plan/execute-plan';
import type { PlanWriter } from '../../shared/plan/plan-writer';
import type { Plan, RowContent, SheetWrite } from '../../shared/plan/plan';
import {
  applyFilter,
  applyFreeze,
  applyNumberFormats,
  applyRequired,
  applyValidations,
  FormattingTarget,
  lastValueRow,
} from '../../shared/files/xlsx-formatting';
import { applyHighlights } from '../../shared/files/xlsx-highlights';
import { applyProtection } from '../../shared/files/xlsx-protection';
import { formulaValue, isFormulaCell, toCellValue } from '../../shared/files/exceljs-cells';
import { removeNote } from '../../shared/files/exceljs-gaps';
import type { LoadedWorkbook } from './loaded-workbook';
import { writeMeta } from '../../shared/files/workbook-meta';
import { metaWithFootprints } from '../../shared/files/footprint-meta';
import { footprintOfDeletion, giveFootprintBack, type RowFootprint } from '../../shared/files/row-footprint';
import { footprintKeeping } from '../../shared/history/row-footprints';
import { deleteRows, openRows } from './move-rows';
import { DateFormats, writeCellValue, writeEditedCell } from '../../shared/files/write-cell';
import { writeCellExtras } from '../../shared/files/cell-extras';
import { copyWorksheet } from './copy-worksheet';
import { dropStaleResults } from '../../shared/files/stale-results';

export interface ApplyOptions {
  /** Check each edit's `before` against the cell first (PlanApplyError 'mismatch'), as the reference host does. */
  verify?: boolean;
  textOnly?: boolean; // written out as a CSV: date text stays text, not real dates
}

function clearSheet(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
      removeNote(cell);
    });
  });
}

function writeHelperSheet(workbook: ExcelJS.Workbook, write: SheetWrite): void {
  const state = write.hidden ? 'hidden' : 'visible';
  let sheet = workbook.getWorksheet(write.name);
  if (sheet && write.mode === 'create') return;
  if (!sheet) sheet = workbook.addWorksheet(write.name, { state });
  else sheet.state = state;
  let next = 1;
  if (write.mode === 'replace') clearSheet(sheet);
  else next = lastValueRow(sheet) + 1;
  write.rows.forEach((values, r) => {
    const row = sheet.getRow(next++);
    const formulas = write.formulas?.[r];
    const extras = write.extras?.[r];
    values.forEach((value, i) => {
      const formula = formulas?.[i] ?? null;
      // A string is a value, never a formula: exceljs only makes formulas from {formula} objects.
      if (formula !== null) row.getCell(i + 1).value = formulaValue(formula, value);
      else if (value !== null) row.getCell(i + 1).value = value;
      const more = extras?.[i];
      if (more) writeCellExtras(row.getCell(i + 1), more);
    });
  });
}

/** The nearest data row (not the header, not a new row) whose cell styles a new row copies. */
function styleSource(sheet: ExcelJS.Worksheet, row: number, inserted: Set<number>): ExcelJS.Row | undefined {
  for (let r = row - 1; r >= 2; r--) if (!inserted.has(r)) return sheet.findRow(r);
  for (let r = row + 1; r <= sheet.rowCount; r++) if (!inserted.has(r)) return sheet.findRow(r);
  return undefined;
}

function withoutFormat(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const { numFmt: _numFmt, ...rest } = style;
  return rest;
}

function insertRows(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  rows: readonly RowContent[],
  dates: DateFormats,
): void {
  openRows(
    workbook,
    sheet,
    rows.map((r) => r.row),
  );
  const inserted = new Set(rows.map((r) => r.row));
  for (const content of rows) {
    const row = sheet.getRow(content.row);
    styleSource(sheet, content.row, inserted)?.eachCell({ includeEmpty: true }, (cell, col) => {
      row.getCell(col).style = cell.style;
    });
    const width = Math.max(content.values.length, content.formulas?.length ?? 0, content.extras?.length ?? 0);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const value = content.values[c - 1] ?? null;
      const formula = content.formulas?.[c - 1] ?? null;
      const more = content.extras?.[c - 1];
      // A row carrying its formats keeps none of its neighbour's where it had none, and its own (General
      // too) goes first: it decides whether yyyy-mm-dd text goes in as a date.
      if (content.extras && !more?.format && cell.numFmt) cell.style = withoutFormat(cell.style);
      if (more?.format) cell.style = { ...cell.style, numFmt: more.format };
      // A row carrying its formats is given back as it was: its text stays text, whatever the column shows now.
      const keepText = content.extras !== undefined && typeof value === 'string';
      if (formula !== null) cell.value = formulaValue(formula, value);
      else if (value !== null)
        writeCellValue(cell, value, keepText ? undefined : dates.formatFor(cell, content.row, c));
      if (more) writeCellExtras(cell, more);
    }
  }
}

function applyEdits(sheet: ExcelJS.Worksheet, plan: Plan, dates: DateFormats, verify: boolean): void {
  for (const edit of plan.edits) {
    const cell = sheet.getRow(edit.row).getCell(edit.col);
    const address = cellAddress(edit.row, edit.col);
    if (isFormulaCell(cell)) {
      throw new PlanApplyError(
        'formulaEdit',
        `The plan edits ${sheet.name}!${address}, which holds the formula =${cell.formula}; Custodian never overwrites formulas`,
      );
    }
    if (verify && !sameCell(toCellValue(cell.value), edit.before)) {
      throw new PlanApplyError(
        'mismatch',
        `${sheet.name}!${address} holds ${String(toCellValue(cell.value))}, the plan expected ${String(edit.before)}`,
      );
    }
    writeEditedCell(cell, edit, dates);
  }
}

/** An exceljs workbook as a writer of the plan driver's primitives; all in memory, so no formula read ahead. */
function fileWriter(workbook: ExcelJS.Workbook, plan: Plan, options: ApplyOptions): PlanWriter {
  let sheet: ExcelJS.Worksheet | undefined;
  let dates: DateFormats | undefined;
  let formatting: FormattingTarget | undefined;
  let footprint: RowFootprint | undefined;
  const keeping = footprintKeeping(plan);
  const target = () => sheet!;
  // Read before the first row moves: the footprint's rows are numbered as the sheet is before the plan.
  const keepFootprint = () => {
    if (keeping && !footprint) footprint = footprintOfDeletion(workbook, target(), keeping.rows);
  };
  // Formats and validations cover the rows in use once rows have moved.
  const formattingTarget = () => (formatting ??= new FormattingTarget(target()));
  return {
    blockStrategy: null,
    prepare(work) {
      if (!work.touchesTarget) return;
      sheet = workbook.getWorksheet(plan.sheet);
      if (!sheet) throw missingSheetError(plan.sheet, 'changes');
      checkRowNumbers(plan.insertRows, 'inserts');
      checkRowNumbers(plan.deleteRows, 'deletes');
      dates = new DateFormats(sheet, plan.numberFormats, options.textOnly);
    },
    copySheet(backup) {
      const source = workbook.getWorksheet(plan.sheet);
      if (!source) throw missingSheetError(plan.sheet, 'backs up');
      copyWorksheet(workbook, source, backup.name, 'hidden');
    },
    writeSheets: (writes) => writes.forEach((write) => writeHelperSheet(workbook, write)),
    deleteSheets: (names) => names.forEach((name) => workbook.removeWorksheet(name)),
    insertRows(rows) {
      keepFootprint();
      insertRows(workbook, target(), rows, dates!);
    },
    // In plan order: with `verify`, a second edit of a cell expects the first one's value.
    writeEdits: () => applyEdits(target(), plan, dates!, options.verify ?? false),
    deleteRows(rows) {
      keepFootprint();
      deleteRows(
        workbook,
        target(),
        rows.map((r) => r.row),
      );
    },
    setNumberFormats: (changes) => applyNumberFormats(formattingTarget(), changes),
    setValidations: (validations) => applyValidations(formattingTarget(), validations),
    setRequired: (required) => applyRequired(formattingTarget(), required),
    setHighlights: (highlights) => applyHighlights(target(), highlights),
    freezeRows: (rows, columns) => applyFreeze(target(), rows, columns),
    setFilter: (filter) => applyFilter(target(), filter),
    setProtection: (protection) => applyProtection(target(), protection),
    giveFootprintsBack: (footprints) => footprints.forEach((f) => giveFootprintBack(workbook, f)),
    writeMeta: (changes) => writeMeta(workbook, metaWithFootprints({ ...plan, meta: changes }, footprint)),
    stepError: (_step, error) => (error instanceof Error ? error : new Error(String(error))),
  };
}

export function applyPlanToWorkbook(
  loaded: Pick<LoadedWorkbook, 'workbook'>,
  plan: Plan,
  options: ApplyOptions = {},
): ApplyResult {
  const workbook = loaded.workbook;
  const result = executePlanSync(plan, fileWriter(workbook, plan, options));
  // Cached formula results may be stale after edits and moved rows: Excel recomputes on open, and
  // readers that do not (LibreOffice) recalculate the formulas left without a result.
  if (plan.backup || plan.sheets.length + plan.insertRows.length + plan.edits.length + plan.deleteRows.length > 0) {
    workbook.calcProperties.fullCalcOnLoad = true;
  }
  if (plan.insertRows.length + plan.edits.length + plan.deleteRows.length > 0) {
    dropStaleResults(workbook, {
      sheet: plan.sheet,
      cells: plan.edits,
      rowsMoved: plan.insertRows.length + plan.deleteRows.length > 0,
    });
  }
  return result;
}
