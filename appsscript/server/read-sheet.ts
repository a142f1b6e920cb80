/**
 * Reads a sheet in row chunks: the first call answers with the active (or named) sheet's size (A1 to its
 * last row and column with content), Custodian's meta and the first rows; the sidebar asks for the
 * rest by sheet name. Each chunk is five whole-range reads (values, formulas, number formats, notes,
 * rich text for links), whatever its number of rows.
 */
import { MAX_CELLS_PER_CALL, type ReadChunk, type ReadRequest } from './protocol';
import { HostError } from '../../shared/host/host';
import { readMeta } from './meta-sheet';
import { formatOrNull, linkUrls, SheetDates } from './sheets-values';
import { chunkExtras } from '../../shared/host/extras-ranges';
import { headerLook, sheetViewOf } from '../../shared/host/sheet-view';
import { sheetsColumnRules } from '../../shared/host/sheets-rules';
import { RULE_COLUMN_MARGIN } from '../../shared/sheet/own-rules';

type Range = GoogleAppsScript.Spreadsheet.Range;

export function readChunk(request: ReadRequest): ReadChunk {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // A later chunk carries the size the first call answered.
  const first = request.lastRow === undefined;
  const sheet = request.sheet === undefined ? spreadsheet.getActiveSheet() : spreadsheet.getSheetByName(request.sheet);
  const gone = first ? 'sheetMissing' : 'sheetRenamedWhileReading';
  if (!sheet) throw HostError.fixed('read', gone, { sheet: String(request.sheet) });
  const name = sheet.getName();
  const lastRow = first ? sheet.getLastRow() : (request.lastRow ?? 0);
  const lastColumn = first ? sheet.getLastColumn() : (request.lastColumn ?? 0);
  const firstRow = Math.max(1, request.firstRow);
  const maxCells = Math.min(MAX_CELLS_PER_CALL, Math.max(1, request.maxCells ?? MAX_CELLS_PER_CALL));
  const rows =
    lastColumn === 0
      ? 0
      : Math.max(0, Math.min(lastRow - firstRow + 1, Math.max(1, Math.floor(maxCells / lastColumn))));

  const chunk: ReadChunk = { sheet: name, lastRow, lastColumn, firstRow, values: [], formulas: [] };
  if (rows > 0) {
    const range = sheet.getRange(firstRow, 1, rows, lastColumn);
    const raw = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const dates = new SheetDates(spreadsheet.getSpreadsheetTimeZone());
    chunk.values = raw.map((row, i) => row.map((value, j) => dates.fromSheets(value, formats[i]![j])));
    formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (formula !== '') chunk.formulas.push([firstRow + i, j + 1, formula]);
      }),
    );
    if (firstRow <= 2 && firstRow + rows - 1 >= 2) chunk.columnFormats = formats[2 - firstRow]!.map(formatOrNull);
    const more = { formats: formats.map((r) => r.map(formatOrNull)), notes: range.getNotes() };
    const grids = { values: chunk.values, formulas, links: linkUrls(range), ...more };
    const extras = chunkExtras(firstRow, grids, chunk.columnFormats ?? request.columnFormats);
    if (extras.length > 0) chunk.extras = extras;
  }
  if (first) {
    chunk.meta = readMeta(spreadsheet);
    // The sheet's own frozen rows, filter and header look, so undoing set up gives them back.
    const range = sheet.getFilter()?.getRange();
    const filter = range && {
      rowIndex: range.getRow() - 1,
      columnIndex: range.getColumn() - 1,
      rowCount: range.getNumRows(),
      columnCount: range.getNumColumns(),
    };
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : null;
    const [fills, weights] = header ? [header.getBackgrounds()[0]!, header.getFontWeights()[0]!] : [[], []];
    const view = sheetViewOf(
      { rows: sheet.getFrozenRows(), columns: sheet.getFrozenColumns() },
      filter ?? null,
      fills.map((fill, i) => headerLook(fill, weights[i] === 'bold')),
    );
    if (view) chunk.view = view;
    const rules = sheetsColumnRules(
      (row, col, rows, cols) => sheet.getRange(row, col, rows, cols).getDataValidations(),
      {
        lastRow,
        maxRows: sheet.getMaxRows(),
        columns: Math.min(sheet.getMaxColumns(), lastColumn + RULE_COLUMN_MARGIN),
      },
      (range) => `'${(range as Range).getSheet().getName().replace(/'/g, "''")}'!${(range as Range).getA1Notation()}`,
      (date) => Utilities.formatDate(date as Date, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    );
    if (rules.length > 0) chunk.rules = rules;
  }
  return chunk;
}

/** Visible sheets in tab order: Custodian's helper sheets are hidden. */
export function visibleSheetNames(): string[] {
  const sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
  return sheets.filter((s) => !s.isSheetHidden()).map((s) => s.getName());
}
