/**
 * What deleting rows takes from everything around them, for every host. Rows re-inserted where they
 * were grow no range back, in Excel, Google Sheets and the file host alike (a range grows only when
 * rows go in strictly inside it): a total under the list (=SUM(C2:C101)), a formula on another sheet,
 * a name, a merged title or the filter that ended (or started) on a deleted row would stay short, and a
 * reference to a deleted row would stay #REF!. So before the delete each of them that re-inserting the
 * rows would not give back is kept with what re-inserting leaves (`predicted`); once the rows are back,
 * each one still as predicted (nothing changed it since) is set back as it was (a plan's `footprints`).
 * Pure: hosts read what is around the rows, and write back what this says.
 */
import { deletionMap, insertionMap } from './row-map';
import { remapFormulaRows, remapRangeList, type RowRemap } from '../sheet/formula-rows';
import { stringifyWithDates } from './plan-json';
import { parseRange, rangesOverlap } from '../sheet/a1';

/** Workbook meta key prefix of a kept footprint: `rows.<operation id>`. */
export const FOOTPRINT_META = 'rows.';

export interface Kept<T> {
  before: T;
  /** What re-inserting the rows alone leaves (null: gone). */
  predicted: T | null;
}

/** A formula of any sheet, at its address before the delete (and after the rows come back). */
export interface KeptFormula extends Kept<string> {
  sheet: string;
  address: string;
}

/**
 * A defined name's ranges, as its host writes them: sheet-qualified A1 ranges (files, Sheets) or the
 * name's formula (Excel, `=客户!$E$2:$E$7`). `localSheetId` (files) marks a sheet's own name.
 */
export interface KeptName extends Kept<string[]> {
  name: string;
  localSheetId?: number;
}

/**
 * Everything one delete took that re-inserting its rows does not give back. The file host keeps more
 * (rows' looks, conditional formats, validations, in exceljs's models: files/row-footprint.ts); the
 * other hosts leave those parts alone.
 */
export interface RowFootprint {
  sheet: string;
  /** The deleted rows, numbered as the sheet is before the operation, its inserts not yet in (and after its undo). */
  rows: number[];
  formulas: KeptFormula[];
  names: KeptName[];
  /** Merged cells over the deleted rows (a title merged across the list, A1:F1), as A1 ranges. */
  merges?: Kept<string>[];
  filter?: Kept<string>;
  /** The sheet's print area ("A1:F7", areas joined by "&&"), where a host keeps one beside the sheet. */
  printArea?: Kept<string>;
  /** The merges of the operation that deleted the rows: undoing the last of them gives the footprint back. */
  mergeIds?: string[];
  looks?: { row: number; hidden?: true; height?: number }[];
  formats?: unknown[];
  validations?: unknown[];
}

/** How rows of one sheet move when these rows (ascending, numbered before the delete) go and come back. */
export interface RowMoves {
  del: RowRemap;
  ins: RowRemap;
}

export function rowMoves(sheet: string, rows: readonly number[]): RowMoves {
  return { del: { sheet, map: deletionMap(rows) }, ins: { sheet, map: insertionMap(rows) } };
}

/** `before` kept with what deleting (`after`) then re-inserting (`back`) leaves of it, or null when that is `before` again. */
export function keptChange<T>(before: T, after: T | null, back: (after: T) => T): Kept<T> | null {
  const predicted = after === null ? null : back(after);
  return JSON.stringify(predicted) === JSON.stringify(before) ? null : { before, predicted };
}

/** A formula (with or without "=") held by a cell of `hostSheet`. */
export function keptFormula(formula: string, hostSheet: string, moves: RowMoves): Kept<string> | null {
  return keptChange(formula, remapFormulaRows(formula, hostSheet, moves.del), (f) =>
    remapFormulaRows(f, hostSheet, moves.ins),
  );
}

/** A range list of the moved sheet ("A2:A100 C5": merges, a filter, rules' ranges). */
export function keptRanges(ranges: string, moves: RowMoves): Kept<string> | null {
  return keptChange(ranges, remapRangeList(ranges, moves.del), (a) => remapRangeList(a, moves.ins) ?? a);
}

/** A name's ranges, each qualified with its sheet (no sheet is the name's own). */
export function keptNameRanges(ranges: readonly string[], moves: RowMoves): Kept<string[]> | null {
  return keptChange(
    [...ranges],
    ranges.map((r) => remapFormulaRows(r, '', moves.del)),
    (a) => a.map((r) => remapFormulaRows(r, '', moves.ins)),
  );
}

/** What a host reads around the rows before deleting them. */
export interface RowSurroundings {
  /** Every formula of the workbook (any sheet), with its cell. */
  formulas: Iterable<{ sheet: string; row: number; col: number; address: string; formula: string }>;
  /** The deleted rows' sheet's merged cells, as A1 ranges. */
  merges?: Iterable<string>;
  names?: Iterable<{ name: string; ranges: string[]; localSheetId?: number }>;
  /** The deleted rows' sheet's filter range, if it has one. */
  filter?: string | null;
}

/** The footprint of deleting `rows` (numbered before the delete) of `sheet`, from what is around them. */
export function footprintOf(sheet: string, rows: readonly number[], around: RowSurroundings): RowFootprint {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const moves = rowMoves(sheet, sorted);
  const deleted = new Set(sorted);
  const same = (name: string) => name.toLowerCase() === sheet.toLowerCase();
  const formulas: KeptFormula[] = [];
  for (const f of around.formulas) {
    if (same(f.sheet) && deleted.has(f.row)) continue; // the deleted row's own formulas come back with it
    const k = keptFormula(f.formula, f.sheet, moves);
    if (k) formulas.push({ sheet: f.sheet, address: f.address, ...k });
  }
  const names: KeptName[] = [];
  for (const n of around.names ?? []) {
    const k = keptNameRanges(n.ranges, moves);
    if (!k) continue;
    const scope = n.localSheetId === undefined ? {} : { localSheetId: n.localSheetId };
    names.push({ name: n.name, ...scope, ...k });
  }
  const merges = [...(around.merges ?? [])].flatMap((m) => keptRanges(m, moves) ?? []);
  const filter = around.filter ? keptRanges(around.filter, moves) : null;
  return {
    sheet,
    rows: sorted,
    formulas,
    names,
    ...(merges.length > 0 ? { merges } : {}),
    ...(filter ? { filter } : {}),
  };
}

/** What a host keeps of a plan's delete (history/row-footprints.ts says which plans keep one). */
export interface FootprintKeeping {
  /** The history id of the operation that deletes the rows: the footprint is kept under it. */
  id: string;
  /**
   * Every row the plan deletes but did not insert, numbered as before the plan: a host reads around them
   * before the plan moves any row (one that applies it in pieces, around all of them at once).
   */
  rows: number[];
  mergeIds?: string[];
}

/** The meta that keeps a footprint (nothing for one that holds nothing). */
export function footprintMeta(keeping: FootprintKeeping, footprint: RowFootprint): Record<string, string> {
  if (isEmptyFootprint(footprint)) return {};
  const kept: RowFootprint = { ...footprint, ...(keeping.mergeIds ? { mergeIds: keeping.mergeIds } : {}) };
  return { [FOOTPRINT_META + keeping.id]: stringifyWithDates(kept) };
}

export function isEmptyFootprint(f: RowFootprint): boolean {
  return (
    f.formulas.length +
      f.names.length +
      (f.merges?.length ?? 0) +
      (f.looks?.length ?? 0) +
      (f.formats?.length ?? 0) +
      (f.validations?.length ?? 0) ===
      0 &&
    !f.filter &&
    !f.printArea
  );
}

/** Two formulas' texts are one formula, with or without the leading "=" (exceljs keeps none). */
export function sameFormula(a: unknown, b: string | null): boolean {
  return typeof a === 'string' && b !== null && a.replace(/^=/, '') === b.replace(/^=/, '');
}

/** Whether an A1 range (as a footprint keeps a merge) covers more than one cell: a merge still. */
export function isMultiCell(range: string | null): range is string {
  return range !== null && !/^\$?([A-Z]+)\$?(\d+)(?::\$?\1\$?\2)?$/i.test(range);
}

/** The cells parts of a host's list of areas: "Sheet1!$A$1:$B$4, Sheet1!D1" -> ["A1:B4", "D1"]. */
export function areaAddresses(address: string): string[] {
  return (address.match(/(?:'(?:[^']|'')*'|[^',])+/g) ?? [])
    .map((part) =>
      part
        .slice(part.lastIndexOf('!') + 1)
        .replace(/\$/g, '')
        .trim()
        .toUpperCase(),
    )
    .filter((part) => part !== '');
}

/**
 * The merges to make again, given the merged ranges there are now (A1, no $): each kept merge still as
 * re-inserting left it (a shorter merge still there, or none), whose cells no other merge has taken
 * since, with the shorter merge to undo first.
 */
export function mergesBack(
  kept: readonly Kept<string>[],
  current: readonly string[],
): { range: string; unmerge: string | null }[] {
  const now = current.map((c) => c.replace(/\$/g, '').toUpperCase());
  return kept.flatMap(({ before, predicted }) => {
    const shorter = isMultiCell(predicted) ? predicted.toUpperCase() : null;
    if (shorter !== null && !now.includes(shorter)) return [];
    const cells = parseRange(before);
    const taken = now.some((c) => {
      const other = parseRange(c);
      return c !== shorter && other !== null && cells !== null && rangesOverlap(other, cells);
    });
    return taken || cells === null ? [] : [{ range: before, unmerge: shorter }];
  });
}

/** Whether merging a range would lose nothing: every cell but its top-left one is blank. */
export function mergesLosslessly(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row, i) => row.every((v, j) => (i === 0 && j === 0) || v === null || v === ''));
}
