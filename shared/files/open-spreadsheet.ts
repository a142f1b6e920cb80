/**
 * The bytes of an .xlsx or CSV file (judged by content, not extension) → an exceljs workbook and
 * the governed sheet's snapshot for the core. Every problem with the file itself is a
 * FileInputError naming the file, sheet or column. The CLI reads the bytes from disk, the demo
 * page from the File API; neither writes anything here.
 */
import ExcelJS from 'exceljs';
import { headerProblems } from '../sheet/header-row';
import type { SheetSnapshot } from '../sheet/snapshot';
import { csvFieldText } from '../sheet/csv-text';
import type { Template } from '../template/schema';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { headerRowBelow, type HeaderBelow } from '../operations/customer-list';
import { readBelowTitle } from '../operations/read-below-title';
import { storedTemplate } from '../operations/options';
import { chooseSheet, judgeSheet, type SheetChoice } from './choose-sheet';
import { detectFileKind } from './file-kind';
import { displayName, fileError, headerProblemError, FileInputError } from './file-input-error';
import { snapshotFromCsvRows, workbookFromCsvSnapshot } from './csv-sheet';
import { parseCsv, type CsvFormat } from './parse-csv';
import { CELL_HEAP_BYTES, FIELD_HEAP_BYTES, heapMegabytesFor, rowsThatFit, type ReadLimits } from './read-limits';
import { columnFormatsOfRow, fillMergesDown, snapshotFromSheet } from './read-worksheet';
import { readMeta } from './workbook-meta';
import { scanXlsx, type XlsxExcess } from './xlsx-scan';
import { compactValidations } from './compact-validations';
import { holdsMacros } from './macro-parts';
import { HiddenLinesReader, hiddenInLook, hiddenInWorksheet, type HiddenLines } from './hidden-lines';
import { readableByExceljs } from './exceljs-readable';
import { rememberNormalFont } from './normal-font';
import { noWorkbook, readXlsxSnapshot, snapshotLimits } from './xlsx-snapshot';
import { readXlsxMemoryWorkbook, type CellStyleReader, type StreamedWorkbook } from './xlsx-memory-workbook';
import type { FileText } from './file-messages';

export interface OpenOptions {
  /** The sheet to govern (exact name, else case-insensitive). Ignored for CSV files. */
  sheet?: string;
  /** The template sheets are judged against when choosing one (default: stored, else built-in). */
  template?: Template;
  /** How much to read before refusing the file. */
  limits: ReadLimits;
  /**
   * The caller never writes this workbook back, so rules at entry are not loaded: exceljs expands each
   * validation range into one entry per cell, which on a governed sheet costs more than its values.
   */
  readOnly?: boolean;
  /**
   * The caller holds a CSV only as its snapshot: it never reads the CSV's `workbook` nor writes its
   * rows as exceljs cells (check, dedupe, report to the terminal or .html, export to .csv), so the
   * larger field budget applies instead of the cell budget. An .xlsx is then streamed into the
   * snapshot (xlsx-snapshot.ts) and its `workbook` throws.
   */
  snapshotOnly?: boolean;
  /** A CSV is held only as its snapshot and an .xlsx loaded as usual (clean writes a CSV from memory): the field budget for a CSV. */
  csvSnapshotOnly?: boolean;
  /**
   * An .xlsx over the cell budget is streamed into an in-memory workbook (`streamed`) under the field
   * budget instead of being refused: clean writes it out without an exceljs model of it.
   */
  streamLargeXlsx?: { readCellStyles: CellStyleReader };
  /** The workbook to load an .xlsx into (the CLI prepares one to keep defined names as written). */
  workbook?: ExcelJS.Workbook;
  /**
   * The caller never changes the governed sheet (check, dedupe, report, export): a header below a
   * title is read where it is (read-below-title.ts) instead of refused.
   */
  listUnchanged?: boolean;
  /**
   * The caller moves a header below a title up to row 1 before it changes the sheet (clean, merge):
   * the snapshot is the sheet as it is, and `headerToLift` says where the header is.
   */
  liftHeader?: boolean;
}

export interface OpenedSpreadsheet {
  kind: 'xlsx' | 'csv';
  workbook: ExcelJS.Workbook;
  /** The sheet being governed; for a CSV file, its base name made into a valid sheet name. */
  sheetName: string;
  snapshot: SheetSnapshot;
  /** How the CSV input was written (encoding, BOM, delimiter, line ending); absent for xlsx. */
  csv?: CsvFormat;
  sheetChoice: SheetChoice;
  /**
   * False while a CSV's workbook has not been built: it is built from the snapshot the first time
   * `workbook` is read. Absent for .xlsx, whose workbook is the file.
   */
  readonly workbookBuilt?: boolean;
  /** An .xlsx too large for exceljs, read with streamLargeXlsx: its sheets in memory; `workbook` then throws. */
  streamed?: StreamedWorkbook;
  /** Set when the header is below row 1 and the list was read from there (`listUnchanged`). */
  headerBelow?: HeaderBelow;
  /** Set when the header is below row 1 and the caller lifts it (`liftHeader`): the snapshot is the sheet as it is. */
  headerToLift?: HeaderBelow;
  /** The .xlsx holds macros (an .xlsm's VBA project), which a workbook written from `workbook` lacks. */
  macros?: true;
  /** The rows and columns of the list the .xlsx hides (hidden-lines.ts); absent when none. */
  hidden?: HiddenLines;
}

/** A CSV file's sheet: its base name, made valid for Excel (31 characters, no []:*?/\). */
export function sheetNameForFile(file: string): string {
  const base = displayName(file).replace(/(?<=.)\.[^.]*$/, '');
  const cleaned = base
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet1' : cleaned;
}

/**
 * The governed sheet as it is now in the workbook (after any plans applied), for the core. With an
 * `output`, as the file written from it holds it: an .xlsx real dates (`realDates`: date text in a
 * date column is not yet canonical there), a CSV text.
 */
export function readSnapshot(
  loaded: {
    workbook: ExcelJS.Workbook;
    sheetName: string;
    kind: 'xlsx' | 'csv';
  },
  output?: 'xlsx' | 'csv',
): SheetSnapshot {
  const sheet = loaded.workbook.getWorksheet(loaded.sheetName);
  if (!sheet) throw new Error(`Sheet "${loaded.sheetName}" is no longer in the workbook`);
  if (loaded.kind === 'xlsx') {
    const snapshot = snapshotFromSheet(sheet, readMeta(loaded.workbook));
    return output === 'xlsx' ? { ...snapshot, realDates: true } : snapshot;
  }
  // A CSV holds text only: the snapshot shows what writing it back would store, with the Custodian
  // data plans applied so far gave the workbook (clean's log rows follow set up's).
  const snapshot = snapshotFromSheet(sheet, undefined);
  const meta = readMeta(loaded.workbook);
  // Written to an .xlsx, its values are the cells' own, in columns of their formats.
  if (output === 'xlsx') {
    const { name, values, columnFormats } = snapshot;
    return { name, values, ...(columnFormats ? { columnFormats } : {}), realDates: true, ...(meta ? { meta } : {}) };
  }
  return {
    name: snapshot.name,
    values: snapshot.values.map((row) => row.map((v) => (v === null ? null : csvFieldText(v)))),
    textOnly: true,
    ...(meta ? { meta } : {}),
  };
}

interface HeaderCheck {
  file: string;
  options: Pick<OpenOptions, 'template' | 'listUnchanged' | 'liftHeader'>;
  sheet?: string;
  others?: string[];
  /** The column formats as a row shows them (the row under a header below a title). */
  formatsOfRow?: (row: number) => (string | null)[];
}

/**
 * The snapshot the commands read: as read when row 1 is its header; with a header below a title,
 * read from there when the caller leaves the sheet as it is, else refused (a title read as the header
 * would make every command misread the sheet).
 */
function checkHeader(
  snapshot: SheetSnapshot,
  { file, options, sheet, others, formatsOfRow }: HeaderCheck,
): { snapshot: SheetSnapshot; headerBelow?: HeaderBelow; headerToLift?: HeaderBelow } {
  const template = options.template ?? storedTemplate(snapshot) ?? DEFAULT_TEMPLATE;
  const below = headerRowBelow(snapshot.values, template);
  // A blank row 1 over a header (a table drawn from B2) is no missing header: read from that header.
  const problems = headerProblems(snapshot.values).filter((p) => !(below && p.code === 'sheet.noHeader'));
  const error = headerProblemError(problems, file, sheet, others);
  if (error) throw error;
  if (!below) return { snapshot };
  if (options.listUnchanged)
    return { snapshot: readBelowTitle(snapshot, below, formatsOfRow?.(below.row + 1)), headerBelow: below };
  if (options.liftHeader) return { snapshot, headerToLift: below };
  const params = { file: displayName(file), sheet, ...below };
  throw fileError('sheet.headerBelow', { key: 'headerBelow', params }, file);
}

function tooLarge(excess: XlsxExcess, name: string, size: number, limits: ReadLimits, csvFits = false): FileText {
  switch (excess.limit) {
    case 'textBytes':
      return { key: 'longText', params: { file: name, limit: limits.textBytes, part: excess.part } };
    case 'cells': {
      // Clean holds a CSV as its snapshot alone, under the larger field budget.
      const csvFields = csvFits ? { csvFields: limits.fields } : {};
      return { key: 'tooManyCells', params: { file: name, limit: limits.cells, ...csvFields } };
    }
    case 'strings':
      return { key: 'tooManyStrings', params: { file: name, limit: limits.cells } };
    case 'fileBytes':
      return { key: 'unpacksTooLarge', params: { file: name, size, limit: limits.fileBytes } };
  }
}

async function openXlsx(bytes: Uint8Array, file: string, options: OpenOptions): Promise<OpenedSpreadsheet> {
  const name = displayName(file);
  const look = options.snapshotOnly ? new HiddenLinesReader() : undefined;
  const streamed = options.snapshotOnly ? await readXlsxSnapshot(bytes, file, options, look) : undefined;
  if (streamed && 'excess' in streamed)
    throw fileError('file.tooLarge', tooLarge(streamed.excess, name, bytes.length, streamed.limits), file);
  if (streamed) {
    const { others, formatsOfRow, sheetName } = streamed;
    const read = checkHeader(streamed.snapshot, { file, options, sheet: sheetName, others, formatsOfRow });
    const { others: _, book: _book, sheet: _sheet, formatsOfRow: _formats, ...opened } = streamed;
    const hidden = hiddenInLook(look?.look, read.snapshot.values, read);
    return {
      kind: 'xlsx',
      ...opened,
      ...read,
      ...(hidden ? { hidden } : {}),
      get workbook() {
        return noWorkbook(file);
      },
    };
  }
  const { limits } = options;
  let excess = await scanXlsx(
    bytes,
    options.streamLargeXlsx ? { ...limits, cells: Math.min(limits.cells, limits.streamCells) } : limits,
  );
  // The lowered count stops the scan at shared strings too: the budget is what refuses those.
  if (options.streamLargeXlsx && excess && excess.limit !== 'cells') excess = await scanXlsx(bytes, limits);
  if (excess?.limit === 'cells' && options.streamLargeXlsx) {
    const large = await openLargeXlsx(bytes, file, options);
    // Within the cell budget a workbook holding parts the streamed write lacks (notes, links…) is loaded whole.
    if (large.streamed!.leftOut.length === 0) return large;
    excess = await scanXlsx(bytes, limits);
    if (excess?.limit === 'cells') return large;
  }
  if (excess) {
    // The scan stops at the budget: count on, under the field budget, to tell whether a CSV of it would fit.
    const csvFits =
      excess.limit === 'cells' &&
      options.csvSnapshotOnly === true &&
      !(await scanXlsx(bytes, snapshotLimits(options.limits)));
    throw fileError('file.tooLarge', tooLarge(excess, name, bytes.length, options.limits, csvFits), file);
  }
  const workbook = options.workbook ?? new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      (await readableByExceljs(bytes)) as unknown as ArrayBuffer,
      options.readOnly ? { ignoreNodes: ['dataValidations'] } : undefined,
    );
  } catch (error) {
    const params = { file: name, reason: (error as Error).message };
    throw fileError('file.unreadable', { key: 'unreadableWorkbook', params }, file, error);
  }
  if (workbook.worksheets.length === 0)
    throw fileError('file.notSpreadsheet', { key: 'noWorksheets', params: { file: name } }, file);
  await rememberNormalFont(workbook, bytes);
  if (!options.readOnly) workbook.worksheets.forEach(compactValidations);
  const meta = readMeta(workbook);
  const { sheet, choice } = chooseSheet(workbook, file, meta, options);
  let snapshot: SheetSnapshot;
  try {
    snapshot = snapshotFromSheet(sheet, meta, options.limits.gridCells);
  } catch (error) {
    // A sheet-level refusal names the file it came from.
    if (!(error instanceof FileInputError) || !error.text || error.file !== undefined) throw error;
    const text = { ...error.text, params: { ...error.text.params, file: name } } as FileText;
    throw fileError(error.code, text, file);
  }
  if (options.listUnchanged) fillMergesDown(snapshot, sheet);
  const others = options.sheet === undefined ? choice.sheets.filter((s) => s !== sheet.name) : [];
  const formatsOfRow = (row: number) => columnFormatsOfRow(sheet, row, snapshot.columnFormats?.length ?? 0);
  const read = checkHeader(snapshot, { file, options, sheet: sheet.name, others, formatsOfRow });
  const hidden = hiddenInWorksheet(sheet, read.snapshot.values, read);
  return { kind: 'xlsx', workbook, sheetName: sheet.name, sheetChoice: choice, ...read, ...(hidden ? { hidden } : {}) };
}

/** An .xlsx over the cell budget, streamed into memory (xlsx-memory-workbook.ts) under the field budget. */
async function openLargeXlsx(bytes: Uint8Array, file: string, options: OpenOptions): Promise<OpenedSpreadsheet> {
  const read = await readXlsxMemoryWorkbook(bytes, file, options, options.streamLargeXlsx!.readCellStyles);
  const name = displayName(file);
  if (read && 'excess' in read)
    throw fileError('file.tooLarge', tooLarge(read.excess, name, bytes.length, read.limits), file);
  if (!read) {
    const params = { file: name, reason: 'its parts could not be followed' };
    throw fileError('file.unreadable', { key: 'unreadableWorkbook', params }, file);
  }
  const { others, ...opened } = read.opened;
  const { headerToLift } = checkHeader(opened.snapshot, { file, options, sheet: opened.sheetName, others });
  const hidden = hiddenInLook(read.streamed.looks.sheets.get(opened.sheetName), opened.snapshot.values, {
    ...(headerToLift ? { headerToLift } : {}),
  });
  return {
    kind: 'xlsx',
    ...opened,
    ...(headerToLift ? { headerToLift } : {}),
    ...(hidden ? { hidden } : {}),
    streamed: read.streamed,
    get workbook() {
      return noWorkbook(file);
    },
  };
}

/** The refusal of a CSV of `fields` fields in `rows` rows over the field or cell budget. */
function tooManyFields(file: string, fields: number, rows: number, limits: ReadLimits, budget: 'fields' | 'cells') {
  const limit = budget === 'fields' ? limits.fields : limits.cells;
  const params = {
    file: displayName(file),
    fields,
    rows,
    limit,
    budget,
    fitRows: rowsThatFit(limit, fields, rows),
    heapMegabytes: heapMegabytesFor(fields, budget === 'fields' ? FIELD_HEAP_BYTES : CELL_HEAP_BYTES),
  };
  return fileError('file.tooLarge', { key: 'csvTooManyFields', params }, file);
}

function openCsv(bytes: Uint8Array, file: string, options: OpenOptions): OpenedSpreadsheet {
  const name = displayName(file);
  const { limits } = options;
  if (bytes.length > limits.fileBytes) {
    const params = { file: name, bytes: bytes.length, limit: limits.fileBytes };
    throw fileError('file.tooLarge', { key: 'csvTooLarge', params }, file);
  }
  const budget = options.snapshotOnly || options.csvSnapshotOnly ? 'fields' : 'cells';
  const parsed = parseCsv(bytes, file, { maxFields: limits[budget] });
  const { fields, rowCount } = parsed;
  if (fields > limits[budget]) throw tooManyFields(file, fields, rowCount, limits, budget);
  const sheetName = sheetNameForFile(file);
  const read = checkHeader(snapshotFromCsvRows(parsed.rows, sheetName, parsed.codes), { file, options });
  const { snapshot } = read;
  const choice = {
    sheets: [sheetName],
    by: 'headers',
    // A list to lift is judged from its header, not its title.
    customerList:
      judgeSheet(read.headerToLift ? readBelowTitle(snapshot, read.headerToLift) : snapshot, options.template)
        .identifying > 0,
  } as const;
  let workbook: ExcelJS.Workbook | undefined;
  return {
    kind: 'csv',
    sheetName,
    snapshot,
    csv: parsed.format,
    sheetChoice: choice,
    ...(read.headerBelow ? { headerBelow: read.headerBelow } : {}),
    ...(read.headerToLift ? { headerToLift: read.headerToLift } : {}),
    // Built on first use only: commands that only read a CSV never hold it a second time.
    get workbook() {
      // A snapshot-only read may hold more fields than a workbook of them would fit.
      if (workbook === undefined && fields > limits.cells) throw tooManyFields(file, fields, rowCount, limits, 'cells');
      return (workbook ??= workbookFromCsvSnapshot(snapshot, sheetName));
    },
    get workbookBuilt() {
      return workbook !== undefined;
    },
  };
}

export async function openSpreadsheet(
  bytes: Uint8Array,
  file: string,
  options: OpenOptions,
): Promise<OpenedSpreadsheet> {
  const name = displayName(file);
  if (bytes.length === 0) throw fileError('sheet.empty', { key: 'empty', params: { file: name } }, file);
  const kind = detectFileKind(bytes);
  if (kind.kind === 'other')
    throw fileError(
      'file.notSpreadsheet',
      { key: 'notSpreadsheet', params: { file: name, looksLike: kind.looksLike } },
      file,
    );
  if (kind.kind === 'text') return openCsv(bytes, file, options);
  const opened = await openXlsx(bytes, file, options);
  // Assigned, not spread: a streamed read's `workbook` getter throws.
  if (holdsMacros(bytes)) opened.macros = true;
  return opened;
}
