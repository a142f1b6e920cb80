/**
 * Excel tables (ListObjects) of an exceljs workbook kept valid as the sheet around them changes.
 * exceljs 4.4.0 writes a table back from its model alone (range, column names), and Excel repairs a
 * file by dropping the table when the model disagrees with the sheet: a sheet filter overlapping the
 * table, a column name that is not its header cell's text, more names than columns. So the filter
 * set up asks for becomes the table's own (grown over the columns set up appends), the range follows
 * moved rows, and the names follow the header cells when the file is written.
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress, rangesOverlap, type CellRange } from '../sheet/a1';
import { remapRangeList, type RowRemap } from '../sheet/formula-rows';
import type { FilterRange } from '../sheet/snapshot';

/** What exceljs keeps of a table, loaded or added (lib/xlsx/xform/table/table-xform.js). */
interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

type SheetWithTables = ExcelJS.Worksheet & { tables: Record<string, { model: TableModel }> };

function tableModels(sheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (sheet as SheetWithTables).tables ?? {};
  return Object.values(tables)
    .map((t) => t.model)
    .filter((m): m is TableModel => typeof m?.tableRef === 'string');
}

function rangeOf(model: TableModel): CellRange | null {
  return parseRange(model.tableRef);
}

/** A table's range, with its filter over the same columns, the Total row left out. */
function setRange(model: TableModel, range: CellRange): void {
  model.tableRef = rangeAddress(range.top, range.left, range.bottom, range.right);
  const bottom = model.totalsRow && range.bottom > range.top ? range.bottom - 1 : range.bottom;
  model.autoFilterRef = rangeAddress(range.top, range.left, bottom, range.right);
}

/** The text of a header cell, as Excel names a table column after it ('' for an empty cell). */
function headerText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return typeof value === 'object' ? cell.text : String(value);
}

const nameKey = (name: string) => name.toLowerCase();

/** The names of the sheet's tables that overlap `range`. */
export function tablesOver(sheet: ExcelJS.Worksheet, range: CellRange): string[] {
  return tableModels(sheet)
    .filter((m) => {
      const own = rangeOf(m);
      return own !== null && rangesOverlap(own, range);
    })
    .map((m) => m.name);
}

/**
 * Where a table overlaps the filter a plan sets, the table's own filter serves instead: the table
 * grows over the filter's columns to its right while their header cells name a new column (Excel
 * needs a distinct name for each). Returns the tables that do; none means a sheet filter may be set.
 */
export function filterByTables(sheet: ExcelJS.Worksheet, filter: FilterRange): string[] {
  const wanted = { top: filter.firstRow, left: filter.firstCol, bottom: filter.lastRow, right: filter.lastCol };
  const names: string[] = [];
  for (const model of tableModels(sheet)) {
    const range = rangeOf(model);
    if (!range || !rangesOverlap(range, wanted)) continue;
    names.push(model.name);
    if (model.headerRow === false) continue;
    const taken = new Set(model.columns.map((c) => nameKey(c.name)));
    // New columns show a filter button as the table's own columns do (a table may hide them all).
    const buttons = model.columns.some((c) => c.filterButton);
    let right = range.right;
    for (let col = range.right + 1; col <= wanted.right; col++) {
      const name = headerText(sheet.getCell(range.top, col)).trim();
      if (name === '' || taken.has(nameKey(name))) break;
      taken.add(nameKey(name));
      model.columns.push({ name, filterButton: buttons, ...(model.totalsRow ? { totalsRowFunction: 'none' } : {}) });
      right = col;
    }
    if (right > range.right) setRange(model, { ...range, right });
  }
  return names;
}

/**
 * Each table's range after rows of its sheet moved, as Excel moves it: rows deleted inside it shrink
 * it, rows inserted inside it grow it, and (a table without a Total row) rows inserted just below it
 * join it, as Excel's table takes in a row typed under it. `inserted`: the new rows' numbers.
 */
export function remapTables(sheet: ExcelJS.Worksheet, remap: RowRemap, inserted: readonly number[] = []): void {
  const added = new Set(inserted);
  for (const model of tableModels(sheet)) {
    const moved = remapRangeList(model.tableRef, remap);
    const range = moved === null ? null : parseRange(moved);
    if (!range) continue;
    if (!model.totalsRow) while (added.has(range.bottom + 1)) range.bottom++;
    setRange(model, range);
  }
}

/**
 * Before writing: each table's column names are its header cells' text (Excel requires it), and
 * columns at its right end left with no header and no value (set up's columns, undone) are dropped.
 * A name a header cell cannot give (empty, or another column's) stays as it was.
 */
export function fitTablesToSheet(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    for (const model of tableModels(sheet)) {
      const range = rangeOf(model);
      if (!range || model.headerRow === false || model.columns.length !== range.right - range.left + 1) continue;
      const emptyColumn = (col: number) => {
        for (let row = range.top; row <= range.bottom; row++)
          if (headerText(sheet.getCell(row, col)).trim() !== '') return false;
        return true;
      };
      while (range.right > range.left && emptyColumn(range.right)) {
        range.right--;
        model.columns.pop();
      }
      setRange(model, range);
      const texts = model.columns.map((_, i) => headerText(sheet.getCell(range.top, range.left + i)).trim());
      const counts = new Map<string, number>();
      for (const t of texts) counts.set(nameKey(t), (counts.get(nameKey(t)) ?? 0) + 1);
      model.columns.forEach((column, i) => {
        const text = texts[i]!;
        if (text !== '' && counts.get(nameKey(text)) === 1) column.name = text;
      });
    }
  }
}
