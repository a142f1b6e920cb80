/// <reference types="office-js" />
/**
 * The Excel writer of the plan driver (shared/plan/execute-plan.ts): one or two syncs to prepare
 * (prepare-plan.ts), then one sync per non-empty step. The count depends on which parts the plan
 * has, never on how many rows it touches; only a step bigger than one request
 * (REQUEST_BYTE_BUDGET) adds syncs. A failing sync becomes a HostError naming its step and, where
 * Office says which, the column or rows that failed.
 */
import type { ApplyResult, HostCallOptions, HostCapabilities } from '../shared/host/host';
import { executePlan } from '../shared/plan/execute-plan';
import type { Plan } from '../shared/plan/plan';
import type { PlanWriter } from '../shared/plan/plan-writer';
import * as steps from './apply-steps';
import { stepError, type StepItem } from './host-errors';
import { prepare, type Prepared } from './prepare-plan';
import { RequestBudget } from '../shared/host/request-budget';
import { giveFootprintsBack } from './excel-footprints';

function excelWriter(context: Excel.RequestContext, plan: Plan, byteBudget: number, can: HostCapabilities): PlanWriter {
  let prepared: Prepared | null = null;
  let items: StepItem[] = [];
  let budget = new RequestBudget(() => context.sync(), byteBudget);
  const step = (): steps.StepContext => ({ context, plan, prepared: prepared!, budget, capabilities: can, items });
  const sheet = () => prepared!.target as Excel.Worksheet;
  // A protected sheet refuses Custodian's writes too: lifted before them (queued ahead of the first
  // step's writes) and restored after with the options it had, unless the plan sets it itself.
  let lifted: Excel.WorksheetProtectionOptions | null = null;
  return {
    blockStrategy: 'runs',
    async prepare(_work, guard) {
      prepared = await prepare(context, plan, guard, byteBudget, can);
      if (prepared.protection?.protected) {
        lifted = prepared.protection.options;
        prepared.protection.unprotect();
      }
    },
    copySheet: (backup) => steps.copySheet(step(), backup.name),
    writeSheets: () => steps.writeSheets(step()),
    deleteSheets: (names) =>
      names
        .filter((n) => prepared!.sheetNames.delete(n))
        .forEach((n) => context.workbook.worksheets.getItem(n).delete()),
    insertRows: (rows, runs) => steps.insertRows(step(), sheet(), rows, runs),
    writeEdits: (blocks) => steps.writeEdits(step(), sheet(), blocks),
    deleteRows: (_rows, runs) => steps.deleteRows(step(), sheet(), runs),
    giveFootprintsBack: (footprints) => giveFootprintsBack(step(), sheet(), footprints),
    setNumberFormats: () => steps.applyNumberFormats(step(), sheet()),
    setValidations: () => steps.applyValidations(step(), sheet()),
    setRequired: () => steps.applyRequired(step(), sheet()),
    setHighlights: () => steps.applyHighlights(step(), sheet()),
    freezeRows: (rows, columns) => steps.freezeRows(step(), sheet(), rows, columns),
    setFilter: (filter) => steps.applyFilter(step(), sheet(), filter),
    setProtection(protection) {
      steps.applyProtection(step(), sheet(), protection, lifted !== null);
      lifted = null;
    },
    writeMeta: () => steps.writeMeta(step()),
    beginStep() {
      items = [];
      budget = new RequestBudget(() => context.sync(), byteBudget);
    },
    endStep: () => context.sync(),
    stepError: (key, error) => stepError(key, key, items, error),
    forPlan: (other) => excelWriter(context, other, byteBudget, can),
    async finish() {
      if (!lifted) return;
      sheet().protection.protect(lifted);
      await context.sync();
    },
  };
}

export function applyPlanToWorkbook(
  context: Excel.RequestContext,
  plan: Plan,
  settings: { byteBudget: number; capabilities: HostCapabilities },
  call: HostCallOptions = {},
): Promise<ApplyResult> {
  return executePlan(plan, excelWriter(context, plan, settings.byteBudget, settings.capabilities), {
    capabilities: settings.capabilities,
    ...call,
  });
}
