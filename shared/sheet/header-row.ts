/**
 * Whether row 1 of a sheet can serve as the header row. Pure, shared by every host so each one
 * refuses the same sheets: empty, or data without a header. Two columns with one header (电话 over a
 * mobile and a landline) are read, told apart by their letters (column-names.ts).
 */
import { cellText, isBlank, type CellValue } from './cell-value';

export type HeaderProblem = { code: 'sheet.empty' } | { code: 'sheet.noHeader' };

/** The form two headers are compared in: trimmed, NFKC (full-width → ASCII) and lower-cased. */
export function headerKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return cellText(value).normalize('NFKC').trim().toLowerCase();
}

const NUMBER_LIKE = /^[+-]?(\d[\d,.\s]*|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE_LIKE =
  /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$/;

/** True for a cell that could be a column header: text that does not read as a number or a date. */
export function isHeaderText(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !NUMBER_LIKE.test(text) && !DATE_LIKE.test(text);
}

/**
 * The problems with `values[0]` as a header row, as values (empty when the row is usable).
 * Blank header cells between headed columns are allowed.
 */
export function headerProblems(values: readonly (readonly CellValue[])[]): HeaderProblem[] {
  if (!values.some((row) => row.some((cell) => !isBlank(cell)))) return [{ code: 'sheet.empty' }];
  const header = values[0] ?? [];
  if (!header.some((cell) => isHeaderText(cell))) return [{ code: 'sheet.noHeader' }];
  return [];
}
