/**
 * The grid itself: Sheets refuses a range past a sheet's last row or column (Excel's grid is
 * fixed), so writes grow the sheet first; inserting a sheet activates it, so the user's sheet is
 * made active again.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Grows the sheet to at least `rows` rows and `cols` columns. */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Adds a sheet at the end, hidden or not, leaving the active sheet as it was. */
export function insertSheet(spreadsheet: Spreadsheet, name: string, hidden: boolean): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  if (active) spreadsheet.setActiveSheet(active);
  if (hidden) sheet.hideSheet();
  return sheet;
}

/** Inserts `count` blank rows so the first of them is row `first` (past the end: the sheet grows). */
export function insertRowsAt(sheet: Sheet, first: number, count: number): void {
  const maxRows = sheet.getMaxRows();
  if (first <= maxRows) sheet.insertRowsBefore(first, count);
  else sheet.insertRowsAfter(maxRows, first - 1 - maxRows + count);
}
