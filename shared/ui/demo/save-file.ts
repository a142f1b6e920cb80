/**
 * The demo's in-memory workbook → .xlsx bytes: every sheet (the archive and log too; hidden ones
 * hidden), values with formulas and real dates, and what Custodian set on them (number formats,
 * rules at entry, required marks, frozen header, filter, protection) written by the same code as the CLI's.
 * Custodian's meta goes to the hidden `_custodian` sheet, so the CLI and add-in read it back.
 * Runs in the file worker (file-worker.ts): it brings exceljs.
 */
import ExcelJS from 'exceljs';
import { formulaValue } from '../../files/exceljs-cells';
import { writeCellExtras } from '../../files/cell-extras';
import { writeMeta } from '../../files/workbook-meta';
import {
  applyFilter,
  applyFreeze,
  applyNumberFormats,
  applyRequired,
  applyValidations,
  FormattingTarget,
} from '../../files/xlsx-formatting';
import { applyProtection } from '../../files/xlsx-protection';
import { applyHighlights } from '../../files/xlsx-highlights';
import type { MemorySheet, MemoryWorkbook } from '../../plan/apply-plan';

function writeSheet(workbook: ExcelJS.Workbook, sheet: MemorySheet): void {
  const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
  sheet.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value !== null && value !== '') row.getCell(c + 1).value = value;
    });
  });
  // A formula cell keeps its last computed value as the cached result; Excel recomputes on open.
  for (const [address, formula] of Object.entries(sheet.formulas)) {
    const cell = ws.getCell(address);
    cell.value = formulaValue(formula, sheet.values[Number(cell.row) - 1]?.[Number(cell.col) - 1] ?? null);
  }
  const target = new FormattingTarget(ws);
  applyNumberFormats(target, sheet.numberFormats);
  // After the column formats, so a cell's own format (and its link and note) wins.
  for (const [address, extras] of Object.entries(sheet.extras ?? {})) writeCellExtras(ws.getCell(address), extras);
  applyValidations(target, sheet.validations);
  applyRequired(target, sheet.required);
  if (sheet.freezeRows !== undefined) applyFreeze(ws, sheet.freezeRows);
  if (sheet.filter) applyFilter(ws, sheet.filter);
  // Custodian's highlights as the file host writes them, so a saved workbook keeps them.
  if (sheet.highlights)
    applyHighlights(
      ws,
      Object.entries(sheet.highlights).map(([id, h]) => ({ id, ...h })),
    );
  if (sheet.protection) applyProtection(ws, sheet.protection);
}

/** `active` is the sheet Excel opens on (the one on screen). */
export async function workbookBytes(workbook: MemoryWorkbook, active?: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Custodian';
  for (const sheet of workbook.sheets) writeSheet(book, sheet);
  if (Object.keys(workbook.meta).length > 0) writeMeta(book, workbook.meta);
  const activeTab = Math.max(
    0,
    workbook.sheets.findIndex((s) => s.name === active),
  );
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  book.calcProperties.fullCalcOnLoad = workbook.sheets.some((s) => Object.keys(s.formulas).length > 0);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
