/**
 * The reference host (shared/plan/apply-plan.ts) following every plan a test applies to the
 * emulated spreadsheet. Its applyPlan pads the sheet after every edit (O(edits x rows): minutes
 * for a 50,000-edit clean of 10,000 rows), so a big plan without row inserts or deletes is applied
 * here as applyPlan of the rest plus the edits written in one pass, with the same formula check.
 */
import { applyPlan, findSheet, workbookFromSnapshot, type MemoryWorkbook } from '../../shared/plan/apply-plan';
import type { Plan } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const DIRECT_EDITS = 1000;

export function referenceApply(workbook: MemoryWorkbook, plan: Plan): MemoryWorkbook {
  if (plan.edits.length <= DIRECT_EDITS || plan.insertRows.length > 0 || plan.deleteRows.length > 0)
    return applyPlan(workbook, plan, { verify: true });
  const after = applyPlan(workbook, { ...plan, edits: [] }, { verify: true });
  const sheet = findSheet(after, plan.sheet)!;
  const values = sheet.values.map((row) => [...row]);
  for (const edit of plan.edits) {
    const formula = sheet.formulas[cellAddress(edit.row, edit.col)];
    if (formula !== undefined)
      throw new Error(`the plan edits ${cellAddress(edit.row, edit.col)}, which holds ${formula}`);
    while (values.length < edit.row) values.push([]);
    values[edit.row - 1]![edit.col - 1] = edit.after;
  }
  const width = Math.max(0, ...values.map((row) => row.length));
  for (const row of values) for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null as CellValue;
  return { ...after, sheets: after.sheets.map((s) => (s.name === plan.sheet ? { ...s, values } : s)) };
}

export class Reference {
  workbook: MemoryWorkbook;

  constructor(snapshot: SheetSnapshot) {
    this.workbook = workbookFromSnapshot(snapshot);
  }

  apply(plan: Plan): void {
    this.workbook = referenceApply(this.workbook, plan);
  }
}
