/**
 * Row footprints in Google Sheets (shared/plan/row-footprint.ts): what deleting rows takes from the
 * formulas of every sheet, the named ranges, the merged cells over the rows and the filter, which
 * re-inserting them does not give back. Read before the first delete of a plan that keeps one (a formula read per sheet,
 * one for the merges, one per named range) and kept in meta; an undo's footprints are given back after
 * its inserts, each thing still as re-inserting left it. A failed read only leaves the footprint out.
 */
import { META_SHEET } from '../../shared/host/meta-sheet';
import {
  footprintOf,
  mergesBack,
  mergesLosslessly,
  sameFormula,
  type KeptName,
  type RowFootprint,
} from '../../shared/plan/row-footprint';
import { cellAddress, parseRange, quoteSheetName } from '../../shared/sheet/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Custodian's own sheets (meta, backups) hold nothing that refers to the list. */
function isCustodianSheet(name: string): boolean {
  return name === META_SHEET || name.startsWith(`${META_SHEET}_`);
}

/** A named range as a footprint keeps it: its A1 range qualified with its sheet. */
function qualified(range: Range): string {
  return `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`;
}

/** A named range's range, or null when Sheets lost it (every row it covered was deleted: #REF!). */
function rangeOf(named: GoogleAppsScript.Spreadsheet.NamedRange): Range | null {
  try {
    return named.getRange();
  } catch {
    return null;
  }
}

function wholeSheet(sheet: Sheet): Range {
  return sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
}

/** The footprint of deleting `rows` (numbered before any goes) of `target`; undefined when Sheets could not say. */
export function readFootprint(spreadsheet: Spreadsheet, target: Sheet, rows: number[]): RowFootprint | undefined {
  try {
    const formulas: { sheet: string; row: number; col: number; address: string; formula: string }[] = [];
    for (const sheet of spreadsheet.getSheets()) {
      const name = sheet.getName();
      if (isCustodianSheet(name) || sheet.getLastRow() === 0) continue;
      sheet
        .getDataRange()
        .getFormulas()
        .forEach((line, i) =>
          line.forEach((formula, j) => {
            if (formula)
              formulas.push({ sheet: name, row: i + 1, col: j + 1, address: cellAddress(i + 1, j + 1), formula });
          }),
        );
    }
    const names = spreadsheet.getNamedRanges().flatMap((named) => {
      const range = rangeOf(named);
      return range ? [{ name: named.getName(), ranges: [qualified(range)] }] : [];
    });
    const merges = wholeSheet(target)
      .getMergedRanges()
      .map((r) => r.getA1Notation());
    const filter = target.getFilter()?.getRange().getA1Notation() ?? null;
    return footprintOf(target.getName(), rows, { formulas, names, merges, filter });
  } catch {
    return undefined;
  }
}

/** "'客户'!A2:B9" -> the sheet's name and the range, or null. */
function splitQualified(reference: string): { sheet: string; a1: string } | null {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return null;
  const quoted = reference.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, a1: reference.slice(bang + 1).replace(/\$/g, '') };
}

function giveFormulasBack(spreadsheet: Spreadsheet, footprints: readonly RowFootprint[]): void {
  const bySheet = new Map<string, RowFootprint['formulas']>();
  for (const kept of footprints.flatMap((f) => f.formulas))
    bySheet.set(kept.sheet, [...(bySheet.get(kept.sheet) ?? []), kept]);
  for (const [name, kept] of bySheet) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    // One read of the rows and columns they span, then one write per formula still as predicted.
    const cells = kept.flatMap((k) => {
      const at = parseRange(k.address);
      return at ? [{ k, row: at.top, col: at.left }] : [];
    });
    if (cells.length === 0) continue;
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.min(sheet.getMaxRows(), Math.max(...cells.map((c) => c.row)));
    const right = Math.min(sheet.getMaxColumns(), Math.max(...cells.map((c) => c.col)));
    if (bottom < top || right < left) continue;
    const now = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getFormulas();
    for (const { k, row, col } of cells) {
      if (!sameFormula(now[row - top]?.[col - left], k.predicted)) continue;
      sheet.getRange(row, col).setFormula(k.before.startsWith('=') ? k.before : `=${k.before}`);
    }
  }
}

function giveNamesBack(spreadsheet: Spreadsheet, kept: readonly KeptName[]): void {
  if (kept.length === 0) return;
  for (const named of spreadsheet.getNamedRanges()) {
    const k = kept.find((n) => n.name === named.getName() && n.before.length === 1);
    if (!k) continue;
    const range = rangeOf(named);
    const predicted = k.predicted?.[0] ?? null;
    // A range whose rows all went reads #REF!: Sheets has no range for it.
    const still = range === null ? predicted === null || predicted.includes('#REF!') : predicted === qualified(range);
    const before = splitQualified(k.before[0]!);
    const sheet = before && spreadsheet.getSheetByName(before.sheet);
    if (still && sheet) named.setRange(sheet.getRange(before.a1));
  }
}

/** Merges again what was merged, where nothing was typed into its other cells since. */
function giveMergesBack(target: Sheet, footprints: readonly RowFootprint[]): void {
  const kept = footprints.filter((f) => f.sheet === target.getName()).flatMap((f) => f.merges ?? []);
  if (kept.length === 0) return;
  const now = wholeSheet(target)
    .getMergedRanges()
    .map((r) => r.getA1Notation());
  for (const { range, unmerge } of mergesBack(kept, now)) {
    const cells = target.getRange(range);
    if (!mergesLosslessly(cells.getValues())) continue;
    if (unmerge) target.getRange(unmerge).breakApart();
    cells.merge();
  }
}

/**
 * The filter over its rows again, where it is as re-inserting left it and filters nothing: making it
 * anew would drop a person's criteria, so a filter that hides rows stays as it is.
 */
function giveFilterBack(target: Sheet, footprints: readonly RowFootprint[]): void {
  const kept = footprints.find((f) => f.sheet === target.getName() && f.filter)?.filter;
  const filter = kept && target.getFilter();
  if (!kept || !filter) return;
  const range = filter.getRange();
  if (range.getA1Notation() !== kept.predicted) return;
  for (let col = range.getColumn(); col < range.getColumn() + range.getNumColumns(); col++)
    if (filter.getColumnFilterCriteria(col)) return;
  filter.remove();
  target.getRange(kept.before).createFilter();
}

/** The footprints' step: each formula, named range, merge and filter still as re-inserting left it is set back. */
export function giveFootprintsBack(spreadsheet: Spreadsheet, target: Sheet, footprints: readonly RowFootprint[]): void {
  giveFormulasBack(spreadsheet, footprints);
  giveNamesBack(
    spreadsheet,
    footprints.flatMap((f) => f.names),
  );
  giveMergesBack(target, footprints);
  giveFilterBack(target, footprints);
}
