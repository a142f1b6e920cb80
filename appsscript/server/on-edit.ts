/**
 * Auto-govern in Google Sheets: the simple `onEdit` trigger (no authorisation beyond the add-on's
 * `spreadsheets.currentonly`). When the workbook's switch names the edited sheet, the edited rows
 * are read back, planned by the core (operations/entry.ts) and written with the server's plan
 * writer. Script writes raise no onEdit, so Custodian's own writes never come back here. A document
 * lock keeps two quick edits from taking the same ID; an edit that cannot be governed stays as typed.
 */
import { autoGovernedSheet, highestIdNumber, planEntry, type EntryChange } from '../../shared/operations/entry';
import type { CellValue } from '../../shared/sheet/cell-value';
import { META_KEYS } from '../../shared/operations/meta-keys';
import { reviveDate } from '../../shared/plan/plan-json';
import type { Template } from '../../shared/template/schema';
import type { FormulaCell } from '../../shared/sheet/snapshot';
import { readMeta } from './meta-sheet';
import { formatOrNull, SheetDates } from './sheets-values';
import { writePlan } from './write-plan';

/** A paste taller than this is left to Clean (a simple trigger has 30 seconds). */
export const MAX_EDIT_ROWS = 5_000;
const LOCK_WAIT_MS = 10_000;

export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = event?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const meta = readMeta(SpreadsheetApp.getActiveSpreadsheet());
  if (autoGovernedSheet(meta) !== sheet.getName()) return;
  const firstRow = Math.max(2, range.getRow());
  const lastRow = Math.min(firstRow + range.getNumRows() - 1, sheet.getLastRow());
  if (lastRow < firstRow || lastRow - firstRow >= MAX_EDIT_ROWS) return;

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return;
  try {
    const firstCol = range.getColumn();
    governRows(sheet, firstRow, lastRow, { firstCol, lastCol: firstCol + range.getNumColumns() - 1 });
  } finally {
    lock.releaseLock();
  }
}

function governRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  lastRow: number,
  cols: { firstCol: number; lastCol: number },
): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Read after taking the lock: an edit governed just before may have moved the counter.
  const meta = readMeta(spreadsheet);
  const width = sheet.getLastColumn();
  const dates = new SheetDates(spreadsheet.getSpreadsheetTimeZone());
  const cell = (value: unknown, format: unknown) => reviveDate(dates.fromSheets(value, format)) as CellValue;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const range = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width);
  const raw = range.getValues();
  const formulaText = range.getFormulas();
  const formats = range.getNumberFormats();
  const formulas: FormulaCell[] = [];
  formulaText.forEach((row, i) =>
    row.forEach((formula, j) => {
      if (formula !== '') formulas.push({ row: firstRow + i, col: j + 1, formula });
    }),
  );
  const change: EntryChange = {
    sheet: sheet.getName(),
    header: header.map((value) => cell(value, null)),
    rows: raw.map((row, i) => ({
      row: firstRow + i,
      values: row.map((value, j) => cell(value, formats[i]![j])),
    })),
    ...cols,
    formulas,
    columnFormats: formats[0]!.map(formatOrNull),
    meta,
  };
  const options = { template: storedTemplate(meta) };
  let result = planEntry(change, options);
  if (result.newIdRows.length > 0 && result.idColumn) {
    // New customers: numbered after every ID in the sheet, not only the counter (a typed ID may be higher).
    const { col, prefix } = result.idColumn;
    const ids = sheet.getRange(2, col, sheet.getLastRow() - 1, 1).getValues();
    result = planEntry(
      {
        ...change,
        highestId: highestIdNumber(
          ids.map((row) => cell(row[0], null)),
          prefix,
        ),
      },
      options,
    );
  }
  if (result.plan.edits.length > 0) writePlan(result.plan);
}

/**
 * The workbook's template as stored: it was checked against the schema when the sidebar or the CLI
 * saved it, and the server bundle has no zod to check it again (appsscript/server/zod-stand-in.ts).
 */
function storedTemplate(meta: Readonly<Record<string, string>>): Template | undefined {
  const json = meta[META_KEYS.template];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as Template;
  } catch {
    return undefined;
  }
}
