/**
 * The one plan driver: every host applies a plan through it and only translates its primitives
 * (plan-writer.ts) into its own API. The driver owns what hosts used to repeat: the step order of
 * plan.ts, the sorted inserts and the runs of rows to insert and delete, the grouping of edits
 * into blocks (by the host's strategy), the formula guard, the capabilities (a part a host cannot
 * do is skipped and reported, never half-done), progress per step, cancellation before the first
 * write, and a failure named by its step. Hosts whose calls are synchronous (Apps Script, exceljs,
 * the in-memory workbook) run it with executePlanSync, the others with executePlan.
 */
import {
  asHostError,
  HostError,
  type ApplyResult,
  type HostCapabilities,
  type Progress,
  type SkippedPart,
} from '../host/host';
import { abortError } from '../host/abort';
import { cellAddress } from '../sheet/a1';
import { consecutiveRuns } from '../sheet/row-runs';
import { groupIntoBlocks, type Block, type CellWrite } from './blocks';
import { isEmptyPlan, type CellEdit, type Plan } from './plan';
import type { CellExtras } from '../sheet/snapshot';
import { invertPlan } from './invert-plan';
import { rowBeforeInserts } from './row-map';
import type { FormulaHit, PlanStepKey, PlanWork, PlanWriter } from './plan-writer';

export interface ExecuteOptions {
  capabilities?: Pick<
    HostCapabilities,
    | 'dataValidation'
    | 'conditionalFormats'
    | 'hiddenSheets'
    | 'filter'
    | 'highlights'
    | 'protection'
    | 'cellLinks'
    | 'cellNotes'
    | 'formulaCells'
    | 'mergedCells'
  >;
  onProgress?: (progress: Progress) => void;
  signal?: { readonly aborted: boolean };
  /** false leaves a plan that fails half-way as it is (HostCallOptions.rollback). */
  rollback?: boolean;
}

/** A failure of a step as a HostError; HostErrors and cancellations pass through as they are. */
export function stepFailure(key: PlanStepKey | 'prepare', error: unknown): Error {
  return asHostError(error, key, key);
}

/** The guard's refusal: the cell is named where it is now, since nothing has been written yet. */
export function formulaGuardError(sheet: string, hit: FormulaHit): HostError {
  return HostError.fixed('edits', 'formulaUnderEdit', {
    sheet,
    cell: cellAddress(hit.row, hit.col),
    formula: hit.formula,
  });
}

/** Whether the plan changes its target sheet (a plan may only write helper sheets and meta). */
export function touchesTarget(plan: Plan): boolean {
  return (
    plan.insertRows.length +
      plan.edits.length +
      plan.deleteRows.length +
      (plan.footprints?.length ?? 0) +
      plan.numberFormats.length +
      plan.validations.length +
      plan.required.length +
      (plan.highlights?.length ?? 0) >
      0 ||
    plan.freezeRows !== undefined ||
    plan.filter !== undefined ||
    plan.protection !== undefined
  );
}

/**
 * The formula guard's input: edits of rows the plan inserts are checked against the formulas it
 * inserts (a hit is returned at once), the others become cells numbered as they are before the
 * inserts, grouped into blocks for the host to read their formulas.
 */
export function formulaGuard(
  plan: Pick<Plan, 'insertRows' | 'edits'>,
  strategy: PlanWriter['blockStrategy'],
): { hit: FormulaHit | null; blocks: Block<CellEdit>[] } {
  if (!strategy && plan.insertRows.length === 0) return { hit: null, blocks: [] };
  const positions = plan.insertRows.map((r) => r.row).sort((a, b) => a - b);
  const inserted = new Map(plan.insertRows.map((r) => [r.row, r.formulas ?? []]));
  const cells: CellWrite<CellEdit>[] = [];
  for (const edit of plan.edits) {
    const row = rowBeforeInserts(positions, edit.row);
    if (row !== null) {
      if (strategy) cells.push({ row, col: edit.col, value: edit });
    } else {
      const formula = inserted.get(edit.row)?.[edit.col - 1];
      if (formula) return { hit: { row: edit.row, col: edit.col, formula }, blocks: [] };
    }
  }
  return { hit: null, blocks: strategy ? groupIntoBlocks(cells, strategy) : [] };
}

/** The first written cell of a block (gaps skipped) whose formula, as a host read it, is a formula. */
export function formulaIn(block: Block<unknown>, formulas: readonly (readonly unknown[])[]): FormulaHit | null {
  for (const [i, row] of block.cells.entries()) {
    for (const [j, cell] of row.entries()) {
      const formula = formulas[i]?.[j];
      if (cell !== undefined && typeof formula === 'string' && formula.startsWith('='))
        return { row: block.row + i, col: block.col + j, formula };
    }
  }
  return null;
}

function workFor(plan: Plan, writer: PlanWriter): PlanWork {
  const inserts = [...plan.insertRows].sort((a, b) => a.row - b.row);
  const deletes = [...plan.deleteRows].sort((a, b) => b.row - a.row);
  return {
    plan,
    touchesTarget: touchesTarget(plan),
    inserts,
    insertRuns: consecutiveRuns(inserts.map((r) => r.row)),
    editBlocks: writer.blockStrategy
      ? groupIntoBlocks(
          plan.edits.map((edit) => ({ row: edit.row, col: edit.col, value: edit })),
          writer.blockStrategy,
        )
      : [],
    deletes,
    deleteRuns: consecutiveRuns([...new Set(deletes.map((r) => r.row))].sort((a, b) => a - b)).reverse(),
  };
}

interface Step {
  key: PlanStepKey;
  run: () => unknown;
}

function stepsFor(work: PlanWork, writer: PlanWriter, options: ExecuteOptions, skipped: SkippedPart[]): Step[] {
  const { plan } = work;
  const can = options.capabilities ?? {
    dataValidation: true,
    conditionalFormats: true,
    hiddenSheets: true,
    filter: true,
  };
  const steps: Step[] = [];
  const add = (key: PlanStepKey, present: boolean, run: () => unknown, capable = true, part?: SkippedPart) => {
    if (!present) return;
    if (capable) steps.push({ key, run });
    else if (part) skipped.push(part);
  };
  // First, so the copy holds the sheet as it was before the other parts.
  const backup = plan.backup;
  add('backup', backup !== undefined, () => writer.copySheet(backup!));
  let sheets = plan.sheets;
  if (!can.hiddenSheets && sheets.some((s) => s.hidden)) {
    skipped.push('hiddenSheets'); // the sheets are still written, visible: their content matters more than hiding it
    sheets = sheets.map((s) => ({ ...s, hidden: false }));
  }
  add('sheets', sheets.length > 0, () => writer.writeSheets(sheets));
  const removals = (plan.deleteSheets ?? []).map((removal) => removal.name);
  add('deleteSheets', removals.length > 0, () => writer.deleteSheets(removals));
  // A host that cannot read links or notes removes rows without archiving them; one that cannot write notes leaves them out.
  if (can.cellLinks === false && work.deletes.length > 0) skipped.push('links');
  const noted = (row: readonly (CellExtras | null)[] | null | undefined) => row?.some((c) => c?.note) ?? false;
  const notes = plan.insertRows.some((r) => noted(r.extras)) || sheets.some((s) => s.extras?.some(noted));
  if (can.cellNotes === false && (work.deletes.length > 0 || notes)) skipped.push('notes');
  // One that cannot find formula cells or merged cells removes rows without keeping what the removal shortens.
  if ((can.formulaCells === false || can.mergedCells === false) && work.deletes.length > 0) skipped.push('footprints');
  if (work.touchesTarget) {
    add('insertRows', work.inserts.length > 0, () => writer.insertRows(work.inserts, work.insertRuns));
    add('edits', plan.edits.length > 0, () => writer.writeEdits(work.editBlocks));
    add('deleteRows', work.deletes.length > 0, () => writer.deleteRows(work.deletes, work.deleteRuns));
    const footprints = plan.footprints ?? [];
    add('footprints', footprints.length > 0, () => writer.giveFootprintsBack(footprints));
    add('numberFormats', plan.numberFormats.length > 0, () => writer.setNumberFormats(plan.numberFormats));
    add(
      'validations',
      plan.validations.length > 0,
      () => writer.setValidations(plan.validations),
      can.dataValidation,
      'validations',
    );
    add(
      'required',
      plan.required.length > 0,
      () => writer.setRequired(plan.required),
      can.conditionalFormats,
      'required',
    );
    const highlights = plan.highlights ?? [];
    add(
      'highlights',
      highlights.length > 0,
      () => writer.setHighlights(highlights),
      can.highlights ?? can.conditionalFormats,
      'highlights',
    );
    const rows = plan.freezeRows;
    add('freezeRows', rows !== undefined, () => writer.freezeRows(rows!, plan.freezeColumns));
    const filter = plan.filter;
    add('filter', filter !== undefined, () => writer.setFilter(filter!), can.filter, 'filter');
    const protection = plan.protection;
    add(
      'protection',
      protection !== undefined,
      () => writer.setProtection(protection!),
      can.protection ?? true,
      'protection',
    );
  }
  add('meta', Object.keys(plan.meta).length > 0, () => writer.writeMeta(plan.meta));
  return steps;
}

/**
 * The driver itself, as a generator that yields what each primitive returns: the async runner
 * awaits it, the sync runner hands it straight back. One body for both keeps one step order.
 */
function* drive(
  plan: Plan,
  writer: PlanWriter,
  options: ExecuteOptions,
  rollingBack = false,
): Generator<unknown, ApplyResult, unknown> {
  const skipped: SkippedPart[] = [];
  const work = workFor(plan, writer);
  const steps = stepsFor(work, writer, options, skipped);
  if (steps.length === 0) return { skipped };
  if (options.signal?.aborted) throw abortError();
  const fail = (key: PlanStepKey | 'prepare', error: unknown) => (writer.stepError ?? stepFailure)(key, error);

  // Without inserts the cells under the edits are where the edits go: their blocks are the guard's.
  const guard =
    plan.edits.length === 0 || !work.touchesTarget
      ? { hit: null, blocks: [] }
      : work.inserts.length === 0
        ? { hit: null, blocks: work.editBlocks }
        : formulaGuard(plan, writer.blockStrategy);
  if (guard.hit) throw formulaGuardError(plan.sheet, guard.hit);
  let hit: FormulaHit | null;
  try {
    hit = ((yield writer.prepare?.(work, guard.blocks)) as FormulaHit | null | undefined) ?? null;
  } catch (error) {
    throw fail('prepare', error);
  }
  if (hit) throw formulaGuardError(plan.sheet, hit);
  // Cancelling stops before the first write only: a half-applied plan could not be undone.
  if (options.signal?.aborted) throw abortError();

  options.onProgress?.({ done: 0, total: steps.length });
  const completed: PlanStepKey[] = [];
  let failure: Error | null = null;
  for (const [index, step] of steps.entries()) {
    try {
      writer.beginStep?.(step.key);
      yield step.run();
      yield writer.endStep?.(step.key);
    } catch (error) {
      failure = fail(step.key, error);
      break;
    }
    completed.push(step.key);
    options.onProgress?.({ done: index + 1, total: steps.length });
  }
  if (failure && !rollingBack && writer.forPlan && options.rollback !== false) {
    // All or nothing: what the completed steps changed is put back before the failure is reported,
    // so no half-applied plan is left without a history entry to undo it (see rollbackPlan). A
    // failed step may have done part of its work (Excel runs a batch up to the failing command):
    // it is put back too where undoing what was never done changes nothing.
    const failed = steps[completed.length]!.key;
    const back = rollbackPlan(plan, REDONE_SAFELY.has(failed) ? [...completed, failed] : completed);
    if (back) {
      try {
        // Its own pass (prepare, steps, finish) through a writer for the inverse plan.
        yield* drive(back, writer.forPlan(back), {}, true);
      } catch {
        // The rollback failing leaves the original failure as the one to report.
      }
    }
  }
  yield writer.finish?.();
  if (failure) throw failure;
  return { skipped };
}

/** Steps whose inverse is harmless where they did nothing: edits go back to the values they replaced, formatting is removed. */
const REDONE_SAFELY: ReadonlySet<PlanStepKey> = new Set<PlanStepKey>([
  'edits',
  'numberFormats',
  'validations',
  'required',
  'highlights',
  'protection',
]);

/**
 * The plan that undoes the completed steps of a failed plan: rows and cells exactly (invertPlan),
 * highlights and protection to what they replaced, formatting as invertPlan undoes it, removed sheets
 * written again. Helper sheets stay (a sheet of a created sheet's name may have been the user's, left
 * as it was), and meta: it is the last step, so a failed plan never wrote its history entry or its
 * counter. Null when nothing completed needs putting back.
 */
export function rollbackPlan(plan: Plan, completed: readonly PlanStepKey[]): Plan | null {
  const done = new Set(completed);
  const partial: Plan = {
    ...plan,
    sheets: [],
    deleteSheets: done.has('deleteSheets') ? plan.deleteSheets : undefined,
    insertRows: done.has('insertRows') ? plan.insertRows : [],
    edits: done.has('edits') ? plan.edits : [],
    deleteRows: done.has('deleteRows') ? plan.deleteRows : [],
    // Formatting steps that completed are undone as invertPlan undoes them (invert-formatting.ts).
    numberFormats: done.has('numberFormats') ? plan.numberFormats : [],
    validations: done.has('validations') ? plan.validations : [],
    required: done.has('required') ? plan.required : [],
    freezeRows: done.has('freezeRows') ? plan.freezeRows : undefined,
    filter: done.has('filter') ? plan.filter : undefined,
    ...(done.has('highlights') && plan.highlights ? { highlights: plan.highlights } : { highlights: undefined }),
    ...(done.has('protection') && plan.protection ? { protection: plan.protection } : { protection: undefined }),
  };
  const inverse = invertPlan(partial);
  inverse.meta = {};
  return isEmptyPlan(inverse) ? null : inverse;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Applies a plan through an asynchronous writer (Excel's Office.js). */
export async function executePlan(plan: Plan, writer: PlanWriter, options: ExecuteOptions = {}): Promise<ApplyResult> {
  const it = drive(plan, writer, options);
  let next = it.next();
  while (!next.done) {
    let value: unknown;
    let failure: { error: unknown } | null = null;
    try {
      value = await next.value;
    } catch (error) {
      failure = { error };
    }
    next = failure ? it.throw(failure.error) : it.next(value);
  }
  return next.value;
}

/** Applies a plan through a synchronous writer (Apps Script, exceljs, the in-memory workbook). */
export function executePlanSync(plan: Plan, writer: PlanWriter, options: ExecuteOptions = {}): ApplyResult {
  const it = drive(plan, writer, options);
  let next = it.next();
  while (!next.done) {
    if (isThenable(next.value))
      throw new Error('executePlanSync was given a writer that returns promises; use executePlan');
    next = it.next(next.value);
  }
  return next.value;
}
