/**
 * The demo's in-memory workbook → .xlsx bytes: every sheet (the archive and log too; hidden ones
 * hidden), values with formulas and real dates, and what Custodian set on them (number formats,
 * rules at entry, required marks, frozen header, filter, protection) written by the same code as the
 * CLI's (shared/files/write-memory-workbook.ts, which streams a cleaned CSV's .xlsx).
 * Custodian's meta goes to the hidden `_custodian` sheet, so the CLI and add-in read it back.
 * Runs in the file worker (file-worker.ts): it brings exceljs.
 */
import ExcelJS from 'exceljs';
import { writeMemoryWorkbook } from '../../files/write-memory-workbook';
import type { MemoryWorkbook } from '../../plan/apply-plan';

/** `active` is the sheet Excel opens on (the one on screen). */
export async function workbookBytes(workbook: MemoryWorkbook, active?: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Custodian';
  await writeMemoryWorkbook(book, workbook);
  const activeTab = Math.max(
    0,
    workbook.sheets.findIndex((s) => s.name === active),
  );
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  book.calcProperties.fullCalcOnLoad = workbook.sheets.some((s) => Object.keys(s.formulas).length > 0);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
