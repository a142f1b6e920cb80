/**
 * The plan that undoes a plan's cell and row changes. A plan runs insertRows -> edits -> deleteRows,
 * with edits numbered between the two; its inverse runs the same steps backwards from the same
 * middle state: it inserts what was deleted, reverts the edits (last first), deletes what was inserted.
 *
 * Formatting is inverted from what the plan carries (invert-formatting.ts). Not inverted: helper-sheet
 * writes (`sheets`) — the archive and the audit log are append-only records, an undo is logged, never
 * erased — and `meta`. Callers add what their undo needs
 * (planUndo appends a log row and clears the history entry). Highlights and protection are inverted
 * (each carries what it replaced), with the meta that remembers them.
 */
import { emptyPlan, type CellEdit, type Plan, type RowContent } from './plan';
import { highlightMeta, invertHighlights } from './highlights';
import { invertFormatting } from './invert-formatting';
import { invertProtection, protectionMeta } from './protection';

function copyRow(row: RowContent): RowContent {
  return {
    row: row.row,
    values: [...row.values],
    ...(row.formulas ? { formulas: [...row.formulas] } : {}),
    ...(row.extras ? { extras: [...row.extras] } : {}),
  };
}

function invertEdit(edit: CellEdit): CellEdit {
  return {
    row: edit.row,
    col: edit.col,
    before: edit.after,
    after: edit.before,
    ...(edit.reason !== undefined ? { reason: edit.reason } : {}),
    // The format the cell had goes back; the one the edit set is what the cell has before the inverse.
    ...(edit.formatBefore !== undefined ? { format: edit.formatBefore } : {}),
    ...(edit.format !== undefined ? { formatBefore: edit.format } : {}),
  };
}

export function invertPlan(plan: Plan): Plan {
  const highlights = invertHighlights(plan.highlights ?? []);
  const protection = plan.protection ? invertProtection(plan.protection) : undefined;
  return {
    ...emptyPlan(plan.sheet),
    ...invertFormatting(plan),
    ...(highlights.length > 0 || protection
      ? {
          ...(highlights.length > 0 ? { highlights } : {}),
          ...(protection ? { protection } : {}),
          meta: {
            ...highlightMeta(highlights),
            ...(protection ? protectionMeta(plan.sheet, protection) : {}),
          },
        }
      : {}),
    // deleteRows hold each row as it was when deleted (after the edits), so re-inserting them
    // recreates the middle state, where the reverted edits apply with the same row numbers.
    insertRows: plan.deleteRows.map(copyRow),
    edits: plan.edits.map(invertEdit).reverse(),
    deleteRows: plan.insertRows.map(copyRow),
  };
}
