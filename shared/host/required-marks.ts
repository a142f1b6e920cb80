/** How Excel and Google Sheets mark a required column: a filled header and a highlight on its blanks. */
import { cellAddress } from '../sheet/a1';
import type { RequiredColumn } from '../plan/plan';

export const REQUIRED_HEADER_FILL = '#FFF4CE';
export const REQUIRED_BLANK_FILL = '#FDE7E9';

/**
 * The conditional-format rule that highlights blanks of a required column, only on rows that hold
 * something (COUNTA over the row), so the empty rows below the data stay unpainted as people type.
 */
export function requiredFormula(item: RequiredColumn): string {
  return `=AND(COUNTA(${item.firstRow}:${item.firstRow})>0,LEN(TRIM(${cellAddress(item.firstRow, item.col)}))=0)`;
}

/** Whether a rule is Custodian's highlight for this column: today's formula or the one earlier setups wrote. */
export function isRequiredFormula(formula: string, item: RequiredColumn): boolean {
  return formula === requiredFormula(item) || formula === `=LEN(TRIM(${cellAddress(item.firstRow, item.col)}))=0`;
}
