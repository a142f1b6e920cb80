/**
 * The cells under a plan's edits, read a block at a time: formulas (a plan never edits a formula;
 * the sheet may have changed since its snapshot), number formats (date and text cells) and, for
 * blocks with gaps, the values to write back. Rows numbered after the plan's inserts are mapped
 * back to where they are before them, so everything is checked before the first write.
 */
import { cellAddress } from '../../shared/sheet/a1';
import type { CellEdit, Plan } from '../../shared/plan/plan';
import { blockHeight, blockWidth, groupIntoBlocks, hasGaps, type Block } from '../../shared/plan/blocks';
import { rowBeforeInserts } from '../../shared/plan/row-map';
import { STEPS, StepError } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BlockContent {
  formulas: string[][];
  formats: string[][];
  /** Read only for blocks with gaps. */
  values: unknown[][] | null;
}

export function formulaError(sheet: string, row: number, col: number, formula: string): StepError {
  return new StepError(
    STEPS.edits,
    `Cell ${sheet}!${cellAddress(row, col)} holds the formula ${formula}; Custodian never overwrites formulas. Read the sheet again and try once more (${STEPS.edits}).`,
  );
}

function grid<T>(height: number, width: number, fill: T): T[][] {
  return Array.from({ length: height }, () => new Array<T>(width).fill(fill));
}

/** Reads a block (the part inside the sheet; cells past its last row or column are blank). */
export function readBlock(sheet: Sheet, block: Block<unknown>, what: { formats: boolean; values: boolean }): BlockContent {
  const height = blockHeight(block);
  const width = blockWidth(block);
  const content: BlockContent = { formulas: grid(height, width, ''), formats: grid(height, width, ''), values: what.values ? grid<unknown>(height, width, '') : null };
  const rows = Math.min(height, sheet.getMaxRows() - block.row + 1);
  const cols = Math.min(width, sheet.getMaxColumns() - block.col + 1);
  if (rows <= 0 || cols <= 0) return content;
  const range = sheet.getRange(block.row, block.col, rows, cols);
  const paste = <T>(into: T[][], from: T[][]) => from.forEach((row, i) => row.forEach((cell, j) => (into[i]![j] = cell)));
  paste(content.formulas, range.getFormulas());
  if (what.formats) paste(content.formats, range.getNumberFormats());
  if (content.values) paste(content.values, range.getValues());
  return content;
}

/** Throws for the first edited cell of a block that holds a formula. */
export function checkBlock(sheetName: string, block: Block<CellEdit>, formulas: string[][]): void {
  block.cells.forEach((row, i) =>
    row.forEach((edit, j) => {
      const formula = formulas[i]![j];
      if (edit !== undefined && formula) throw formulaError(sheetName, edit.row, edit.col, formula);
    }),
  );
}

export interface PreparedEdits {
  blocks: Block<CellEdit>[];
  /** Content read before any write, when the plan inserts no rows (so it is still where the edits go). */
  contents: BlockContent[] | null;
}

/**
 * Checks every edit of the plan against the sheet as it is before the plan, and (without inserts)
 * keeps what it read for the write. Edits of inserted rows are checked against the inserted formulas.
 */
export function prepareEdits(sheet: Sheet, plan: Plan): PreparedEdits {
  const blocks = groupIntoBlocks(plan.edits.map((edit) => ({ row: edit.row, col: edit.col, value: edit })), 'columnSpans');
  if (plan.insertRows.length === 0) {
    const contents = blocks.map((block) => {
      const content = readBlock(sheet, block, { formats: true, values: hasGaps(block) });
      checkBlock(plan.sheet, block, content.formulas);
      return content;
    });
    return { blocks, contents };
  }
  checkEditsBeforeInserts(sheet, plan.sheet, plan.edits, plan.insertRows.map((r) => r.row));
  const inserted = new Map(plan.insertRows.map((r) => [r.row, r.formulas ?? []]));
  for (const edit of plan.edits) {
    const formula = inserted.get(edit.row)?.[edit.col - 1];
    if (formula) throw formulaError(plan.sheet, edit.row, edit.col, formula);
  }
  return { blocks, contents: null };
}

/** Reads the formulas under cells numbered after `insertedRows` are inserted, where they are now. */
export function checkEditsBeforeInserts(sheet: Sheet, sheetName: string, cells: ReadonlyArray<{ row: number; col: number }>, insertedRows: readonly number[]): void {
  const sorted = [...insertedRows].sort((a, b) => a - b);
  const writes: Array<{ row: number; col: number; value: CellEdit }> = [];
  for (const { row, col } of cells) {
    const pre = rowBeforeInserts(sorted, row);
    // The message names the cell where it is now: nothing has been inserted yet.
    if (pre !== null) writes.push({ row: pre, col, value: { row: pre, col, before: null, after: null } });
  }
  for (const block of groupIntoBlocks(writes, 'columnSpans')) checkBlock(sheetName, block, readBlock(sheet, block, { formats: false, values: false }).formulas);
}
