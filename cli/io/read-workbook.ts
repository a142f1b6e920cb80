/**
 * Reads an .xlsx or CSV file (judged by content, not extension) into a LoadedWorkbook: the chosen
 * sheet's snapshot for the core and the exceljs workbook plans are applied to. Every problem
 * with the file itself is a FileInputError with a message naming the file, sheet or column.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { headerProblems } from '../../shared/sheet/header-row';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { customerListScore, type CustomerListScore } from '../../shared/operations/customer-list';
import { resolveContext } from '../../shared/operations/options';
import type { Template } from '../../shared/template/schema';
import { detectFileKind } from './detect-file-kind';
import { keepDefinedNamesAsWritten } from './exceljs-gaps';
import { FileInputError, displayName, headerProblemError } from './file-input-error';
import type { LoadedWorkbook, SheetChoice } from './loaded-workbook';
import { isCustodianSheet, readMeta } from './meta-sheet';
import { parseCsv } from './read-csv';
import { readSheetSample, snapshotFromSheet } from './read-sheet';
import { csvFieldText } from '../../shared/sheet/csv-text';
import { byteText, countText, defaultReadLimits, RAISE_LIMIT_HINT, type ReadLimits } from './read-limits';
import { scanXlsx, type XlsxExcess } from './read-xlsx-scan';

export interface ReadOptions {
  /** The sheet to govern (exact name, else case-insensitive). Ignored for CSV files. */
  sheet?: string;
  /** The template sheets are judged against when choosing one (default: stored, else built-in). */
  template?: Template;
  /** How much to read before refusing the file (default: from the heap limit). */
  limits?: ReadLimits;
  /**
   * The caller never writes this workbook back, so rules at entry are not loaded: exceljs expands each
   * validation range into one entry per cell, which on a governed sheet costs more than its values.
   */
  readOnly?: boolean;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const name = displayName(file);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new FileInputError(
        'file.missing',
        `File not found: ${name} (looked in ${path.dirname(path.resolve(file))}).`,
        file,
        error,
      );
    }
    if (code === 'EISDIR')
      throw new FileInputError('file.unreadable', `${name} is a folder, not a spreadsheet file.`, file, error);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new FileInputError(
        'file.unreadable',
        `Custodian is not allowed to read ${name}: check the file's permissions.`,
        file,
        error,
      );
    }
    if (code === 'EBUSY')
      throw new FileInputError(
        'file.unreadable',
        `${name} is locked by another program: close it and try again.`,
        file,
        error,
      );
    throw new FileInputError(
      'file.unreadable',
      `${name} could not be read (${(error as Error).message}).`,
      file,
      error,
    );
  }
}

/** A CSV file's sheet: its base name, made valid for Excel (31 characters, no []:*?/\). */
export function sheetNameForFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  const cleaned = base
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet1' : cleaned;
}

/** Visible sheets other than Custodian's own, in workbook order. */
function candidateSheets(workbook: ExcelJS.Workbook, meta: Record<string, string> | undefined): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((s) => (s.state ?? 'visible') === 'visible' && !isCustodianSheet(s.name, meta));
}

function sheetList(workbook: ExcelJS.Workbook, meta: Record<string, string> | undefined): string {
  return workbook.worksheets
    .filter((s) => !isCustodianSheet(s.name, meta))
    .map((s) => (s.state === 'visible' ? s.name : `${s.name} (hidden)`))
    .join(', ');
}

/** Rows below the header sampled to judge a sheet (the header mapping samples as many). */
const JUDGE_ROWS = 2000;

function judgeSheet(
  sheet: ExcelJS.Worksheet,
  meta: Record<string, string> | undefined,
  template: Template | undefined,
): CustomerListScore {
  const sample: SheetSnapshot = {
    name: sheet.name,
    values: readSheetSample(sheet, JUDGE_ROWS),
    ...(meta ? { meta } : {}),
  };
  const context = resolveContext(sample, template ? { template } : {});
  return customerListScore(context.mapping, context.template);
}

/**
 * The sheet named with --sheet (always), else the visible sheet whose headers look most like a
 * customer list (the first on a tie), so an instructions sheet in front of the list is passed over.
 */
function chooseSheet(
  workbook: ExcelJS.Workbook,
  file: string,
  meta: Record<string, string> | undefined,
  options: ReadOptions,
): { sheet: ExcelJS.Worksheet; choice: SheetChoice } {
  const sheets = workbook.worksheets;
  const wanted = options.sheet;
  const candidates = candidateSheets(workbook, meta);
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (found)
      return { sheet: found, choice: { sheets: candidates.map((s) => s.name), by: 'option', customerList: true } };
    const listed = sheetList(workbook, meta);
    throw new FileInputError(
      'sheet.notFound',
      `Sheet "${wanted}" not found in ${displayName(file)}. Sheets: ${listed || 'none'}`,
      file,
    );
  }
  if (candidates.length === 0) {
    const listed = sheetList(workbook, meta);
    throw new FileInputError(
      'sheet.notFound',
      `${displayName(file)} has no visible sheet to read. Sheets: ${listed || 'none'}. Name one with --sheet.`,
      file,
    );
  }
  let best = candidates[0];
  let bestScore = judgeSheet(best, meta, options.template);
  for (const sheet of candidates.slice(1)) {
    const score = judgeSheet(sheet, meta, options.template);
    if (score.score > bestScore.score) [best, bestScore] = [sheet, score];
  }
  const choice: SheetChoice = {
    sheets: candidates.map((s) => s.name),
    by: 'headers',
    customerList: bestScore.identifying > 0,
  };
  return { sheet: best, choice };
}

/**
 * Refuses a file in which no sheet looks like a customer list (check and clean would otherwise
 * report an instructions sheet as clean, or add template columns to it). --sheet overrides.
 */
export function requireCustomerList(loaded: LoadedWorkbook): void {
  const choice = loaded.sheetChoice;
  if (!choice || choice.customerList) return;
  const where =
    loaded.kind === 'csv' ? loaded.displayName : `${loaded.displayName} (sheets: ${choice.sheets.join(', ')})`;
  throw new FileInputError(
    'sheet.noCustomerList',
    `No customer list found in ${where}: no column is headed like a customer ID, name, phone, email or company. ` +
      (loaded.kind === 'csv' ? 'Check the header row.' : 'Name the sheet to use with --sheet.'),
    loaded.path ?? undefined,
  );
}

async function loadXlsx(buffer: Buffer, file: string, readOnly: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  keepDefinedNamesAsWritten(workbook);
  try {
    await workbook.xlsx.load(
      buffer as unknown as ArrayBuffer,
      readOnly ? { ignoreNodes: ['dataValidations'] } : undefined,
    );
  } catch (error) {
    throw new FileInputError(
      'file.unreadable',
      `${displayName(file)} could not be opened as an Excel workbook (${(error as Error).message}). It may be damaged or still being saved: open it in Excel, save it again, and retry.`,
      file,
      error,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new FileInputError(
      'file.notSpreadsheet',
      `${displayName(file)} is not a spreadsheet: it has no worksheets.`,
      file,
    );
  }
  return workbook;
}

function checkHeader(
  snapshot: SheetSnapshot,
  file: string,
  sheet: string | undefined,
  otherSheets: readonly string[] = [],
): void {
  const error = headerProblemError(headerProblems(snapshot.values), file, sheet);
  if (!error) return;
  if (error.code === 'sheet.empty' && otherSheets.length > 0) {
    throw new FileInputError(
      error.code,
      `${error.message} Other sheets: ${otherSheets.join(', ')}. Name one with --sheet.`,
      file,
    );
  }
  throw error;
}

/** The governed sheet as it is now in the workbook (after any plans applied), for the core. */
export function readSnapshot(loaded: Pick<LoadedWorkbook, 'workbook' | 'sheetName' | 'kind'>): SheetSnapshot {
  const sheet = loaded.workbook.getWorksheet(loaded.sheetName);
  if (!sheet) throw new Error(`Sheet "${loaded.sheetName}" is no longer in the workbook`);
  if (loaded.kind === 'xlsx') return snapshotFromSheet(sheet, readMeta(loaded.workbook));
  // A CSV holds text only: the snapshot shows what writing it back would store.
  const snapshot = snapshotFromSheet(sheet, undefined);
  return {
    name: snapshot.name,
    values: snapshot.values.map((row) => row.map((v) => (v === null ? null : csvFieldText(v)))),
    textOnly: true,
  };
}

export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<LoadedWorkbook> {
  const resolved = path.resolve(file);
  const buffer = await readBytes(resolved);
  const name = displayName(file);
  if (buffer.length === 0) throw new FileInputError('sheet.empty', `${name} is empty: there is no data to read.`, file);

  const kind = detectFileKind(buffer);
  if (kind.kind === 'other') {
    throw new FileInputError(
      'file.notSpreadsheet',
      `${name} is not a spreadsheet (it looks like ${kind.description}). Custodian reads .xlsx and .csv files.${kind.hint ? ` ${kind.hint}` : ''}`,
      file,
    );
  }

  const limits = options.limits ?? defaultReadLimits();
  if (kind.kind === 'xlsx') {
    const excess = await scanXlsx(buffer, limits);
    if (excess) throw tooLarge(excess, file, buffer.length, limits);
    const workbook = await loadXlsx(buffer, file, options.readOnly === true);
    const meta = readMeta(workbook);
    const { sheet, choice } = chooseSheet(workbook, file, meta, options);
    const snapshot = withFileName(() => snapshotFromSheet(sheet, meta, limits.gridCells), file);
    const others = options.sheet === undefined ? choice.sheets.filter((s) => s !== sheet.name) : [];
    checkHeader(snapshot, file, sheet.name, others);
    return {
      path: resolved,
      displayName: name,
      kind: 'xlsx',
      workbook,
      sheetName: sheet.name,
      snapshot,
      sheetChoice: choice,
    };
  }

  if (buffer.length > limits.fileBytes) {
    throw new FileInputError(
      'file.tooLarge',
      `${name} is ${byteText(buffer.length)}, more than the ${byteText(limits.fileBytes)} of CSV Custodian reads. ${RAISE_LIMIT_HINT}`,
      file,
    );
  }
  const parsed = parseCsv(buffer, file);
  let fieldCount = 0;
  for (const row of parsed.rows) fieldCount += row.length;
  if (fieldCount > limits.cells) {
    throw new FileInputError(
      'file.tooLarge',
      `${name} holds ${countText(fieldCount)} fields, more than the ${countText(limits.cells)} cells Custodian reads. ${RAISE_LIMIT_HINT}`,
      file,
    );
  }
  const workbook = new ExcelJS.Workbook();
  const sheetName = sheetNameForFile(file);
  const sheet = workbook.addWorksheet(sheetName);
  parsed.rows.forEach((fields, index) => {
    if (fields.some((field) => field !== ''))
      sheet.getRow(index + 1).values = fields.map((field) => (field === '' ? null : field));
  });
  const snapshot = readSnapshot({ workbook, sheetName, kind: 'csv' });
  checkHeader(snapshot, file, undefined);
  const context = resolveContext(snapshot, options.template ? { template: options.template } : {});
  const choice: SheetChoice = {
    sheets: [sheetName],
    by: 'headers',
    customerList: customerListScore(context.mapping, context.template).identifying > 0,
  };
  return {
    path: resolved,
    displayName: name,
    kind: 'csv',
    workbook,
    sheetName,
    snapshot,
    csv: parsed.format,
    sheetChoice: choice,
  };
}

/** Names the file in a sheet-level refusal raised while reading one of its sheets. */
function withFileName<T>(read: () => T, file: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FileInputError && error.file === undefined)
      throw new FileInputError(error.code, `${displayName(file)}: ${error.message}`, file);
    throw error;
  }
}

function tooLarge(excess: XlsxExcess, file: string, size: number, limits: ReadLimits): FileInputError {
  const name = displayName(file);
  switch (excess.limit) {
    case 'textBytes':
      return new FileInputError(
        'file.tooLarge',
        `${name} holds a single text of more than ${byteText(limits.textBytes)} (in ${excess.part}); an Excel cell holds at most 32,767 characters, so the file is damaged or was not made by a spreadsheet program.`,
        file,
      );
    case 'cells':
      return new FileInputError(
        'file.tooLarge',
        `${name} holds more than ${countText(limits.cells)} cells, the most Custodian reads with this much memory. ${RAISE_LIMIT_HINT}`,
        file,
      );
    case 'strings':
      return new FileInputError(
        'file.tooLarge',
        `${name} holds more than ${countText(limits.cells)} shared texts, more than the cells Custodian reads, so most serve no cell; the file is damaged or was not made by a spreadsheet program.`,
        file,
      );
    case 'fileBytes':
      return new FileInputError(
        'file.tooLarge',
        `${name} (${byteText(size)}) unpacks to more than ${byteText(limits.fileBytes)}, the most Custodian reads with this much memory. ${RAISE_LIMIT_HINT}`,
        file,
      );
  }
}
