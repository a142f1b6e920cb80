/**
 * Applies a plan (or one piece of a plan the sidebar split up) to the active spreadsheet: reads
 * what it must check first (formulas under the edits, formats), then runs the steps in the order
 * of shared/plan/plan.ts. A failing step becomes a StepError naming it.
 */
import type { Plan } from '../../shared/plan/plan';
import { parseWithDates } from '../../shared/plan/plan-json';
import { checkEditsBeforeInserts, prepareEdits, type PreparedEdits } from './edit-blocks';
import { STEPS, StepError, inStep } from './errors';
import { writeMeta } from './meta-sheet';
import type { EditCheckRequest } from './protocol';
import { formatOrNull, SheetDates } from './sheets-values';
import { applyFilter, applyRequired, applyValidations, freezeHeader } from './write-formatting';
import { applyNumberFormats, deleteRows, insertRows, writeEdits, writeSheets, type WriteContext } from './write-steps';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function touchesTarget(plan: Plan): boolean {
  return (
    plan.insertRows.length + plan.edits.length + plan.deleteRows.length + plan.numberFormats.length + plan.validations.length + plan.required.length > 0 ||
    plan.freezeRows !== undefined ||
    plan.filter !== undefined
  );
}

/** A plan as JSON text (plan/plan-json.ts), with every part present. */
export function parsePlan(json: string): Plan {
  const data = parseWithDates(json) as Partial<Plan> & { sheet: string };
  if (typeof data?.sheet !== 'string') throw new StepError(STEPS.prepare, `Could not read the changes (${STEPS.prepare}): the plan has no sheet name.`);
  return {
    sheet: data.sheet,
    sheets: data.sheets ?? [],
    insertRows: data.insertRows ?? [],
    edits: data.edits ?? [],
    deleteRows: data.deleteRows ?? [],
    numberFormats: data.numberFormats ?? [],
    validations: data.validations ?? [],
    required: data.required ?? [],
    ...(data.freezeRows !== undefined ? { freezeRows: data.freezeRows } : {}),
    ...(data.filter !== undefined ? { filter: data.filter } : {}),
    meta: data.meta ?? {},
  };
}

function targetSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new StepError(STEPS.prepare, `Could not find the sheet "${name}" (${STEPS.prepare}): it was renamed or deleted. Read the sheet again.`);
  return sheet;
}

/** Row-2 formats of the columns inserted rows fill (null: automatic), which the inserted cells get. */
function rowTwoFormats(sheet: Sheet, plan: Plan): (string | null)[] {
  const width = Math.min(sheet.getMaxColumns(), Math.max(0, ...plan.insertRows.map((r) => Math.max(r.values.length, r.formulas?.length ?? 0))));
  if (width === 0 || sheet.getMaxRows() < 2) return [];
  return sheet.getRange(2, 1, 1, width).getNumberFormats()[0]!.map(formatOrNull);
}

export function writePlan(plan: Plan): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const dates = new SheetDates(spreadsheet.getSpreadsheetTimeZone());
  const plannedFormats = new Map(plan.numberFormats.filter((f) => f.lastRow >= 2).map((f) => [f.col, f.format]));
  const ctx: WriteContext = { spreadsheet, plan, dates, plannedFormats };

  let sheet: Sheet | null = null;
  let edits: PreparedEdits = { blocks: [], contents: [] };
  let formats: (string | null)[] = [];
  if (touchesTarget(plan)) {
    sheet = targetSheet(spreadsheet, plan.sheet);
    const target = sheet;
    inStep(STEPS.prepare, 'read the sheet before changing it', () => {
      edits = prepareEdits(target, plan);
      if (plan.insertRows.length > 0) formats = rowTwoFormats(target, plan);
    });
  }

  if (plan.sheets.length > 0) inStep(STEPS.sheets, 'write the helper sheets', () => writeSheets(ctx));
  if (sheet) {
    const target = sheet;
    if (plan.insertRows.length > 0) inStep(STEPS.insertRows, 'insert the rows', () => insertRows(ctx, target, formats));
    if (plan.edits.length > 0) inStep(STEPS.edits, 'write the changed cells', () => writeEdits(ctx, target, edits.blocks, edits.contents));
    if (plan.deleteRows.length > 0) inStep(STEPS.deleteRows, 'delete the rows', () => deleteRows(ctx, target));
    if (plan.numberFormats.length > 0) inStep(STEPS.numberFormats, 'set the number formats', () => applyNumberFormats(ctx, target));
    if (plan.validations.length > 0) inStep(STEPS.validations, 'add the dropdowns', () => applyValidations(ctx, target));
    if (plan.required.length > 0) inStep(STEPS.required, 'highlight the required columns', () => applyRequired(ctx, target));
    const rows = plan.freezeRows;
    if (rows !== undefined) inStep(STEPS.freezeRows, 'freeze and protect the header', () => freezeHeader(target, rows));
    const filter = plan.filter;
    if (filter) inStep(STEPS.filter, 'turn on the filter', () => applyFilter(target, filter));
  }
  if (Object.keys(plan.meta).length > 0) inStep(STEPS.meta, 'save', () => writeMeta(spreadsheet, plan.meta, dates));
}

/** The formula check of a plan the sidebar sends in several calls, made before the first of them. */
export function checkEdits(request: EditCheckRequest): void {
  const sheet = targetSheet(SpreadsheetApp.getActiveSpreadsheet(), request.sheet);
  checkEditsBeforeInserts(
    sheet,
    request.sheet,
    request.cells.map(([row, col]) => ({ row, col })),
    request.insertedRows,
  );
}
