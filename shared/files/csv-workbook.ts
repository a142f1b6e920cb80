/**
 * A CSV file's sheet as the in-memory workbook (shared/plan/apply-plan.ts) a command's plans are
 * applied to before the file is written out, instead of an exceljs workbook: the snapshot's rows
 * become the sheet's without a copy and plans change them in place, so a million-row list is held
 * once. Applying and reading back follow the file host's exceljs path (cli/io), so the output is
 * the same either way.
 */
import type { CellValue } from '../sheet/cell-value';
import { csvFieldText, csvPreamble, formatCsv, type CsvWriteFormat } from '../sheet/csv-text';
import { isDateFormat } from '../sheet/excel-dates';
import { formatShowingTime, isoDateTimeToUtc } from '../sheet/typed-input';
import type { FormulaCell, SheetSnapshot } from '../sheet/snapshot';
import { cellAddress, parseRange } from '../sheet/a1';
import {
  applyPlan,
  emptySheet,
  findSheet,
  PlanApplyError,
  type MemorySheet,
  type MemoryWorkbook,
} from '../plan/apply-plan';
import { GENERAL_FORMAT, type NumberFormatChange, type Plan } from '../plan/plan';

/** The one-sheet workbook holding a CSV's snapshot; its rows are the snapshot's own, changed by plans. */
export function csvWorkbook(snapshot: SheetSnapshot): MemoryWorkbook {
  const sheet = emptySheet(snapshot.name);
  sheet.values = snapshot.values as CellValue[][];
  return { sheets: [sheet], meta: {} };
}

function formatAt(formats: readonly NumberFormatChange[], row: number, col: number): string | undefined {
  for (let i = formats.length - 1; i >= 0; i--) {
    const f = formats[i]!;
    if (f.col === col && row >= f.firstRow && row <= f.lastRow) return f.format;
  }
  return undefined;
}

/** The number format a cell was read with (a streamed .xlsx's cell style), when the workbook keeps one. */
export type CellFormatOf = (row: number, col: number) => string | undefined;

/**
 * The date format cell (row, col) shows, judged as cli/io/write-cell.ts judges an exceljs cell:
 * the plan's format for it, else the cell's own, else the column's (its row-2 cell's).
 */
function dateFormatAt(
  sheet: MemorySheet,
  planned: readonly NumberFormatChange[],
  row: number,
  col: number,
  readWith?: CellFormatOf,
) {
  const format =
    formatAt(planned, row, col) ??
    sheet.extras?.[cellAddress(row, col)]?.format ??
    formatAt(sheet.numberFormats, row, col) ??
    readWith?.(row, col) ??
    formatAt(sheet.numberFormats, 2, col) ??
    readWith?.(2, col);
  return format !== undefined && format !== GENERAL_FORMAT && isDateFormat(format) ? format : undefined;
}

/** What a CSV's workbook is written to: an .xlsx holds real dates and numbers, a CSV only text. */
export type CsvOutput = 'xlsx' | 'csv';

/**
 * Applies a plan to the CSV's workbook in place. As in the exceljs path, for an .xlsx output an edit
 * writing `yyyy-mm-dd` text (with a time of day) into a date column writes a real date, so Excel can
 * sort and filter it, in a format that shows the time; for a CSV output the text stays as it is.
 */
export function applyPlanToCsvWorkbook(
  workbook: MemoryWorkbook,
  plan: Plan,
  output: CsvOutput,
  readWith?: CellFormatOf,
): MemoryWorkbook {
  const sheet = output === 'xlsx' ? findSheet(workbook, plan.sheet) : undefined;
  const edits = plan.edits.map((edit) => {
    if (!sheet || typeof edit.after !== 'string') return edit;
    const shown = dateFormatAt(sheet, plan.numberFormats, edit.row, edit.col, readWith);
    const date = shown ? isoDateTimeToUtc(edit.after) : null;
    if (!shown || !date) return edit;
    const format = formatShowingTime(shown, edit.after);
    return format === shown ? { ...edit, after: date } : { ...edit, after: date, format };
  });
  return applyPlan(workbook, { ...plan, edits }, { inPlace: true });
}

/** The rows and columns holding something ('' counts as empty, as it does in a cell). */
export function usedExtent(values: readonly (readonly CellValue[])[]): { height: number; width: number } {
  let height = 0;
  let width = 0;
  values.forEach((row, r) => {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] === null || row[c] === '') continue;
      width = c + 1;
      break;
    }
    if (row.some((value) => value !== null && value !== '')) height = r + 1;
  });
  return { height, width };
}

/**
 * The sheet as the next step reads it, as the output holds it: for a CSV what writing it would store
 * (readSnapshot for a CSV); for an .xlsx its values, with real dates and each column's format. Either
 * with the workbook's Custodian data as the steps so far left it (the log sheet set up started, the
 * history), so that clean's log rows follow setup's instead of starting a new log.
 */
export function csvSnapshotOf(
  workbook: MemoryWorkbook,
  sheetName: string,
  output: CsvOutput,
  readWith?: CellFormatOf,
): SheetSnapshot {
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) throw new PlanApplyError('missingSheet', `The workbook has no sheet "${sheetName}"`);
  const { height, width } = usedExtent(sheet.values);
  const text = output === 'csv';
  let values: CellValue[][] = [];
  if (text)
    for (let r = 0; r < height; r++) {
      const source = sheet.values[r]!;
      const row = new Array<CellValue>(width);
      for (let c = 0; c < width; c++) {
        const value = source[c] ?? null;
        row[c] = value === null || value === '' ? null : csvFieldText(value);
      }
      values.push(row);
    }
  else {
    // The sheet's own rows, made the snapshot's shape in place ('' is an empty cell either way, and
    // no row holds anything right of the width): a million-row sheet is not held twice.
    for (const row of sheet.values) {
      for (let c = 0; c < row.length; c++) if (row[c] === '') row[c] = null;
      row.length = width;
      for (let c = 0; c < width; c++) row[c] ??= null;
    }
    values = sheet.values.slice(0, height);
  }
  // A streamed .xlsx keeps its formulas: clean must see them, as it never edits one.
  const formulas: FormulaCell[] = Object.entries(sheet.formulas).map(([address, formula]) => {
    const { top: row, left: col } = parseRange(address)!;
    return { row, col, formula };
  });
  const more = {
    ...(Object.keys(workbook.meta).length > 0 ? { meta: { ...workbook.meta } } : {}),
    ...(formulas.length > 0 ? { formulas: formulas.sort((a, b) => a.row - b.row || a.col - b.col) } : {}),
  };
  if (text) return { name: sheetName, values, textOnly: true, ...more };
  const columnFormats = Array.from({ length: width }, (_, c) => {
    const format = formatAt(sheet.numberFormats, 2, c + 1) ?? readWith?.(2, c + 1);
    return format === undefined || format === GENERAL_FORMAT ? null : format;
  });
  return { name: sheetName, values, columnFormats, realDates: true, ...more };
}

const CSV_CHUNK_ROWS = 10_000;

/**
 * The sheet as CSV text, a chunk of rows at a time (a million-row sheet is never one string):
 * a BOM first (so Excel reads Chinese correctly) and the `sep=` line when asked, then what formatCsv
 * writes of the used rows and columns.
 */
export function* csvChunks(workbook: MemoryWorkbook, sheetName: string, format: CsvWriteFormat): Generator<string> {
  const values = findSheet(workbook, sheetName)?.values ?? [];
  const { height, width } = usedExtent(values);
  yield csvPreamble(format);
  for (let r = 0; r < height; r += CSV_CHUNK_ROWS) {
    const rows = values.slice(r, Math.min(height, r + CSV_CHUNK_ROWS)).map((row) => row.slice(0, width));
    yield formatCsv(rows, format);
  }
}
