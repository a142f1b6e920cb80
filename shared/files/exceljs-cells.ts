/**
 * exceljs cell values ↔ the core's CellValue. exceljs hands back rich text, hyperlinks, formulas
 * (plain, shared, array) and errors as objects; the core sees what a user sees in the cell.
 * Formulas cross the boundary with a leading "=", as Excel and Google Sheets show them.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../sheet/cell-value';

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** The value a user sees in a cell, from an exceljs `cell.value`. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!isDict(value)) return null;
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isDict(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result);
  if ('hyperlink' in value || 'text' in value) return toCellValue(value.text);
  if (typeof value.error === 'string') return value.error;
  return null;
}

/** True when the cell holds a formula (plain, shared or array). */
export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

/** A formula cell's formula with a leading "=", shared formulas translated to this cell. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (!isFormulaCell(cell)) return undefined;
  const text = cell.formula;
  return text ? `=${text}` : undefined;
}

export function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** The result stored with a formula: only what exceljs can write back (no rich text, no hyperlinks). */
export function formulaResult(value: CellValue): string | number | boolean | Date | undefined {
  return value === null ? undefined : value;
}

export function formulaValue(formula: string, result: CellValue): ExcelJS.CellFormulaValue {
  const out: ExcelJS.CellFormulaValue = { formula: stripEquals(formula) };
  const cached = formulaResult(result);
  if (cached !== undefined) out.result = cached;
  return out;
}
