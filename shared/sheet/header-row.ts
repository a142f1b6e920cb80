/**
 * Whether row 1 of a sheet can serve as the header row. Pure, shared by every host so each one
 * refuses the same sheets: empty, data without a header, or two columns with the same header.
 */
import { cellText, isBlank, type CellValue } from './cell-value';

export type HeaderProblem =
  | { code: 'sheet.empty' }
  | { code: 'sheet.noHeader' }
  /** `columns` are 1-based, in sheet order; `header` is the first column's text as written. */
  | { code: 'sheet.duplicateHeaders'; header: string; columns: number[] };

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

  const byKey = new Map<string, number[]>();
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const key = headerKey(cell);
    const columns = byKey.get(key);
    if (columns) columns.push(index + 1);
    else byKey.set(key, [index + 1]);
  });
  const problems: HeaderProblem[] = [];
  for (const columns of byKey.values()) {
    if (columns.length < 2) continue;
    const first = header[columns[0] - 1];
    problems.push({ code: 'sheet.duplicateHeaders', header: cellText(first).trim(), columns });
  }
  return problems;
}
