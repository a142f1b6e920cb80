/**
 * Pieces of the analysis sheet's formulas. A COUNTIFS criterion treats * ? ~ as wildcards and a
 * leading = < > as an operator, so an exact-text criterion is "=" plus the text with ~ escapes.
 * Matching is case-insensitive in every spreadsheet (Excel, Google Sheets, LibreOffice).
 */
import { columnLetter, quoteSheetName } from '../sheet/a1';

/** A string literal inside a formula. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The criterion that matches exactly `text` (case aside). */
export function exactCriterion(text: string): string {
  return formulaString(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** A whole column of the customer sheet (`'客户'!$C:$C`): keeps counting as rows are added. */
export function wholeColumn(sheet: string, col: number): string {
  const letter = columnLetter(col);
  return `${quoteSheetName(sheet)}!$${letter}:$${letter}`;
}
