/**
 * The file host's sheet copy, which exceljs lacks: a new sheet holding the source's cells (values,
 * formulas, styles, notes, links), row heights, column widths, merges, validations, conditional
 * formats, frozen panes and filter. Protection is left out, as Google Sheets' copy does.
 */
import type ExcelJS from 'exceljs';
import {
  conditionalFormattingsOf,
  dataValidationsOf,
  mergesOf,
  setConditionalFormattings,
} from '../../shared/files/exceljs-gaps';

function copyCell(from: ExcelJS.Cell, to: ExcelJS.Cell): void {
  // A shared formula's cell gives its own formula, so the copy never points at another cell's.
  to.value = from.formula ? { formula: from.formula, result: from.result } : from.value;
  to.style = structuredClone(from.style);
  if (from.note) to.note = from.note;
}

/** Copies `source` into a new sheet `name` (any sheet of that name is removed first) and returns it. */
export function copyWorksheet(
  workbook: ExcelJS.Workbook,
  source: ExcelJS.Worksheet,
  name: string,
  state: ExcelJS.WorksheetState,
): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(name);
  if (old) workbook.removeWorksheet(old.id);
  const copy = workbook.addWorksheet(name, { state, views: structuredClone(source.views) });
  (source.columns ?? []).forEach((column, i) => {
    const target = copy.getColumn(i + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  for (const m of mergesOf(source)) copy.mergeCells(m.top, m.left, m.bottom, m.right);
  source.eachRow({ includeEmpty: false }, (row, r) => {
    const target = copy.getRow(r);
    if (row.height) target.height = row.height;
    if (row.hidden) target.hidden = true;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // the merge's first cell holds its content
      copyCell(cell, target.getCell(c));
    });
  });
  dataValidationsOf(copy).model = structuredClone(dataValidationsOf(source).model);
  setConditionalFormattings(copy, structuredClone(conditionalFormattingsOf(source)));
  if (source.autoFilter) copy.autoFilter = structuredClone(source.autoFilter);
  // The filter's criteria (exceljs-filter-criteria.ts), or its hidden rows would stay hidden under no filter.
  const criteria = (source as { filterCriteria?: unknown }).filterCriteria;
  if (source.autoFilter && criteria) (copy as { filterCriteria?: unknown }).filterCriteria = structuredClone(criteria);
  return copy;
}
