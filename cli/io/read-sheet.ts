/**
 * An exceljs worksheet → the core's SheetSnapshot: values from A1 with trailing empty rows and
 * columns trimmed (rows padded to one width), formulas with their results as values, and the
 * number format of each column's row-2 cell. Merged cells show their value in the top-left cell
 * only, as in Excel.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import { formulaOf, toCellValue } from './exceljs-cells';

export interface SheetContent {
  values: CellValue[][];
  formulas: FormulaCell[];
  columnFormats: (string | null)[];
}

function hasContent(value: CellValue): boolean {
  return value !== null && value !== '';
}

export function readSheetContent(sheet: ExcelJS.Worksheet): SheetContent {
  const sparse: CellValue[][] = [];
  const formulas: FormulaCell[] = [];
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      const formula = formulaOf(cell);
      if (formula) formulas.push({ row: rowNumber, col, formula });
      if (!hasContent(value) && !formula) return;
      cells[col - 1] = value;
      if (col > width) width = col;
      if (rowNumber > height) height = rowNumber;
    });
    sparse[rowNumber - 1] = cells;
  });

  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const source = sparse[r];
    const row: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = source?.[c] ?? null;
    values.push(row);
  }
  const columnFormats: (string | null)[] = [];
  for (let c = 1; c <= width; c++) {
    const format = sheet.findRow(2)?.findCell(c)?.numFmt ?? sheet.getColumn(c).numFmt;
    columnFormats.push(typeof format === 'string' && format !== '' ? format : null);
  }
  return { values, formulas, columnFormats };
}

export function snapshotFromSheet(sheet: ExcelJS.Worksheet, meta: Record<string, string> | undefined): SheetSnapshot {
  const content = readSheetContent(sheet);
  const snapshot: SheetSnapshot = { name: sheet.name, values: content.values, columnFormats: content.columnFormats };
  if (content.formulas.length) snapshot.formulas = content.formulas;
  if (meta) snapshot.meta = meta;
  return snapshot;
}
