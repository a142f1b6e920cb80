/**
 * Formulas that refer to rows a plan deletes (a summary sheet's =Customers!B2). Excel turns each such
 * reference into #REF!, as the file host does when it deletes the rows, so commands name these cells
 * before anyone finds them broken.
 */
import type ExcelJS from 'exceljs';
import { remapFormulaRows } from '../sheet/formula-rows';
import { deletionMap, sortedRows } from '../plan/row-map';
import { isFormulaCell } from './exceljs-cells';

const refCount = (formula: string) => formula.split('#REF!').length - 1;

/** Sheet names that need quotes in a reference ('Q1 Summary'!B2). */
function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The cells (`Summary!B1`) whose formulas gain a #REF! when `rows` of `sheet` are deleted. Custodian's
 * own hidden sheets are left out (a backup is a copy, not a reader of the list); `otherSheetsOnly`
 * leaves out the sheet itself, for callers that report its own formulas already.
 */
export function formulasLosingRows(
  workbook: ExcelJS.Workbook,
  sheet: string,
  rows: Iterable<number>,
  otherSheetsOnly = false,
): string[] {
  const deleted = new Set(rows);
  if (deleted.size === 0) return [];
  const remap = { sheet, map: deletionMap(sortedRows(deleted)) };
  const cells: string[] = [];
  for (const ws of workbook.worksheets) {
    const own = ws.name === sheet;
    if ((own && otherSheetsOnly) || ws.name.startsWith('_custodian')) continue;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (own && deleted.has(r)) return; // a deleted row's own formulas go with it
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = isFormulaCell(cell) ? cell.formula : undefined;
        if (formula && refCount(remapFormulaRows(formula, ws.name, remap)) > refCount(formula))
          cells.push(`${sheetRef(ws.name)}!${cell.address}`);
      });
    });
  }
  return cells;
}
