/**
 * Writing a core value where a spreadsheet reinterprets typed input ("=…" and "+86 …" become
 * formulas, "00123" a number, "2024-03-05" a date): Excel and Google Sheets both store a string
 * exactly when it starts with an apostrophe, which is not part of the value. One home for the
 * rule every host shares, and for canonical `yyyy-mm-dd` text becoming a real date.
 */

/** The format given to a date written where the cell shows no date. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

/** What a host knows about the cell a value goes into. */
export interface CellKind {
  /** The cell shows dates: canonical `yyyy-mm-dd` text is written as a real date. */
  date: boolean;
  /** The cell is formatted as text (`@`): input is stored as typed, no prefix needed. */
  text: boolean;
  /** The date format it shows, when known: a date written there takes it, whatever the cell's own format. */
  dateFormat?: string;
}

export const PLAIN_CELL: CellKind = { date: false, text: false };

/**
 * Whether a spreadsheet might store a string as something else: formula and error starters,
 * anything with a digit (numbers, dates, times, percentages, fractions, "1e5") and the boolean words.
 */
export function needsTextPrefix(text: string): boolean {
  return /^\s*[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The input that stores exactly `text` in a cell of this kind. */
export function textInput(text: string, kind: CellKind): string {
  return text !== '' && !kind.text && needsTextPrefix(text) ? `'${text}` : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-mm-dd` text as a real calendar date at UTC midnight, or null ("2024-02-30" is not one). */
export function isoDateToUtc(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}
