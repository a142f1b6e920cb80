/**
 * The one error type the file host throws for a bad input or output file. The message is plain
 * English naming the file, sheet or column; the CLI prints it without a stack trace.
 * Anything else thrown from cli/io is a bug (or a plan the core should never produce).
 */
import * as path from 'node:path';
import { columnLetter } from '../../shared/sheet/a1';
import type { HeaderProblem } from '../../shared/sheet/header-row';

export type FileInputErrorCode =
  | 'file.missing'
  | 'file.unreadable'
  | 'file.notSpreadsheet'
  | 'file.sameAsInput'
  | 'file.unsupportedOutput'
  | 'file.unwritable'
  | 'file.tooLarge'
  | 'csv.unclosedQuote'
  | 'csv.mixedEncoding'
  | 'sheet.empty'
  | 'sheet.noHeader'
  | 'sheet.duplicateHeaders'
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
  ) {
    super(message);
    this.name = 'FileInputError';
  }
}

export function isFileInputError(error: unknown): error is FileInputError {
  return error instanceof FileInputError;
}

/** The name a user recognises: the base name, e.g. `customers.xlsx`. */
export function displayName(file: string): string {
  return path.basename(file);
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Turns the first header problem into the error a user sees; `sheet` is omitted for CSV files. */
export function headerProblemError(
  problems: readonly HeaderProblem[],
  file: string,
  sheet?: string,
): FileInputError | undefined {
  const name = displayName(file);
  const where = sheet === undefined ? name : `sheet "${sheet}" in ${name}`;
  const first = problems[0];
  if (!first) return undefined;
  switch (first.code) {
    case 'sheet.empty':
      return new FileInputError(
        'sheet.empty',
        sheet === undefined
          ? `${name} is empty: there is no data to read.`
          : `Sheet "${sheet}" in ${name} is empty: there is no data to read.`,
        file,
      );
    case 'sheet.noHeader':
      return new FileInputError(
        'sheet.noHeader',
        `Row 1 of ${where} has no column headers (it is blank, or holds data such as numbers and dates). Add a header row naming each column, e.g. Name, Phone, Email.`,
        file,
      );
    case 'sheet.duplicateHeaders': {
      const sentences = problems
        .filter(
          (p): p is Extract<HeaderProblem, { code: 'sheet.duplicateHeaders' }> => p.code === 'sheet.duplicateHeaders',
        )
        .map(
          (p) =>
            `Columns ${joinAnd(p.columns.map(columnLetter))} are ${p.columns.length === 2 ? 'both' : 'all'} headed "${p.header}"`,
        );
      return new FileInputError(
        'sheet.duplicateHeaders',
        `${sentences.join('; ')} (${where}). Give each column its own header so Custodian knows which one to use.`,
        file,
      );
    }
  }
}
