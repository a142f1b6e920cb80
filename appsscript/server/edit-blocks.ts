/**
 * The cells under a plan's edits, read a block at a time: formulas (the plan driver refuses to
 * overwrite one; the sheet may have changed since its snapshot), number formats (date and text
 * cells) and, for blocks with gaps, the values to write back.
 */
import { hasGaps, blockHeight, blockWidth, type Block } from '../../shared/plan/blocks';
import { formulaGuard, formulaGuardError, formulaIn } from '../../shared/plan/execute-plan';
import { linkUrls } from './sheets-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BlockContent {
  formulas: string[][];
  formats: string[][];
  /** Read only for blocks with gaps. */
  values: unknown[][] | null;
  /** Read with the formats: setValues drops a link, which the write puts back. */
  links: (string | null)[][] | null;
}

function grid<T>(height: number, width: number, fill: T): T[][] {
  return Array.from({ length: height }, () => new Array<T>(width).fill(fill));
}

/** Reads a block (the part inside the sheet; cells past its last row or column are blank). */
export function readBlock(
  sheet: Sheet,
  block: Block<unknown>,
  what: { formats: boolean; values: boolean },
): BlockContent {
  const height = blockHeight(block);
  const width = blockWidth(block);
  const content: BlockContent = {
    formulas: grid(height, width, ''),
    formats: grid(height, width, ''),
    values: what.values ? grid<unknown>(height, width, '') : null,
    links: what.formats ? grid<string | null>(height, width, null) : null,
  };
  const rows = Math.min(height, sheet.getMaxRows() - block.row + 1);
  const cols = Math.min(width, sheet.getMaxColumns() - block.col + 1);
  if (rows <= 0 || cols <= 0) return content;
  const range = sheet.getRange(block.row, block.col, rows, cols);
  const paste = <T>(into: T[][], from: T[][]) =>
    from.forEach((row, i) => row.forEach((cell, j) => (into[i]![j] = cell)));
  paste(content.formulas, range.getFormulas());
  if (what.formats) paste(content.formats, range.getNumberFormats());
  if (content.values) paste(content.values, range.getValues());
  if (content.links) paste(content.links, linkUrls(range));
  return content;
}

/** Reads a block under edits, refusing the plan (nothing written yet) when an edited cell holds a formula. */
export function readEditBlock(sheet: Sheet, sheetName: string, block: Block<unknown>, keep: boolean): BlockContent {
  const content = readBlock(sheet, block, { formats: keep, values: keep && hasGaps(block) });
  const hit = formulaIn(block, content.formulas);
  if (hit) throw formulaGuardError(sheetName, hit);
  return content;
}

/** The guard for a plan the sidebar sends in several calls, run before the first of them. */
export function checkEditsBeforeInserts(
  sheet: Sheet,
  sheetName: string,
  cells: ReadonlyArray<{ row: number; col: number }>,
  insertedRows: readonly number[],
): void {
  const insertRows = insertedRows.map((row) => ({ row, values: [] }));
  const edits = cells.map(({ row, col }) => ({ row, col, before: null, after: null }));
  for (const block of formulaGuard({ insertRows, edits }, 'columnSpans').blocks)
    readEditBlock(sheet, sheetName, block, false);
}
