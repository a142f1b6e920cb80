/// <reference types="office-js" />
/**
 * Applies a plan to the workbook: one or two syncs to prepare (prepare-plan.ts), then one sync per
 * non-empty step in the order of shared/plan/plan.ts. The count depends on which parts the plan
 * has, never on how many rows it touches; only a step bigger than one request (REQUEST_BYTE_BUDGET)
 * adds syncs. A failing sync becomes a HostError naming its step.
 */
import type { HostCallOptions } from '../shared/host/host';
import type { Plan } from '../shared/plan/plan';
import {
  applyFilter,
  applyNumberFormats,
  applyRequired,
  applyValidations,
  deleteRows,
  freezeRows,
  insertRows,
  writeEdits,
  writeMeta,
  writeSheets,
  type StepContext,
} from './apply-steps';
import { abortError, STEPS, stepError, type StepItem, type StepName } from './host-errors';
import { prepare } from './prepare-plan';
import { RequestBudget } from './request-budget';

interface Step {
  name: StepName;
  /** Verb phrase for "Could not <action> <items>". */
  action: string;
  run: (step: StepContext, sheet: Excel.Worksheet) => Promise<void> | void;
}

export interface ApplySettings {
  byteBudget: number;
  /** Whether the host supports an API set, e.g. ('ExcelApi', '1.9') for the filter. */
  isSetSupported: (name: string, version: string) => boolean;
}

function stepsFor(plan: Plan, settings: ApplySettings): Step[] {
  const steps: Step[] = [];
  if (plan.sheets.length > 0) steps.push({ name: STEPS.sheets, action: 'write the helper sheet', run: (s) => writeSheets(s) });
  if (plan.insertRows.length > 0) steps.push({ name: STEPS.insertRows, action: 'insert', run: insertRows });
  if (plan.edits.length > 0) steps.push({ name: STEPS.edits, action: 'write the changed cells', run: writeEdits });
  if (plan.deleteRows.length > 0) steps.push({ name: STEPS.deleteRows, action: 'delete', run: deleteRows });
  if (plan.numberFormats.length > 0) steps.push({ name: STEPS.numberFormats, action: 'set the number format of', run: applyNumberFormats });
  if (plan.validations.length > 0) steps.push({ name: STEPS.validations, action: 'add the dropdown for', run: applyValidations });
  if (plan.required.length > 0) steps.push({ name: STEPS.required, action: 'highlight the required', run: applyRequired });
  const rows = plan.freezeRows;
  if (rows !== undefined) steps.push({ name: STEPS.freezeRows, action: 'freeze', run: (s, sheet) => freezeRows(s, sheet, rows) });
  const filter = plan.filter;
  // AutoFilter needs ExcelApi 1.9; older Excel (2019 perpetual) keeps the sheet without one.
  if (filter && settings.isSetSupported('ExcelApi', '1.9')) {
    steps.push({ name: STEPS.filter, action: 'turn on the filter for', run: (s, sheet) => applyFilter(s, sheet, filter) });
  }
  if (Object.keys(plan.meta).length > 0) steps.push({ name: STEPS.meta, action: 'save', run: (s) => writeMeta(s) });
  return steps;
}

export async function applyPlanToWorkbook(context: Excel.RequestContext, plan: Plan, settings: ApplySettings, call: HostCallOptions = {}): Promise<void> {
  const steps = stepsFor(plan, settings);
  if (steps.length === 0) return;
  if (call.signal?.aborted) throw abortError();
  const prepared = await prepare(context, plan, settings.byteBudget);
  // Cancelling stops before the first write only: a half-applied plan could not be undone.
  if (call.signal?.aborted) throw abortError();
  call.onProgress?.({ done: 0, total: steps.length });
  for (const [index, step] of steps.entries()) {
    const items: StepItem[] = [];
    const budget = new RequestBudget(() => context.sync(), settings.byteBudget);
    const stepContext: StepContext = { context, plan, prepared, budget, items };
    try {
      await step.run(stepContext, prepared.target as Excel.Worksheet);
      await context.sync();
    } catch (error) {
      throw stepError(step.name, step.action, items, error);
    }
    call.onProgress?.({ done: index + 1, total: steps.length });
  }
}
