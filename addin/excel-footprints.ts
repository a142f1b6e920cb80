/// <reference types="office-js" />
/**
 * Row footprints in Excel (shared/plan/row-footprint.ts): what deleting rows takes from the formulas
 * of every sheet, the workbook's names, the merged cells over the rows and the filter, which
 * re-inserting them does not give back. Before a plan that keeps one deletes rows, prepare reads around them in two
 * syncs of their own (the names, the merged areas of the deleted rows and each sheet's formula cells,
 * then those cells' formulas); a failed read only leaves the footprint out. An undo's footprints are
 * given back after its inserts: one sync reads what is there now, the step's own writes back each
 * thing still as re-inserting left it.
 */
import type { HostCapabilities } from '../shared/host/host';
import { META_SHEET } from '../shared/host/meta-sheet';
import { FORMULA_BYTES_PER_CELL, RequestBudget } from '../shared/host/request-budget';
import {
  areaAddresses,
  footprintOf,
  mergesBack,
  mergesLosslessly,
  sameFormula,
  type FootprintKeeping,
  type Kept,
  type KeptFormula,
  type RowFootprint,
} from '../shared/plan/row-footprint';
import { consecutiveRuns } from '../shared/sheet/row-runs';
import { cellAddress, parseRange, rangeAddress } from '../shared/sheet/a1';
import { subject } from '../shared/host/step-actions';
import type { StepContext } from './apply-steps';

/** Bytes one formula cell's text is assumed to take in a response, before it is read. */
const FORMULA_READ_BYTES = FORMULA_BYTES_PER_CELL + 56;

/** Custodian's own sheets (meta, backups) hold nothing that refers to the list. */
function isCustodianSheet(name: string): boolean {
  return name === META_SHEET || name.startsWith(`${META_SHEET}_`);
}

function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** Queues the merged areas over the deleted rows, run by run (ExcelApi 1.13). */
function queueMergedAreas(target: Excel.Worksheet, rows: readonly number[]): Excel.RangeAreas[] {
  return consecutiveRuns(rows).map((run) =>
    target
      .getRange(`${run.first}:${run.first + run.count - 1}`)
      .getMergedAreasOrNullObject()
      .load('address'),
  );
}

/** Queues the merged areas that meet each kept merge's range, as it is now (ExcelApi 1.13). */
function queueMergedAreasOver(target: Excel.Worksheet, kept: readonly { before: string }[]): Excel.RangeAreas[] {
  return kept.map((k) => target.getRange(k.before).getMergedAreasOrNullObject().load('address'));
}

/** The merged areas read, as A1 ranges. */
function mergedAreas(read: readonly Excel.RangeAreas[]): string[] {
  return [...new Set(read.flatMap((m) => (m.isNullObject ? [] : areaAddresses(m.address))))];
}

/** Queues each sheet's formula cells (ExcelApi 1.9), Custodian's own sheets left out. */
function queueFormulaCells(context: Excel.RequestContext, sheetNames: Iterable<string>) {
  return [...sheetNames]
    .filter((name) => !isCustodianSheet(name))
    .map((name) => ({
      name,
      areas: context.workbook.worksheets
        .getItem(name)
        .getRange()
        .getSpecialCellsOrNullObject('Formulas')
        .load('address'),
    }));
}

/** Each sheet's formula cells as areas (A1, no sheet). */
function formulaAreas(read: ReturnType<typeof queueFormulaCells>): { name: string; areas: string[] }[] {
  return read.map(({ name, areas }) => ({ name, areas: areas.isNullObject ? [] : areaAddresses(areas.address) }));
}

/** Queues the formulas of those areas, in reads the budget can carry. */
async function queueFormulas(
  context: Excel.RequestContext,
  cells: readonly { name: string; areas: string[] }[],
  budget: RequestBudget,
) {
  const reads: { sheet: string; top: number; left: number; range: Excel.Range }[] = [];
  for (const { name, areas } of cells) {
    const worksheet = context.workbook.worksheets.getItem(name);
    for (const area of areas) {
      const at = parseRange(area);
      if (!at) continue;
      const width = at.right - at.left + 1;
      const rowsPerRead = Math.max(1, Math.floor(budget.limit / 2 / (width * FORMULA_READ_BYTES)));
      for (let top = at.top; top <= at.bottom; top += rowsPerRead) {
        const bottom = Math.min(at.bottom, top + rowsPerRead - 1);
        await budget.reserve((bottom - top + 1) * width * FORMULA_READ_BYTES);
        const range = worksheet.getRange(rangeAddress(top, at.left, bottom, at.right)).load('formulas');
        reads.push({ sheet: name, top, left: at.left, range });
      }
    }
  }
  return reads;
}

/**
 * The footprint of the plan's delete, read before anything is written, in two syncs of its own (more
 * only for formulas past a request's budget); undefined when Excel could not say.
 */
export async function readFootprint(
  context: Excel.RequestContext,
  target: Excel.Worksheet,
  sheet: string,
  sheetNames: Iterable<string>,
  keeping: FootprintKeeping,
  can: HostCapabilities,
  byteBudget: number,
): Promise<RowFootprint | undefined> {
  try {
    const names = context.workbook.names.load('items/name,items/formula');
    const merged = can.mergedCells ? queueMergedAreas(target, keeping.rows) : [];
    const cells = can.formulaCells ? queueFormulaCells(context, sheetNames) : [];
    const filter = can.filter ? target.autoFilter.getRangeOrNullObject().load('address') : null;
    await context.sync();
    const budget = new RequestBudget(() => context.sync(), byteBudget);
    const reads = can.formulaCells ? await queueFormulas(context, formulaAreas(cells), budget) : [];
    if (reads.length > 0) await context.sync();
    const formulas = reads.flatMap(({ sheet: on, top, left, range }) =>
      range.formulas.flatMap((line, i) =>
        line.flatMap((formula, j) =>
          typeof formula === 'string' && formula.startsWith('=')
            ? [{ sheet: on, row: top + i, col: left + j, address: cellAddress(top + i, left + j), formula }]
            : [],
        ),
      ),
    );
    return footprintOf(sheet, keeping.rows, {
      formulas,
      names: names.items.map((n) => ({ name: n.name, ranges: [String(n.formula)] })),
      merges: can.mergedCells ? mergedAreas(merged) : [],
      filter: filter && !filter.isNullObject ? (areaAddresses(filter.address)[0] ?? null) : null,
    });
  } catch {
    // Excel could not say (a sheet of too many areas): the rows go without their footprint.
    return undefined;
  }
}

/**
 * The footprints' step: reads each kept formula, name and merge as it is now (one sync), then queues
 * setting back each one still as predicted (written by the step's own sync). Merging again loses
 * nothing: a range whose other cells were typed into since stays unmerged.
 */
export async function giveFootprintsBack(
  step: StepContext,
  target: Excel.Worksheet,
  footprints: readonly RowFootprint[],
): Promise<void> {
  const { context, prepared } = step;
  const formulaReads: { kept: KeptFormula; range: Excel.Range }[] = [];
  for (const kept of footprints.flatMap((f) => f.formulas)) {
    if (!prepared.sheetNames.has(kept.sheet)) continue;
    await step.budget.reserve(FORMULA_READ_BYTES);
    const range = context.workbook.worksheets.getItem(kept.sheet).getRange(kept.address).load('formulas');
    formulaReads.push({ kept, range });
  }
  // Workbook names, as Excel keeps them (one formula each); a sheet's own names are left as they are.
  const keptNames = footprints
    .flatMap((f) => f.names)
    .filter((n) => n.localSheetId === undefined && n.before.length === 1);
  const names = keptNames.length > 0 ? context.workbook.names.load('items/name,items/formula') : null;
  const ownMerges = footprints.filter((f) => f.sheet === step.plan.sheet).flatMap((f) => f.merges ?? []);
  const merges = ownMerges.map((kept) => ({ kept, range: target.getRange(kept.before).load('values') }));
  const mergedNow = step.capabilities.mergedCells ? queueMergedAreasOver(target, ownMerges) : [];
  const ownFilter = footprints.find((f) => f.sheet === step.plan.sheet && f.filter)?.filter;
  const filterNow = ownFilter && step.capabilities.filter ? queueFilter(target) : null;
  await context.sync();

  for (const { kept, range } of formulaReads) {
    if (!sameFormula(range.formulas[0]?.[0], kept.predicted)) continue;
    range.formulas = [[withEquals(kept.before)]];
    step.items.push({
      subject: subject.of('range', { range: `${kept.sheet}!${kept.address}` }),
      address: kept.address,
    });
  }
  for (const item of names?.items ?? []) {
    const kept = keptNames.find((n) => n.name === item.name);
    if (kept && sameFormula(item.formula, kept.predicted?.[0] ?? null)) item.formula = withEquals(kept.before[0]!);
  }
  const current = step.capabilities.mergedCells ? mergedAreas(mergedNow) : [];
  const back = step.capabilities.mergedCells ? mergesBack(ownMerges, current) : [];
  for (const { range: before, unmerge } of back) {
    const read = merges.find((m) => m.kept.before === before)!;
    if (!mergesLosslessly(read.range.values)) continue;
    if (unmerge) target.getRange(unmerge).unmerge();
    read.range.merge(false);
    step.items.push({ subject: subject.of('range', { range: before }), address: before });
  }
  if (ownFilter && filterNow && step.capabilities.filter) giveFilterBack(target, ownFilter, filterNow);
}

/** Queues the filter's range and whether it filters anything (ExcelApi 1.9). */
function queueFilter(target: Excel.Worksheet) {
  return {
    range: target.autoFilter.getRangeOrNullObject().load('address'),
    filter: target.autoFilter.load('isDataFiltered'),
  };
}

/**
 * The filter over its rows again, where it is as re-inserting left it and filters nothing: applying it
 * anew would drop a person's criteria, so a filter that hides rows stays as it is.
 */
function giveFilterBack(target: Excel.Worksheet, kept: Kept<string>, now: ReturnType<typeof queueFilter>): void {
  if (now.range.isNullObject || now.filter.isDataFiltered) return;
  if (areaAddresses(now.range.address)[0] !== kept.predicted) return;
  target.autoFilter.apply(target.getRange(kept.before));
}
