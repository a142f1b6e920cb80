/**
 * Writes a loaded workbook to a new file, as .xlsx or CSV by the output's extension. The input is
 * never overwritten, and the file appears whole or not at all: bytes go to a temporary file in
 * the same folder, which is then renamed over the output.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { FileInputError, displayName } from '../../shared/files/file-input-error';
import type { LoadedWorkbook } from './loaded-workbook';
import { readSheetContent } from '../../shared/files/read-worksheet';
import { withShownNumbers } from '../../shared/files/csv-shown-numbers';
import { deflateStoredZip } from '../../shared/files/zip-deflate';
import { shareEqualStyles } from '../../shared/files/share-styles';
import { fitTablesToSheet } from '../../shared/files/exceljs-tables';
import { csvPreamble, formatCsv, type CsvWriteFormat } from '../../shared/sheet/csv-text';
import { refuseMacroLoss } from './macro-loss';

export type OutputFormat = 'xlsx' | 'csv';

export interface WriteResult {
  /** The file written, resolved to an absolute path. */
  path: string;
  format: OutputFormat;
  /** Sheets a CSV output cannot hold and so left out (helper sheets, other sheets, `_custodian`). */
  droppedSheets: string[];
  /** CSV only: text cells written with a leading ' so that a spreadsheet does not run them as formulas. */
  guardedCells?: number;
}

/** The format an output name asks for, or a FileInputError naming the supported ones. */
export function outputFormatOf(outPath: string): OutputFormat {
  const ext = path.extname(outPath).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  throw new FileInputError(
    'file.unsupportedOutput',
    `Cannot write ${displayName(outPath)}: Custodian writes .xlsx, .csv and .tsv files. Choose an output name ending in .xlsx or .csv.`,
    outPath,
  );
}

async function statOrNull(file: string): Promise<{ dev: number; ino: number } | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

export async function assertNotInput(loaded: Pick<LoadedWorkbook, 'path'>, out: string): Promise<void> {
  if (loaded.path === null) return;
  const input = path.resolve(loaded.path);
  let same = input === out;
  if (!same) {
    // Symlinks, hard links and case-insensitive file systems: compare the files themselves.
    const [a, b] = await Promise.all([statOrNull(input), statOrNull(out)]);
    same = a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
  }
  if (same) {
    throw new FileInputError(
      'file.sameAsInput',
      `Will not write over the input file ${displayName(out)}: Custodian never changes its input. Choose another output name, e.g. ${path.basename(out, path.extname(out))}-clean${path.extname(out)}.`,
      out,
    );
  }
}

function writeError(out: string, error: unknown): FileInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const name = displayName(out);
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `the folder ${path.dirname(out)} does not exist`
      : code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
        ? 'Custodian is not allowed to write there (check the permissions, or close the file if Excel has it open)'
        : code === 'EISDIR'
          ? 'a folder has that name'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (error as Error).message;
  return new FileInputError('file.unwritable', `Cannot write ${name}: ${reason}.`, out, error);
}

/** Writes `bytes` to `out` through a temporary file and a rename. */
export async function writeFileAtomic(out: string, bytes: Uint8Array): Promise<void> {
  await writeThroughTemp(out, (handle) => handle.writeFile(bytes));
}

/** Runs `write` on a new temporary file in `out`'s folder, then renames it over `out` (removed on failure). */
export async function writeThroughTemp(out: string, write: (handle: fs.FileHandle) => Promise<void>): Promise<void> {
  const temp = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(out, error);
  }
}

/**
 * How a CSV output is written: the input's delimiter (a tab for .tsv) and line ending, its decimal
 * comma (where the comma is no delimiter) and its `sep=` line.
 */
export function csvWriteFormat(loaded: Pick<LoadedWorkbook, 'csv'>, outPath: string): CsvWriteFormat {
  const ext = path.extname(outPath).toLowerCase();
  const delimiter = ext === '.tsv' ? '\t' : (loaded.csv?.delimiter ?? ',');
  return {
    delimiter,
    lineEnding: loaded.csv?.lineEnding ?? '\r\n',
    ...(loaded.csv?.decimalComma && delimiter !== ',' ? { decimalComma: true } : {}),
    ...(loaded.csv?.sepLine ? { sepLine: true } : {}),
  };
}

/** CSV bytes for the governed sheet: UTF-8 with a BOM (so Excel reads Chinese correctly). */
export function csvBytes(
  loaded: Pick<LoadedWorkbook, 'workbook' | 'sheetName' | 'csv'>,
  outPath: string,
  guarded?: { cells: number },
): Uint8Array {
  const sheet = loaded.workbook.getWorksheet(loaded.sheetName);
  if (!sheet) throw new Error(`Sheet "${loaded.sheetName}" is no longer in the workbook`);
  const format = csvWriteFormat(loaded, outPath);
  const text = formatCsv(withShownNumbers(readSheetContent(sheet)), { ...format, ...(guarded ? { guarded } : {}) });
  return new TextEncoder().encode(`${csvPreamble(format)}${text}`);
}

export async function writeWorkbookFile(loaded: LoadedWorkbook, outPath: string): Promise<WriteResult> {
  const out = path.resolve(outPath);
  const format = outputFormatOf(out);
  await assertNotInput(loaded, out);
  // The last guard: a command that did not ask at read time still never drops macros unasked.
  refuseMacroLoss(loaded, out, loaded.macrosDropped === true);
  if (format === 'xlsx') {
    shareEqualStyles(loaded.workbook);
    fitTablesToSheet(loaded.workbook);
    // Zipped by exceljs without compression, then deflated by native zlib.
    const stored = new Uint8Array(await loaded.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    await writeFileAtomic(out, deflateStoredZip(stored, (data) => deflateRawSync(data)) ?? stored);
    return { path: out, format, droppedSheets: [] };
  }
  const guarded = { cells: 0 };
  await writeFileAtomic(out, csvBytes(loaded, out, guarded));
  const droppedSheets = loaded.workbook.worksheets.map((s) => s.name).filter((name) => name !== loaded.sheetName);
  return { path: out, format, droppedSheets, guardedCells: guarded.cells };
}
