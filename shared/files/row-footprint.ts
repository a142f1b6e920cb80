/**
 * What deleting rows of an exceljs workbook takes from everything around them, and giving it back when
 * the rows come back (an undo). Rows re-inserted where they were do not grow a range back, in Excel as
 * here (move-rows.ts): a total over the list, a name, a dropdown, a conditional format or the filter
 * that ended (or started) on a deleted row would stay short, and a reference to it would stay #REF!.
 * So before the delete each of them that re-inserting the rows would not give back is kept with what
 * re-inserting leaves (`predicted`), and with the rows' own hidden state and height; once the rows are
 * back, each still as predicted (nothing changed it since) is set back as it was.
 */
import type ExcelJS from 'exceljs';
import {
  isEmptyFootprint as isEmptyCoreFootprint,
  isMultiCell,
  keptChange,
  keptFormula,
  keptNameRanges,
  keptRanges,
  rowMoves,
  sameFormula,
  type Kept,
  type RowFootprint as CoreFootprint,
  type RowMoves,
} from '../plan/row-footprint';
import {
  conditionalFormattingsOf,
  dataValidationsOf,
  mergesOf,
  setConditionalFormattings,
  type StoredValidation,
} from './exceljs-gaps';
import { columnLetter } from '../sheet/a1';
import { remapRangeList, type RowRemap } from '../sheet/formula-rows';
import { isFormulaCell } from './exceljs-cells';
import { definedNamesOf, setDefinedNames, type DefinedName } from './defined-names';

/** The core's footprint (plan/row-footprint.ts) with what only the file host keeps, in exceljs's models. */
export interface RowFootprint extends CoreFootprint {
  looks: { row: number; hidden?: true; height?: number }[];
  formats: Kept<ExcelJS.ConditionalFormattingOptions>[];
  /** The sheet's own validations by rule: its cells (or ranges) before, and what re-inserting leaves. */
  validations: { rule: StoredValidation; cells: [string, string | null][] }[];
}

function keptFormulas(workbook: ExcelJS.Workbook, sheet: string, deleted: Set<number>, moves: RowMoves) {
  const out: RowFootprint['formulas'] = [];
  for (const ws of workbook.worksheets) {
    const own = ws.name === sheet;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (own && deleted.has(r)) return; // the deleted row's own formulas come back with it
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = isFormulaCell(cell) ? cell.formula : undefined;
        if (!formula) return;
        const k = keptFormula(formula, ws.name, moves);
        if (k) out.push({ sheet: ws.name, address: cell.address, ...k });
      });
    });
  }
  return out;
}

function keptValidations(ws: ExcelJS.Worksheet, moves: RowMoves): RowFootprint['validations'] {
  const byRule = new Map<string, RowFootprint['validations'][number]>();
  for (const [address, rule] of Object.entries(dataValidationsOf(ws).model)) {
    if (!rule) continue;
    const k = keptRanges(address, moves);
    if (!k) continue;
    const key = JSON.stringify(rule);
    let entry = byRule.get(key);
    if (!entry) byRule.set(key, (entry = { rule, cells: [] }));
    entry.cells.push([address, k.predicted]);
  }
  return [...byRule.values()];
}

/** The footprint of deleting `rows` (ascending, numbered before the delete) of `ws`; call before deleting. */
export function footprintOfDeletion(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, rows: number[]): RowFootprint {
  const moves = rowMoves(ws.name, rows);
  const looks = rows.flatMap((row) => {
    const found = ws.findRow(row);
    if (!found || (!found.hidden && !found.height)) return [];
    return [
      { row, ...(found.hidden ? { hidden: true as const } : {}), ...(found.height ? { height: found.height } : {}) },
    ];
  });
  const names = definedNamesOf(workbook).flatMap((n) => {
    const k = keptNameRanges(n.ranges, moves);
    return k ? [{ name: n.name, ...(n.localSheetId === undefined ? {} : { localSheetId: n.localSheetId }), ...k }] : [];
  });
  const formats = conditionalFormattingsOf(ws).flatMap((cf) => {
    const k = keptRanges(cf.ref, moves);
    return k ? [{ before: cf, predicted: k.predicted === null ? null : { ...cf, ref: k.predicted } }] : [];
  });
  const merges = mergesOf(ws).flatMap((m) => {
    const range = `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
    return keptRanges(range, moves) ?? [];
  });
  const filter = typeof ws.autoFilter === 'string' ? ws.autoFilter : undefined;
  const keptFilter = filter ? keptRanges(filter, moves) : null;
  const area = ws.pageSetup?.printArea;
  const printArea = area
    ? keptChange(area, printAreaAfter(area, moves.del), (a) => printAreaAfter(a, moves.ins) ?? a)
    : null;
  return {
    sheet: ws.name,
    rows,
    looks,
    formulas: keptFormulas(workbook, ws.name, new Set(rows), moves),
    names,
    formats,
    validations: keptValidations(ws, moves),
    ...(keptFilter ? { filter: keptFilter } : {}),
    ...(printArea ? { printArea } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

export function isEmptyFootprint(f: RowFootprint): boolean {
  return isEmptyCoreFootprint(f);
}

function giveNamesBack(workbook: ExcelJS.Workbook, names: RowFootprint['names']): void {
  if (names.length === 0) return;
  const same = (a: DefinedName, b: RowFootprint['names'][number]) =>
    a.name === b.name && a.localSheetId === b.localSheetId;
  const next = definedNamesOf(workbook).map((n) => {
    const k = names.find((m) => same(n, m));
    return k && JSON.stringify(n.ranges) === JSON.stringify(k.predicted) ? { ...n, ranges: k.before } : n;
  });
  setDefinedNames(workbook, next);
}

function giveValidationsBack(ws: ExcelJS.Worksheet, validations: RowFootprint['validations']): void {
  const model = dataValidationsOf(ws).model;
  for (const { rule, cells } of validations)
    for (const [address, predicted] of cells) {
      if (predicted !== null && JSON.stringify(model[predicted]) === JSON.stringify(rule)) delete model[predicted];
      model[address] ??= rule;
    }
}

/** Merges again what was merged, where re-inserting left it as predicted and no merge has taken its cells since. */
function giveMergesBack(ws: ExcelJS.Worksheet, merges: Kept<string>[]): void {
  const rangeOf = (m: { top: number; left: number; bottom: number; right: number }) =>
    `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
  for (const { before, predicted } of merges) {
    // What re-inserting left of a merge over more than one cell is a merge still (move-rows.ts).
    const merged = isMultiCell(predicted);
    if (merged && !mergesOf(ws).map(rangeOf).includes(predicted)) continue;
    if (merged) ws.unMergeCells(predicted);
    try {
      ws.mergeCells(before);
    } catch {
      // Cells merged otherwise since stay as they are.
    }
  }
}

/**
 * Gives back what the delete took, where it is still as re-inserting the rows left it. A footprint
 * another host kept (Excel, Sheets) has no looks, formats or validations; its formulas carry their "=".
 */
export function giveFootprintBack(workbook: ExcelJS.Workbook, footprint: CoreFootprint): void {
  const ws = workbook.getWorksheet(footprint.sheet);
  if (!ws) return;
  const own = footprint as Partial<Pick<RowFootprint, 'formats' | 'validations'>>;
  for (const { row, hidden, height } of footprint.looks ?? []) {
    if (hidden) ws.getRow(row).hidden = true;
    if (height) ws.getRow(row).height = height;
  }
  for (const f of footprint.formulas) {
    const cell = workbook.getWorksheet(f.sheet)?.getCell(f.address);
    if (cell && isFormulaCell(cell) && sameFormula(cell.formula, f.predicted))
      cell.value = { formula: f.before.replace(/^=/, '') };
  }
  giveNamesBack(workbook, footprint.names);
  const keptFormats = own.formats ?? [];
  if (keptFormats.length > 0) {
    const formats = conditionalFormattingsOf(ws).map((cf) => {
      const k = keptFormats.find((f) => f.predicted?.ref === cf.ref);
      return k ? k.before : cf;
    });
    for (const f of keptFormats) if (f.predicted === null) formats.push(f.before);
    setConditionalFormattings(ws, formats);
  }
  giveValidationsBack(ws, own.validations ?? []);
  giveMergesBack(ws, footprint.merges ?? []);
  if (footprint.filter && ws.autoFilter === footprint.filter.predicted) ws.autoFilter = footprint.filter.before;
  const area = footprint.printArea;
  if (area && (ws.pageSetup.printArea ?? null) === area.predicted) ws.pageSetup.printArea = area.before;
}

/** A print area ("A1:F7&&H1:H7", as move-rows.ts moves it) once rows moved; null when none of it is left. */
function printAreaAfter(area: string, remap: RowRemap): string | null {
  const areas = area.split('&&').flatMap((a) => remapRangeList(a, remap) ?? []);
  return areas.length > 0 ? areas.join('&&') : null;
}
