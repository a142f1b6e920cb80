/**
 * Custodian's workbook-level key/value store in a file: the hidden sheet `_custodian` in the
 * layout every host shares (shared/host/meta-sheet.ts). The file host rewrites it whole.
 */
import type ExcelJS from 'exceljs';
import { cellText } from '../sheet/cell-value';
import { META_HEADER, META_SHEET, metaRow, readMetaRows } from '../host/meta-sheet';
import { toCellValue } from './exceljs-cells';

export { META_SHEET };

export function readMeta(workbook: ExcelJS.Workbook): Record<string, string> | undefined {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return undefined;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells = [cellText(toCellValue(row.getCell(1).value)).trim()];
    for (let col = 2; col <= Math.max(2, row.cellCount); col++)
      cells.push(cellText(toCellValue(row.getCell(col).value)));
    rows.push(cells);
  });
  return readMetaRows(rows);
}

/**
 * Merges `updates` into the stored meta (a value of '' removes the key, as in the reference host)
 * and rewrites the sheet (hidden, created when missing).
 */
export function writeMeta(workbook: ExcelJS.Workbook, updates: Readonly<Record<string, string>>): void {
  const merged: Record<string, string> = { ...(readMeta(workbook) ?? {}) };
  for (const [key, value] of Object.entries(updates)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  const existing = workbook.getWorksheet(META_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  addMetaSheet(workbook, merged);
}

/** The hidden `_custodian` sheet holding `meta`, added last (a streaming writer cannot take one out). */
export function addMetaSheet(workbook: ExcelJS.Workbook, meta: Readonly<Record<string, string>>): void {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  sheet.addRow(META_HEADER);
  for (const [key, value] of Object.entries(meta)) sheet.addRow(metaRow(key, value));
}

/** Meta key prefix naming a helper sheet (archive, log); see shared/merge/helper-sheet.ts. */
const HELPER_SHEET_KEY = 'helperSheet.header.';

/**
 * Sheets that are Custodian's own and never chosen by default as the sheet to govern (lower-cased):
 * `_custodian` and `_custodian_…` (e.g. the dropdown lists), and the helper sheets meta names in
 * `helperSheet.header.<sheet>` keys (the merge archive and log).
 */
export function isCustodianSheet(name: string, meta: Record<string, string> | undefined): boolean {
  const lower = name.toLowerCase();
  if (lower === META_SHEET || lower.startsWith(`${META_SHEET}_`)) return true;
  return Object.keys(meta ?? {}).some(
    (key) => key.startsWith(HELPER_SHEET_KEY) && key.slice(HELPER_SHEET_KEY.length).toLowerCase() === lower,
  );
}
