/**
 * Inserts and deletes many rows of a worksheet in one pass. exceljs's spliceRows moves every row
 * below on each call (slow for thousands of scattered rows) and leaves formulas, merges,
 * validations, conditional formats, merged cells, defined names, print areas and tables pointing at the
 * old rows; this keeps them in step the way Excel does. Not adjusted: images and array-formula ranges.
 */
import ExcelJS from 'exceljs';
import { remapFormulaRows, remapRangeList, type RowMap, type RowRemap } from '../../shared/sheet/formula-rows';
import { deletionMap, insertionMap, sortedRows } from '../../shared/plan/row-map';
import { mergesOf, removeNote, type MergeRange } from '../../shared/files/exceljs-gaps';
import { remapSheetExtras, remapWorkbookFormulas } from '../../shared/files/remap-workbook-rows';
import { definedNamesOf, setDefinedNames } from '../../shared/files/defined-names';
import { footprintOfDeletion, type RowFootprint } from '../../shared/files/row-footprint';
import { keepNote } from '../../shared/files/cell-extras';
import { remapTables } from '../../shared/files/exceljs-tables';

function clearCell(cell: ExcelJS.Cell): void {
  cell.value = null;
  cell.style = {};
  removeNote(cell);
}

function clearRow(sheet: ExcelJS.Worksheet, rowNumber: number): void {
  const row = sheet.findRow(rowNumber);
  if (!row) return;
  row.eachCell({ includeEmpty: true }, clearCell);
  row.height = undefined as unknown as number;
  row.hidden = false;
}

function copyRow(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const source = sheet.findRow(from);
  if (!source) return;
  const target = sheet.getRow(to);
  source.eachCell({ includeEmpty: true }, (cell, col) => {
    const dest = target.getCell(col);
    dest.value = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
    dest.style = cell.style;
    if (cell.note) dest.note = cell.note;
    keepNote(dest);
  });
  if (source.height) target.height = source.height;
  target.hidden = source.hidden;
}

/** The rows a merged range spans once rows moved, as Excel has it: shrunk, grown or gone (null). */
function mergedRows(m: MergeRange, remap: RowRemap): { top: number; bottom: number } | null {
  const moved = remapRangeList(`A${m.top}:A${m.bottom}`, remap);
  const rows = moved ? /^A(\d+)(?::A(\d+))?$/.exec(moved) : null;
  if (!rows) return null;
  return { top: Number(rows[1]), bottom: Number(rows[2] ?? rows[1]) };
}

function withMergesRemapped(sheet: ExcelJS.Worksheet, firstMoved: number, map: RowMap, move: () => void): void {
  const affected = mergesOf(sheet).filter((m) => m.bottom >= firstMoved);
  for (const m of affected) sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
  move();
  const remap: RowRemap = { sheet: sheet.name, map };
  for (const m of affected) {
    const rows = mergedRows(m, remap);
    // A range left with one cell is no longer a merge.
    if (rows && (rows.bottom > rows.top || m.right > m.left)) sheet.mergeCells(rows.top, m.left, rows.bottom, m.right);
  }
}

/** Defined names of every sheet that point at the moved rows; a name whose rows are all gone reads #REF!. */
function remapDefinedNames(workbook: ExcelJS.Workbook, remap: RowRemap): void {
  const names = definedNamesOf(workbook);
  if (names.length === 0) return;
  // Names are always sheet-qualified, so no sheet is the formula's own ('').
  const next = names.map((n) => ({ ...n, ranges: n.ranges.map((r) => remapFormulaRows(r, '', remap)) }));
  if (next.some((n, i) => n.ranges.some((r, j) => r !== names[i]!.ranges[j]))) setDefinedNames(workbook, next);
}

/** Print area ("A1:C9&&E1:F9") and print title rows ("1:1") of the sheet whose rows moved. */
function remapPrintRanges(sheet: ExcelJS.Worksheet, remap: RowRemap): void {
  const setup = sheet.pageSetup;
  if (setup.printArea) {
    const areas = setup.printArea.split('&&').flatMap((area) => remapRangeList(area, remap) ?? []);
    if (areas.length) setup.printArea = areas.join('&&');
    else delete setup.printArea;
  }
  if (setup.printTitlesRow) {
    const titles = remapFormulaRows(setup.printTitlesRow, sheet.name, remap);
    if (titles.includes('#REF!')) delete setup.printTitlesRow;
    else setup.printTitlesRow = titles;
  }
}

function applyRemap(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, map: RowMap, inserted?: number[]): void {
  const remap: RowRemap = { sheet: sheet.name, map };
  remapWorkbookFormulas(workbook, remap);
  remapSheetExtras(workbook, remap);
  remapDefinedNames(workbook, remap);
  remapPrintRanges(sheet, remap);
  remapTables(sheet, remap, inserted);
}

/**
 * Opens empty rows at `positions` (row numbers as they are after the insert) and returns them in
 * ascending order; the caller fills them. Existing rows move down.
 */
export function openRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, positions: readonly number[]): number[] {
  const sorted = sortedRows(positions);
  if (sorted.length !== positions.length)
    throw new Error(`Plan inserts row ${positions.find((p, i) => positions.indexOf(p) !== i)} twice`);
  if (sorted.length === 0) return sorted;
  const map = insertionMap(sorted);
  const last = sheet.rowCount;
  const firstMoved = sorted[0]!;
  applyRemap(workbook, sheet, map, sorted);
  withMergesRemapped(sheet, firstMoved, map, () => {
    for (let r = last; r >= firstMoved; r--) {
      const to = map(r) as number;
      if (to === r) continue;
      clearRow(sheet, to);
      copyRow(sheet, r, to);
      clearRow(sheet, r);
    }
  });
  return sorted;
}

/** Deletes rows (numbers as they are now); the rows below move up. Returns what re-inserting them would not give back. */
export function removeRows(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  rows: readonly number[],
): RowFootprint {
  const sorted = sortedRows(rows);
  const footprint = footprintOfDeletion(workbook, sheet, sorted);
  deleteRows(workbook, sheet, sorted);
  return footprint;
}

/** Deletes rows (numbers as they are now) without reading their footprint: the rows below move up. */
export function deleteRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, rows: readonly number[]): void {
  const sorted = sortedRows(rows);
  if (sorted.length === 0) return;
  const map = deletionMap(sorted);
  const last = sheet.rowCount;
  const firstMoved = sorted[0]!;
  applyRemap(workbook, sheet, map);
  withMergesRemapped(sheet, firstMoved, map, () => {
    for (const r of sorted) clearRow(sheet, r);
    for (let r = firstMoved; r <= last; r++) {
      const to = map(r);
      if (to === null || to === r) continue;
      copyRow(sheet, r, to);
      clearRow(sheet, r);
    }
  });
}
