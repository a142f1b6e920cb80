/**
 * exceljs reads a rule at entry over E2:E5003 as 5,002 entries, one per cell (all the same rule
 * object). Put back as column ranges, moving rows and writing the file handle a few ranges: a
 * governed sheet's 5,000-row margin of rules cost seconds per command as cells.
 */
import type ExcelJS from 'exceljs';
import { cellAddress, columnNumber, rangeAddress } from '../sheet/a1';
import { dataValidationsOf } from './exceljs-gaps';

const CELL = /^([A-Z]{1,3})(\d+)$/;

export function compactValidations(sheet: ExcelJS.Worksheet): void {
  const validations = dataValidationsOf(sheet);
  type StoredRule = NonNullable<(typeof validations.model)[string]>;
  const next: typeof validations.model = {};
  // Cells of one rule object by column: rows in the order read.
  const cells = new Map<object, Map<number, number[]>>();
  for (const [address, rule] of Object.entries(validations.model)) {
    if (!rule) continue;
    const cell = CELL.exec(address);
    if (!cell) {
      next[address] = rule; // a range already
      continue;
    }
    let columns = cells.get(rule);
    if (!columns) cells.set(rule, (columns = new Map()));
    const col = columnNumber(cell[1]!);
    let rows = columns.get(col);
    if (!rows) columns.set(col, (rows = []));
    rows.push(Number(cell[2]));
  }
  for (const [rule, columns] of cells) {
    for (const [col, rows] of columns) {
      rows.sort((a, b) => a - b);
      let first = rows[0]!;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
        const last = rows[i - 1]!;
        next[first === last ? cellAddress(first, col) : rangeAddress(first, col, last, col)] = rule as StoredRule;
        first = rows[i]!;
      }
    }
  }
  validations.model = next;
}
