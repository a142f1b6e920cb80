/**
 * Custodian's workbook meta in a hidden sheet `_custodian`, laid out as in the Excel host
 * (addin/meta-sheet.ts): one key per row, the key in column A and the value in B, continued in
 * C, D … past META_CHUNK_CHARS (a Sheets cell holds at most 50,000 characters). A value of ''
 * removes the key (as in plan/apply-plan.ts): its row is cleared, not deleted (Sheets refuses to
 * delete a sheet's last row), and blank rows are skipped. Read with one getValues; written one row per key.
 */
import { PLAIN_CELL, type SheetDates } from './sheets-values';
import { ensureSize, insertSheet } from './sheet-shape';

export const META_SHEET = '_custodian';
export const META_CHUNK_CHARS = 45_000;

export function readMeta(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, string> {
  const sheet = spreadsheet.getSheetByName(META_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return {};
  return metaFromRows(sheet.getDataRange().getValues());
}

/** Key/value rows -> meta; blank keys are skipped, a later row wins. */
export function metaFromRows(rows: readonly (readonly unknown[])[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const row of rows) {
    const key = row[0];
    if (key === '' || key === null || key === undefined) continue;
    meta[String(key)] = row
      .slice(1)
      .map((part) => (part === null || part === undefined ? '' : String(part)))
      .join('');
  }
  return meta;
}

function metaRow(key: string, value: string): string[] {
  const row = [key];
  for (let i = 0; i < value.length; i += META_CHUNK_CHARS) row.push(value.slice(i, i + META_CHUNK_CHARS));
  return row;
}

/** Writes changed keys in place or below the last one, and deletes removed keys' rows. */
export function writeMeta(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, changes: Readonly<Record<string, string>>, dates: SheetDates): void {
  const entries = Object.entries(changes);
  if (entries.length === 0) return;
  let sheet = spreadsheet.getSheetByName(META_SHEET);
  if (!sheet) {
    if (entries.every(([, value]) => value === '')) return;
    sheet = insertSheet(spreadsheet, META_SHEET, true);
  }
  const lastRow = sheet.getLastRow();
  const keys = lastRow > 0 ? sheet.getRange(1, 1, lastRow, 1).getValues() : [];
  const rowOf = new Map<string, number>();
  keys.forEach((cells, i) => {
    if (cells[0] !== '' && cells[0] !== null) rowOf.set(String(cells[0]), i + 1);
  });
  let next = lastRow + 1;
  for (const [key, value] of entries) {
    const row = rowOf.get(key);
    if (value === '') {
      if (row !== undefined) sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).clearContent();
      rowOf.delete(key);
      continue;
    }
    const cells = metaRow(key, value).map((cell) => dates.toSheets(cell, PLAIN_CELL));
    const at = row ?? next++;
    ensureSize(sheet, at, cells.length);
    if (row !== undefined && sheet.getLastColumn() > cells.length) sheet.getRange(at, cells.length + 1, 1, sheet.getLastColumn() - cells.length).clearContent();
    sheet.getRange(at, 1, 1, cells.length).setValues([cells]);
    rowOf.set(key, at);
  }
}
