/**
 * The Google Sheets writer of the plan driver (shared/plan/execute-plan.ts): applies a plan (or
 * one piece of a plan the sidebar split up) to the active spreadsheet. Prepare reads the formulas
 * under the edits (and keeps what it read for the write), the row-2 formats inserted rows take, and
 * what is around rows the plan deletes where it keeps their footprint (row-footprints.ts).
 */
import { HostError } from '../../shared/host/host';
import type { Plan } from '../../shared/plan/plan';
import { planFromTrustedJson } from '../../shared/plan/plan-json';
import { insertedWidth } from '../../shared/host/row-inputs';
import { plannedColumnFormats } from '../../shared/host/cell-input';
import { executePlanSync } from '../../shared/plan/execute-plan';
import { checkEditsBeforeInserts, readEditBlock, type BlockContent } from './edit-blocks';
import { writeMeta } from './meta-sheet';
import { footprintMeta, type FootprintKeeping } from '../../shared/plan/row-footprint';
import { giveFootprintsBack, readFootprint } from './row-footprints';
import type { EditCheckRequest } from './protocol';
import { formatOrNull, SheetDates } from './sheets-values';
import { applyFilter, applyHighlights, applyProtection, applyRequired, applyValidations } from './write-formatting';
import {
  applyNumberFormats,
  copySheet,
  deleteRows,
  insertRows,
  writeEdits,
  writeSheets,
  type WriteContext,
} from './write-steps';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A plan as JSON text (plan/plan-json.ts), with every part present. */
export function parsePlan(json: string): Plan {
  const plan = planFromTrustedJson(json);
  if (!plan) throw HostError.fixed('prepare', 'planWithoutSheet');
  return plan;
}

function targetSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw HostError.fixed('prepare', 'sheetRenamed', { sheet: name });
  return sheet;
}

/** Row-2 formats of the columns inserted rows fill (null: automatic), which the inserted cells get. */
function rowTwoFormats(sheet: Sheet, plan: Plan): (string | null)[] {
  const width = Math.min(sheet.getMaxColumns(), insertedWidth(plan.insertRows));
  if (width === 0 || sheet.getMaxRows() < 2) return [];
  return sheet.getRange(2, 1, 1, width).getNumberFormats()[0]!.map(formatOrNull);
}

/**
 * Applies a plan, or one piece of it. `keeping`, with the first piece that deletes rows of a plan that keeps
 * their footprint (history/row-footprints.ts), says under which id and around which rows (all the plan's).
 */
export function writePlan(plan: Plan, keeping?: FootprintKeeping): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const dates = new SheetDates(spreadsheet.getSpreadsheetTimeZone());
  const plannedFormats = plannedColumnFormats(plan);
  const ctx: WriteContext = { spreadsheet, plan, dates, plannedFormats };
  let target: Sheet | null = null;
  let contents: BlockContent[] | null = null;
  let formats: (string | null)[] = [];
  const sheet = () => target!;
  executePlanSync(plan, {
    blockStrategy: 'columnSpans',
    prepare(work, guard) {
      if (!work.touchesTarget) return;
      const found = (target = targetSheet(spreadsheet, plan.sheet));
      // Without inserts the guard's blocks are the edits' own: what they hold is kept for the write.
      const keep = work.inserts.length === 0;
      const read = guard.map((block) => readEditBlock(found, plan.sheet, block, keep));
      if (keep) contents = read;
      else formats = rowTwoFormats(found, plan);
      // Read before the first row moves (the footprint is numbered as the sheet was before the plan), and
      // kept at once: this call may only insert, and the plan's meta may come in a later piece.
      if (keeping && (work.deletes.length > 0 || work.inserts.length > 0)) {
        const footprint = readFootprint(spreadsheet, found, keeping.rows);
        const kept = footprint ? footprintMeta(keeping, footprint) : {};
        if (Object.keys(kept).length > 0) writeMeta(spreadsheet, kept, dates);
      }
    },
    copySheet: (backup) => copySheet(ctx, target ?? targetSheet(spreadsheet, plan.sheet), backup.name),
    writeSheets: () => writeSheets(ctx),
    deleteSheets: (names) =>
      names.flatMap((n) => spreadsheet.getSheetByName(n) ?? []).forEach((sheet) => spreadsheet.deleteSheet(sheet)),
    insertRows: (rows, runs) => insertRows(ctx, sheet(), formats, rows, runs),
    writeEdits: (blocks) =>
      // After inserts the cells moved: they are read where they are now, and checked again.
      writeEdits(ctx, sheet(), blocks, (block, i) => contents?.[i] ?? readEditBlock(sheet(), plan.sheet, block, true)),
    deleteRows: (_rows, runs) => deleteRows(sheet(), runs),
    giveFootprintsBack: (footprints) => giveFootprintsBack(spreadsheet, sheet(), footprints),
    setNumberFormats: () => applyNumberFormats(ctx, sheet()),
    setValidations: () => applyValidations(ctx, sheet()),
    setRequired: () => applyRequired(ctx, sheet()),
    setHighlights: () => applyHighlights(ctx, sheet()),
    freezeRows: (rows) => sheet().setFrozenRows(rows),
    setFilter: (filter) => applyFilter(sheet(), filter),
    setProtection: (protection) => applyProtection(sheet(), protection),
    writeMeta: (changes) => writeMeta(spreadsheet, changes, dates),
  });
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
