/**
 * A formula's error result as a cell shows it (#N/A from a VLOOKUP that found nothing, #REF!, #DIV/0!,
 * #VALUE!). Every host hands the core the same text: exceljs's `{ error: '#N/A' }` (files/exceljs-cells.ts),
 * Office.js's "#N/A" of value type Error, Apps Script's getValues "#N/A", and a CSV saved from such a
 * sheet. No value of any field: check says so, clean leaves it, export writes none.
 */
import type { CellValue } from './cell-value';

/** Excel's and Google Sheets' error values. */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#GETTING_DATA',
  '#ERROR!',
]);

/** The error value a cell holds (#N/A), or null. */
export function errorValue(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toUpperCase();
  return ERROR_VALUES.has(text) ? text : null;
}
