/**
 * Whether a row says China: its country cell (China, 中国, CN), or one of its phone numbers written
 * with China's code (+86, 0086). A pinyin name on such a row may be read surname first (split-name.ts);
 * a bare number says nothing, as an international list's numbers are typed many ways.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetColumn } from './sheet-sources';

const CHINA_CODE = /^\s*(?:\+|00)\s*86(?=[\s\-()]*\d)/;

/** A test of a row, given the sheet's columns and its reading of each row's country cell (phone-region.ts). */
export function chineseRowTest(
  sheetColumns: readonly SheetColumn[],
  rowRegion: (row: readonly CellValue[]) => string | null,
): (row: readonly CellValue[]) => boolean {
  const phones = sheetColumns.filter((c) => c.field?.kind === 'phone' || c.secondOf === 'phone').map((c) => c.col);
  return (row) => rowRegion(row) === 'CN' || phones.some((col) => CHINA_CODE.test(cellText(row[col - 1] ?? null)));
}
