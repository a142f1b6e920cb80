/**
 * Whether a column holds companies' legal IDs (统一社会信用代码, 税号, Company Number, VAT): by its
 * header, or by values that are mostly credit codes with a right check character. Such a column
 * names one legal entity per value, so it is evidence even when every row holds its own.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellString } from '../normalise';
import { legalIdHeader } from './compare/code';
import { isCreditCode } from './compare/credit-code';

/** Values read to judge a column by its values. */
const SAMPLE = 200;
/** Share of them that must be credit codes. */
const CODE_SHARE = 0.8;

export function legalIdColumn(header: string, values: readonly CellValue[][], rows: Int32Array, col: number): boolean {
  if (legalIdHeader(header)) return true;
  let read = 0;
  let codes = 0;
  for (let k = 0; k < rows.length && read < SAMPLE; k++) {
    const text = cellString(values[rows[k]! - 1]?.[col - 1] ?? null);
    if (text === null || text.trim() === '') continue;
    read++;
    if (isCreditCode(text)) codes++;
  }
  return read > 0 && codes >= read * CODE_SHARE;
}
