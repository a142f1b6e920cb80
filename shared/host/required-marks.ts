/** How Excel and Google Sheets mark a required column: a filled header and a highlight on its blanks. */
import { cellAddress } from '../sheet/a1';
import type { RequiredColumn } from '../plan/plan';

export const REQUIRED_HEADER_FILL = '#FFF4CE';
export const REQUIRED_BLANK_FILL = '#FDE7E9';

/** The conditional-format rule that highlights blanks of a required column (also how a host finds its own). */
export function requiredFormula(item: RequiredColumn): string {
  return `=LEN(TRIM(${cellAddress(item.firstRow, item.col)}))=0`;
}
