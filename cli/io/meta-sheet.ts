/**
 * Custodian's workbook-level key/value store in a file: a hidden sheet `_custodian`, row 1
 * `key | value`, then one row per key. A value longer than a cell holds (32,767 characters,
 * e.g. a long history) continues in columns C, D, …; reading joins them back.
 */
import type ExcelJS from 'exceljs';
import { cellText } from '../../shared/sheet/cell-value';
import { toCellValue } from './exceljs-cells';

export const META_SHEET = '_custodian';
const CELL_LIMIT = 32_767;

export function readMeta(workbook: ExcelJS.Workbook): Record<string, string> | undefined {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return undefined;
  const meta: Record<string, string> = {};
  sheet.eachRow((row, rowNumber) => {
    const key = cellText(toCellValue(row.getCell(1).value)).trim();
    if (!key || (rowNumber === 1 && key === 'key')) return;
    let value = '';
    for (let col = 2; col <= Math.max(2, row.cellCount); col++) value += cellText(toCellValue(row.getCell(col).value));
    meta[key] = value;
  });
  return meta;
}

/**
 * Merges `updates` into the stored meta (a value of '' removes the key, as in the reference host)
 * and rewrites the sheet (hidden, created when missing).
 */
export function writeMeta(workbook: ExcelJS.Workbook, updates: Record<string, string>): void {
  const merged: Record<string, string> = { ...(readMeta(workbook) ?? {}) };
  for (const [key, value] of Object.entries(updates)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  const existing = workbook.getWorksheet(META_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  sheet.addRow(['key', 'value']);
  for (const [key, value] of Object.entries(merged)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i += CELL_LIMIT) parts.push(value.slice(i, i + CELL_LIMIT));
    sheet.addRow([key, ...(parts.length ? parts : [''])]);
  }
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
  return Object.keys(meta ?? {}).some((key) => key.startsWith(HELPER_SHEET_KEY) && key.slice(HELPER_SHEET_KEY.length).toLowerCase() === lower);
}
