/**
 * Custodian's meta in the hidden sheet `_custodian`, in the layout of shared/host/meta-sheet.ts
 * (without the header row, and with chunks of META_CHUNK_CHARS: a Sheets cell holds 50,000
 * characters). A removed key's row is cleared, not deleted (Sheets refuses to delete a sheet's
 * last row). Read with one getValues; written one row per key.
 */
import { META_SHEET, metaKeyRows, planMetaChanges, readMetaRows } from '../../shared/host/meta-sheet';
import { PLAIN_CELL } from '../../shared/sheet/typed-input';
import type { SheetDates } from './sheets-values';
import { ensureSize, insertSheet } from './sheet-shape';

export const META_CHUNK_CHARS = 45_000;

export function readMeta(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, string> {
  const sheet = spreadsheet.getSheetByName(META_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return {};
  return readMetaRows(sheet.getDataRange().getValues());
}

/** Writes changed keys in place or below the last one, and clears removed keys' rows. */
export function writeMeta(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  changes: Readonly<Record<string, string>>,
  dates: SheetDates,
): void {
  let sheet = spreadsheet.getSheetByName(META_SHEET);
  if (!sheet) {
    if (Object.values(changes).every((value) => value === '')) return;
    sheet = insertSheet(spreadsheet, META_SHEET, true);
  }
  const lastRow = sheet.getLastRow();
  const keys = metaKeyRows(lastRow > 0 ? sheet.getRange(1, 1, lastRow, 1).getValues() : []);
  const { writes, deletes } = planMetaChanges(keys, lastRow, changes, META_CHUNK_CHARS);
  for (const row of deletes) sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).clearContent();
  for (const { row, cells } of writes) {
    // One setValues as wide as the sheet: a shorter value also blanks what a longer one left.
    const width = Math.max(cells.length, sheet.getLastColumn());
    const inputs = Array.from({ length: width }, (_, i) =>
      i < cells.length ? dates.toSheets(cells[i]!, PLAIN_CELL) : '',
    );
    ensureSize(sheet, row, width);
    sheet.getRange(row, 1, 1, width).setValues([inputs]);
  }
}
