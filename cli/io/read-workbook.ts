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
import { detectFileKind } from './detect-file-kind';
import { FileInputError, displayName, headerProblemError } from './file-input-error';
import type { LoadedWorkbook } from './loaded-workbook';
import { isCustodianSheet, readMeta } from './meta-sheet';
import { parseCsv } from './read-csv';
import { snapshotFromSheet } from './read-sheet';
import { csvFieldText } from './write-csv';

export interface ReadOptions {
  /** The sheet to govern (exact name, else case-insensitive). Ignored for CSV files. */
  sheet?: string;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const name = displayName(file);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new FileInputError('file.missing', `File not found: ${name} (looked in ${path.dirname(path.resolve(file))}).`, file, error);
    }
    if (code === 'EISDIR') throw new FileInputError('file.unreadable', `${name} is a folder, not a spreadsheet file.`, file, error);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new FileInputError('file.unreadable', `Custodian is not allowed to read ${name}: check the file's permissions.`, file, error);
    }
    if (code === 'EBUSY') throw new FileInputError('file.unreadable', `${name} is locked by another program: close it and try again.`, file, error);
    throw new FileInputError('file.unreadable', `${name} could not be read (${(error as Error).message}).`, file, error);
  }
}

/** A CSV file's sheet: its base name, made valid for Excel (31 characters, no []:*?/\). */
export function sheetNameForFile(file: string): string {
  const base = path.basename(file, path.extname(file));
  const cleaned = base.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet1' : cleaned;
}

function chooseSheet(workbook: ExcelJS.Workbook, file: string, meta: Record<string, string> | undefined, wanted?: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const listed = sheets
    .filter((s) => !isCustodianSheet(s.name, meta))
    .map((s) => (s.state === 'visible' ? s.name : `${s.name} (hidden)`))
    .join(', ');
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (found) return found;
    throw new FileInputError('sheet.notFound', `Sheet "${wanted}" not found in ${displayName(file)}. Sheets: ${listed || 'none'}`, file);
  }
  const first = sheets.find((s) => (s.state ?? 'visible') === 'visible' && !isCustodianSheet(s.name, meta));
  if (first) return first;
  throw new FileInputError(
    'sheet.notFound',
    `${displayName(file)} has no visible sheet to read. Sheets: ${listed || 'none'}. Name one with --sheet.`,
    file,
  );
}

async function loadXlsx(buffer: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileInputError(
      'file.unreadable',
      `${displayName(file)} could not be opened as an Excel workbook (${(error as Error).message}). It may be damaged or still being saved: open it in Excel, save it again, and retry.`,
      file,
      error,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new FileInputError('file.notSpreadsheet', `${displayName(file)} is not a spreadsheet: it has no worksheets.`, file);
  }
  return workbook;
}

function checkHeader(snapshot: SheetSnapshot, file: string, sheet: string | undefined, otherSheets: readonly string[] = []): void {
  const error = headerProblemError(headerProblems(snapshot.values), file, sheet);
  if (!error) return;
  if (error.code === 'sheet.empty' && otherSheets.length > 0) {
    throw new FileInputError(error.code, `${error.message} Other sheets: ${otherSheets.join(', ')}. Name one with --sheet.`, file);
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

  if (kind.kind === 'xlsx') {
    const workbook = await loadXlsx(buffer, file);
    const meta = readMeta(workbook);
    const sheet = chooseSheet(workbook, file, meta, options.sheet);
    const snapshot = snapshotFromSheet(sheet, meta);
    const others =
      options.sheet === undefined
        ? workbook.worksheets.filter((s) => s !== sheet && s.state === 'visible' && !isCustodianSheet(s.name, meta)).map((s) => s.name)
        : [];
    checkHeader(snapshot, file, sheet.name, others);
    return { path: resolved, displayName: name, kind: 'xlsx', workbook, sheetName: sheet.name, snapshot };
  }

  const parsed = parseCsv(buffer, file);
  const workbook = new ExcelJS.Workbook();
  const sheetName = sheetNameForFile(file);
  const sheet = workbook.addWorksheet(sheetName);
  parsed.rows.forEach((fields, index) => {
    if (fields.some((field) => field !== '')) sheet.getRow(index + 1).values = fields.map((field) => (field === '' ? null : field));
  });
  const snapshot = readSnapshot({ workbook, sheetName, kind: 'csv' });
  checkHeader(snapshot, file, undefined);
  return { path: resolved, displayName: name, kind: 'csv', workbook, sheetName, snapshot, csv: parsed.format };
}
