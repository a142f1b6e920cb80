/**
 * Reads an .xlsx or CSV file from disk into a LoadedWorkbook (shared/files/open-spreadsheet.ts
 * judges and opens the bytes). Every problem with the file itself is a FileInputError.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import ExcelJS from 'exceljs';
import { displayName, fileError, FileInputError } from '../../shared/files/file-input-error';
import { openSpreadsheet, type OpenOptions } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits, type ReadLimits } from '../../shared/files/read-limits';
import { keepDefinedNamesAsWritten } from './exceljs-names';
import { keepFilterCriteria } from './exceljs-filter-criteria';
import type { LoadedWorkbook } from './loaded-workbook';
import { refuseMacroLoss } from './macro-loss';

export { readSnapshot, sheetNameForFile } from '../../shared/files/open-spreadsheet';

export type ReadOptions = Omit<OpenOptions, 'limits' | 'workbook'> & {
  /** How much to read before refusing the file (default: from Node's heap limit). */
  limits?: ReadLimits;
  /**
   * The file the command writes from this workbook: one with macros is refused at once, before any
   * work, unless `dropMacros` (macro-loss.ts).
   */
  output?: { path: string; dropMacros?: boolean };
};

/** What went wrong reading a file, in the words of the user's file manager rather than errno. */
function readFailure(code: string | undefined, file: string): string {
  const name = displayName(file);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `File not found: ${name} (looked in ${path.dirname(path.resolve(file))}).`;
    case 'EISDIR':
      return `${name} is a folder, not a spreadsheet file.`;
    case 'EACCES':
    case 'EPERM':
      return `Custodian is not allowed to read ${name}: check the file's permissions.`;
    case 'EBUSY':
      return `${name} is locked by another program: close it and try again.`;
    default:
      return '';
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    const message = readFailure(code, file) || `${displayName(file)} could not be read (${(error as Error).message}).`;
    throw new FileInputError(missing ? 'file.missing' : 'file.unreadable', message, file, error);
  }
}

/** Rows read for the language of a refused sheet. */
const CHINESE_SAMPLE_ROWS = 20;

/**
 * Refuses a file in which no sheet looks like a customer list (check and clean would otherwise
 * report an instructions sheet as clean, or add template columns to it). --sheet overrides.
 */
export function requireCustomerList(loaded: LoadedWorkbook): void {
  const choice = loaded.sheetChoice;
  if (!choice || choice.customerList) return;
  const sheets = loaded.kind === 'csv' ? undefined : [...choice.sheets];
  // A Chinese sheet in a file of an ASCII name is still told so in Chinese.
  const head = loaded.snapshot.values.slice(0, CHINESE_SAMPLE_ROWS);
  const chinese = head.some((row) => row.some((cell) => typeof cell === 'string' && /[\u3400-\u9fff]/.test(cell)));
  const text = {
    key: 'noCustomerList',
    params: { file: loaded.displayName, sheets, ...(chinese ? { chinese: true as const } : {}) },
  } as const;
  throw fileError('sheet.noCustomerList', text, loaded.path ?? undefined);
}

export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<LoadedWorkbook> {
  const resolved = path.resolve(file);
  const bytes = await readBytes(resolved);
  const workbook = new ExcelJS.Workbook();
  keepDefinedNamesAsWritten(workbook);
  keepFilterCriteria();
  const { output, ...open } = options;
  const limits = open.limits ?? defaultReadLimits(getHeapStatistics().heap_size_limit);
  const opened = await openSpreadsheet(bytes, file, { ...open, limits, workbook });
  // Assigned, not spread: spreading would read a CSV's workbook and so build it.
  const loaded = Object.assign(opened, { path: resolved, displayName: displayName(file) });
  if (!output) return loaded;
  const dropMacros = output.dropMacros === true;
  refuseMacroLoss(loaded, output.path, dropMacros);
  return Object.assign(loaded, { macrosDropped: dropMacros });
}
