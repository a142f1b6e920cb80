/**
 * Whether a row says China or Vietnam, whose names are written family name first: its country cell
 * (China, 中国, CN; Vietnam, Việt Nam, VN), or one of its phone numbers written with the country's
 * code (+86, 0086; +84). A romanised name on such a row may be read surname first (split-name.ts);
 * a bare number says nothing, as an international list's numbers are typed many ways.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetColumn } from './sheet-sources';

/** A country whose names a row's romanised name is read by. */
export type RowCountry = 'CN' | 'VN';

const CALLING_CODE = /^\s*(?:\+|00)\s*(86|84)(?=[\s\-()]*\d)/;
const BY_CODE: Readonly<Record<string, RowCountry>> = { '86': 'CN', '84': 'VN' };

/** A test of a row, given the sheet's columns and its reading of each row's country cell (phone-region.ts). */
export function rowCountryTest(
  sheetColumns: readonly SheetColumn[],
  rowRegion: (row: readonly CellValue[]) => string | null,
): (row: readonly CellValue[]) => RowCountry | null {
  const phones = sheetColumns.filter((c) => c.field?.kind === 'phone' || c.secondOf === 'phone').map((c) => c.col);
  return (row) => {
    const region = rowRegion(row);
    if (region === 'CN' || region === 'VN') return region;
    for (const col of phones) {
      const code = CALLING_CODE.exec(cellText(row[col - 1] ?? null))?.[1];
      if (code) return BY_CODE[code]!;
    }
    return null;
  };
}
