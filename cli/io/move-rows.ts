/**
 * Inserts and deletes many rows of a worksheet in one pass. exceljs's spliceRows moves every row
 * below on each call (slow for thousands of scattered rows) and leaves formulas, merges,
 * validations and conditional formats pointing at the old rows; this keeps them in step.
 * Not adjusted: defined names, tables, images and array-formula ranges.
 */
import ExcelJS from 'exceljs';
import { remapFormulaRows, remapRangeList, topRow, type RowMap, type RowRemap } from '../../shared/sheet/formula-rows';
import { deletionMap, insertionMap, sortedRows } from '../../shared/plan/row-map';
import { isFormulaCell } from './exceljs-cells';
import {
  conditionalFormattingsOf,
  dataValidationsOf,
  mergesOf,
  removeNote,
  setConditionalFormattings,
  type StoredValidation,
} from './exceljs-gaps';

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
  });
  if (source.height) target.height = source.height;
  target.hidden = source.hidden;
}

/** Rewrites formulas (every sheet), shared formulas first made plain so each cell can change alone. */
function remapWorkbookFormulas(workbook: ExcelJS.Workbook, remap: RowRemap): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!isFormulaCell(cell)) return;
        const value = cell.value as ExcelJS.CellFormulaValue & {
          shareType?: string;
          ref?: string;
          sharedFormula?: string;
        };
        const formula = cell.formula;
        if (!formula) return;
        const next = remapFormulaRows(formula, sheet.name, remap);
        if (value.shareType === 'array') {
          if (next !== formula) cell.value = { ...value, formula: next };
          return;
        }
        if (next !== formula || value.sharedFormula !== undefined || value.shareType === 'shared') {
          const plain: ExcelJS.CellFormulaValue = { formula: next };
          if (value.result !== undefined) plain.result = value.result;
          cell.value = plain;
        }
      });
    });
  }
}

type RuleWithFormulae = { formulae?: unknown[] };

/** Formulas of a validation or conditional format, whose relative rows follow the range's top row. */
function remapRuleFormulae(formulae: unknown[], sheet: string, remap: RowRemap, shift: number | undefined): unknown[] {
  return formulae.map((f) => (typeof f === 'string' ? remapFormulaRows(f, sheet, remap, shift) : f));
}

function shiftBetween(before: string, after: string): number {
  return (topRow(after) ?? 0) - (topRow(before) ?? 0);
}

function remapSheetExtras(workbook: ExcelJS.Workbook, remap: RowRemap): void {
  for (const sheet of workbook.worksheets) {
    const own = sheet.name.toLowerCase() === remap.sheet.toLowerCase();
    const validations = dataValidationsOf(sheet);
    const next: Record<string, StoredValidation> = {};
    for (const [address, rule] of Object.entries(validations.model)) {
      if (!rule) continue;
      const moved = own ? remapRangeList(address, remap) : address;
      if (!moved) continue;
      const shift = own ? shiftBetween(address, moved) : undefined;
      next[moved] = rule.formulae
        ? { ...rule, formulae: remapRuleFormulae(rule.formulae, sheet.name, remap, shift) }
        : rule;
    }
    validations.model = next;

    const formats = conditionalFormattingsOf(sheet).flatMap((cf): ExcelJS.ConditionalFormattingOptions[] => {
      const ref = own ? remapRangeList(cf.ref, remap) : cf.ref;
      if (!ref) return [];
      const shift = own ? shiftBetween(cf.ref, ref) : undefined;
      const rules = cf.rules.map((rule) => {
        const formulae = (rule as RuleWithFormulae).formulae;
        return formulae ? { ...rule, formulae: remapRuleFormulae(formulae, sheet.name, remap, shift) } : rule;
      }) as ExcelJS.ConditionalFormattingRule[];
      return [{ ref, rules }];
    });
    setConditionalFormattings(sheet, formats);

    if (own && typeof sheet.autoFilter === 'string') {
      const filter = remapRangeList(sheet.autoFilter, remap);
      if (filter) sheet.autoFilter = filter;
      else delete sheet.autoFilter;
    }
  }
}

function withMergesRemapped(sheet: ExcelJS.Worksheet, firstMoved: number, map: RowMap, move: () => void): void {
  const affected = mergesOf(sheet).filter((m) => m.bottom >= firstMoved);
  for (const m of affected) sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
  move();
  for (const m of affected) {
    const top = map(m.top);
    const bottom = map(m.bottom);
    if (top !== null && bottom !== null && bottom - top === m.bottom - m.top)
      sheet.mergeCells(top, m.left, bottom, m.right);
  }
}

function applyRemap(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, map: RowMap): void {
  const remap: RowRemap = { sheet: sheet.name, map };
  remapWorkbookFormulas(workbook, remap);
  remapSheetExtras(workbook, remap);
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
  applyRemap(workbook, sheet, map);
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

/** Deletes rows (numbers as they are now); the rows below move up. */
export function removeRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, rows: readonly number[]): void {
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
