/**
 * The one error type thrown for a bad input or output file. The message is plain English naming
 * the file, sheet or column (the CLI prints it without a stack trace); `text`, when set, renders
 * it in the user's language (fileMessage). Anything else thrown while reading is a bug.
 */
import type { HeaderProblem } from '../sheet/header-row';
import { fileMessage, type FileText } from './file-messages';

export type FileInputErrorCode =
  | 'file.missing'
  | 'file.unreadable'
  | 'file.notSpreadsheet'
  | 'file.sameAsInput'
  | 'file.unsupportedOutput'
  | 'file.unwritable'
  | 'file.tooLarge'
  | 'file.macrosLost'
  | 'csv.unclosedQuote'
  | 'csv.mixedEncoding'
  | 'sheet.empty'
  | 'sheet.noHeader'
  | 'sheet.headerBelow'
  | 'sheet.notFound'
  | 'sheet.tooLarge'
  | 'sheet.noCustomerList';

export class FileInputError extends Error {
  constructor(
    readonly code: FileInputErrorCode,
    message: string,
    /** The file the problem is about (as the user gave it). */
    readonly file?: string,
    override readonly cause?: unknown,
    /** The message as key and parameters, for a reader in another language. */
    readonly text?: FileText,
  ) {
    super(message);
    this.name = 'FileInputError';
  }
}

export function isFileInputError(error: unknown): error is FileInputError {
  return error instanceof FileInputError;
}

/** An error whose message comes from the catalogue (English here; `text` keeps it for other languages). */
export function fileError(code: FileInputErrorCode, text: FileText, file?: string, cause?: unknown): FileInputError {
  return new FileInputError(code, fileMessage(text), file, cause, text);
}

/** The name a user recognises: the base name, e.g. `customers.xlsx` (either slash, for Windows paths). */
export function displayName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** Turns the first header problem into the error a user sees; `sheet` is omitted for CSV files. */
export function headerProblemError(
  problems: readonly HeaderProblem[],
  file: string,
  sheet?: string,
  others?: string[],
): FileInputError | undefined {
  const name = displayName(file);
  const first = problems[0];
  if (!first) return undefined;
  switch (first.code) {
    case 'sheet.empty':
      return fileError(first.code, { key: 'empty', params: { file: name, sheet, others } }, file);
    case 'sheet.noHeader':
      return fileError(first.code, { key: 'noHeader', params: { file: name, sheet } }, file);
  }
}
