/// <reference types="office-js" />
/**
 * What applying a plan needs to know before it writes, read in at most two syncs: which sheets
 * exist, the target's row-2 formats (date and text columns), the formulas under every edit (a plan
 * never edits a formula; the sheet may have changed since its snapshot), Custodian's earlier
 * required-column highlights and highlights of the plan's ids, the meta sheet's keys, where appended rows go
 * and whether the target is protected; and, for a plan whose delete keeps its footprint, what is around
 * the deleted rows (excel-footprints.ts, two syncs more).
 */
import { HostError } from '../shared/host/host';
import { rangeAddress } from '../shared/sheet/a1';
import type { CellEdit, Plan, RequiredColumn } from '../shared/plan/plan';
import type { CellKind } from '../shared/sheet/typed-input';
import { isItemNotFound, stepError } from './host-errors';
import { cellKind, plannedColumnFormats } from '../shared/host/cell-input';
import { insertedWidth, type CellInput } from '../shared/host/row-inputs';
import { EditedCells } from '../shared/host/cell-extras-grid';
import { lastMetaKeyRow, META_SHEET, metaKeyRows } from '../shared/host/meta-sheet';
import { isRequiredFormula } from '../shared/host/required-marks';
import { highlightIdOf } from '../shared/plan/highlights';
import { FORMULA_BYTES_PER_CELL, jsonBytes, RequestBudget } from '../shared/host/request-budget';
import { blockAddress, splitBlock, type Block } from '../shared/plan/blocks';
import { formulaGuardError, formulaIn, touchesTarget } from '../shared/plan/execute-plan';
import type { HostCapabilities } from '../shared/host/host';
import { footprintKeeping } from '../shared/history/row-footprints';
import { footprintMeta } from '../shared/plan/row-footprint';
import { readFootprint } from './excel-footprints';

export interface Prepared {
  sheetNames: Set<string>;
  target: Excel.Worksheet | null;
  kindOf: (col: number) => CellKind;
  /** An edit's value with the format its cell shows (cell-extras-grid.ts EditedCells). */
  editInput: (edit: CellEdit) => CellInput;
  /** First free row of each existing sheet the plan appends to. */
  appendAt: Map<string, number>;
  meta: { keyRows: Map<string, number>; lastRow: number } | null;
  /** Conditional formats Custodian added earlier for a required column, to replace. */
  staleHighlights: Excel.ConditionalFormat[];
  /** Custodian's rules of the plan's highlight ids (plan/highlights.ts), to replace or remove. */
  ownHighlights: Excel.ConditionalFormat[];
  /** The target's protection, which the writer lifts around its writes and restores with the same options. */
  protection: Excel.WorksheetProtection | null;
  /** The meta the plan writes, with the footprint of its delete where it keeps one (excel-footprints.ts). */
  metaChanges: Readonly<Record<string, string>>;
}

/** Queues formulas reads of the cells under the edits, in slices the budget can carry. */
async function queueFormulaReads(
  target: Excel.Worksheet,
  guard: readonly Block<CellEdit>[],
  budget: RequestBudget,
  out: Array<{ block: Block<CellEdit>; range: Excel.Range }>,
): Promise<void> {
  // Excel answers with each cell's formula, or its value when it has none: the edit's `before`.
  const rowBytes = (row: (CellEdit | undefined)[]) =>
    row.reduce((n, edit) => n + jsonBytes(edit!.before) + 2 * FORMULA_BYTES_PER_CELL, 0); // and its format
  for (const block of guard.flatMap((b) => splitBlock(b, budget.limit / 2, rowBytes))) {
    await budget.reserve(block.cells.reduce((sum, row) => sum + rowBytes(row), 0));
    const range = target.getRange(blockAddress(block));
    range.load('formulas,numberFormat');
    out.push({ block, range });
  }
}

/**
 * Reads what the writes need; `guard` holds the cells under the edits as they are now (from the
 * plan driver). A formula found there refuses the plan at once, without the second sync.
 */
export async function prepare(
  context: Excel.RequestContext,
  plan: Plan,
  guard: readonly Block<CellEdit>[],
  byteBudget: number,
  can: HostCapabilities,
): Promise<Prepared> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const target = touchesTarget(plan) ? sheets.getItem(plan.sheet) : null;
  const budget = new RequestBudget(() => context.sync(), byteBudget);

  // Row 2 formats of every column the plan writes values into.
  // (Loops, not Math.max(...spread): a clean of a big sheet has more edits than a call has arguments.)
  let widest = insertedWidth(plan.insertRows);
  for (const edit of plan.edits) widest = Math.max(widest, edit.col);
  const protection = target ? target.protection.load('protected,options') : null;
  const row2 = target && widest > 0 ? target.getRange(rangeAddress(2, 1, 2, widest)) : null;
  row2?.load('numberFormat');

  const formulaReads: Array<{ block: Block<CellEdit>; range: Excel.Range }> = [];
  const highlightReads: Array<{ item: RequiredColumn; formats: Excel.ConditionalFormatCollection }> = [];
  const highlightIds = new Set((plan.highlights ?? []).map((h) => h.id));
  let sheetFormats: Excel.ConditionalFormatCollection | null = null;
  try {
    if (target) await queueFormulaReads(target, guard, budget, formulaReads);
    for (const item of target ? plan.required : []) {
      const formats = target!.getRange(
        rangeAddress(item.firstRow, item.col, item.lastRow, item.col),
      ).conditionalFormats;
      formats.load('items/type');
      highlightReads.push({ item, formats });
    }
    if (target && highlightIds.size > 0) {
      sheetFormats = target.getRange().conditionalFormats;
      sheetFormats.load('items/type');
    }
    await context.sync();
  } catch (error) {
    throw target && isItemNotFound(error)
      ? HostError.fixed('prepare', 'sheetRenamed', { sheet: plan.sheet }, error)
      : stepError('prepare', 'prepare', [], error);
  }

  const edited = new EditedCells();
  for (const { block, range } of formulaReads) {
    const hit = formulaIn(block, range.formulas);
    if (hit) throw formulaGuardError(plan.sheet, hit);
    edited.add(block, range.numberFormat, range.formulas);
  }

  // Second sync: things on sheets that only now are known to exist.
  const sheetNames = new Set(sheets.items.map((s) => s.name));
  let pending = false;
  const appendReads = new Map<string, Excel.Range>();
  for (const write of plan.sheets) {
    if (write.mode !== 'append' || !sheetNames.has(write.name) || appendReads.has(write.name)) continue;
    const used = sheets.getItem(write.name).getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    appendReads.set(write.name, used);
    pending = true;
  }
  let metaKeys: Excel.Range | null = null;
  if (Object.keys(plan.meta).length > 0 && sheetNames.has(META_SHEET)) {
    const metaSheet = sheets.getItem(META_SHEET);
    metaKeys = metaSheet.getRange('A1').getBoundingRect(metaSheet.getUsedRange(true)).getColumn(0);
    metaKeys.load('values');
    pending = true;
  }
  const customs: Array<{ item: RequiredColumn; format: Excel.ConditionalFormat }> = [];
  for (const { item, formats } of highlightReads) {
    for (const format of formats.items) {
      if (format.type !== 'Custom') continue;
      format.custom.rule.load('formula');
      customs.push({ item, format });
      pending = true;
    }
  }
  const sheetCustoms = (sheetFormats?.items ?? []).filter((format) => format.type === 'Custom');
  for (const format of sheetCustoms) format.custom.rule.load('formula');
  if (pending || sheetCustoms.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      throw stepError('prepare', 'prepare', [], error);
    }
  }

  // What deleting the plan's rows takes from around them, kept with its history entry (two syncs of its own).
  const keeping = target ? footprintKeeping(plan) : null;
  const footprint =
    keeping && target
      ? await readFootprint(context, target, plan.sheet, sheetNames, keeping, can, byteBudget)
      : undefined;
  const planned = plannedColumnFormats(plan);
  const formats = row2 ? (row2.numberFormat[0] ?? []) : [];
  return {
    sheetNames,
    target,
    kindOf: (col) => {
      const current = formats[col - 1];
      return cellKind(typeof current === 'string' ? current : null, planned.get(col));
    },
    editInput: (edit) => edited.input(edit, formats[edit.col - 1]),
    appendAt: new Map(
      [...appendReads].map(([name, used]) => [name, used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1]),
    ),
    meta: metaKeys ? { keyRows: metaKeyRows(metaKeys.values), lastRow: lastMetaKeyRow(metaKeys.values) } : null,
    staleHighlights: customs
      .filter(({ item, format }) => isRequiredFormula(format.custom.rule.formula, item))
      .map(({ format }) => format),
    ownHighlights: sheetCustoms.filter((format) => highlightIds.has(highlightIdOf(format.custom.rule.formula) ?? '')),
    protection,
    metaChanges: keeping && footprint ? { ...plan.meta, ...footprintMeta(keeping, footprint) } : plan.meta,
  };
}
