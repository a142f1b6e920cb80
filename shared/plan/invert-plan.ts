/**
 * The plan that undoes a plan's cell and row changes. A plan runs insertRows -> edits -> deleteRows,
 * with edits numbered between the two; its inverse runs the same steps backwards from the same
 * middle state: it inserts what was deleted, reverts the edits (last first), deletes what was inserted.
 *
 * Not inverted (a plan does not carry what they replaced): helper-sheet writes (`sheets`) — the
 * archive and the audit log are append-only records, an undo is logged, never erased —, formatting
 * (formats, validations, required, freeze, filter) and `meta`. Callers add what their undo needs
 * (planUndo appends a log row and clears the history entry).
 */
import { emptyPlan, type CellEdit, type Plan, type RowContent } from './plan';

function copyRow(row: RowContent): RowContent {
  return {
    row: row.row,
    values: [...row.values],
    ...(row.formulas ? { formulas: [...row.formulas] } : {}),
  };
}

function invertEdit(edit: CellEdit): CellEdit {
  return {
    row: edit.row,
    col: edit.col,
    before: edit.after,
    after: edit.before,
    ...(edit.reason !== undefined ? { reason: edit.reason } : {}),
  };
}

export function invertPlan(plan: Plan): Plan {
  return {
    ...emptyPlan(plan.sheet),
    // deleteRows hold each row as it was when deleted (after the edits), so re-inserting them
    // recreates the middle state, where the reverted edits apply with the same row numbers.
    insertRows: plan.deleteRows.map(copyRow),
    edits: plan.edits.map(invertEdit).reverse(),
    deleteRows: plan.insertRows.map(copyRow),
  };
}
