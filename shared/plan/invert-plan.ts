/**
 * The plan that undoes a plan's cell and row changes. A plan runs insertRows -> edits -> deleteRows,
 * with edits numbered between the two; its inverse runs the same steps backwards from the same
 * middle state: it inserts what was deleted, reverts the edits (last first), deletes what was inserted.
 *
 * Formatting is inverted from what the plan carries (invert-formatting.ts). A sheet the plan created
 * (mode 'create', unless `kept`) is removed, and a removed sheet is created again with what it held.
 * Not inverted: other helper-sheet writes — the archive and the audit log are records, an undo is
 * logged and marks the archive's rows (merge/archive-undo.ts), never erases them — and `meta`. Callers add what their undo needs
 * (planUndo appends a log row and clears the history entry). Highlights and protection are inverted
 * (each carries what it replaced), with the meta that remembers them.
 */
import { emptyPlan, type CellEdit, type Plan, type RowContent, type SheetRemoval } from './plan';
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
    ...(edit.link !== undefined ? { linkBefore: edit.link } : {}),
    ...(edit.linkBefore !== undefined ? { link: edit.linkBefore } : {}),
  };
}

/** The sheets a plan creates, as removals that undo it: `create` writes only, a `kept` sheet left out. */
export function createdSheets(plan: Pick<Plan, 'sheets'>): SheetRemoval[] {
  return plan.sheets.filter((s) => s.mode === 'create' && !s.kept).map(({ mode: _mode, ...removal }) => removal);
}

export function invertPlan(plan: Plan): Plan {
  const created = createdSheets(plan);
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
    sheets: (plan.deleteSheets ?? []).map((removal) => ({ ...removal, mode: 'create' as const })),
    ...(created.length > 0 ? { deleteSheets: created } : {}),
    // deleteRows hold each row as it was when deleted (after the edits), so re-inserting them
    // recreates the middle state, where the reverted edits apply with the same row numbers.
    insertRows: plan.deleteRows.map(copyRow),
    edits: plan.edits.map(invertEdit).reverse(),
    deleteRows: plan.insertRows.map(copyRow),
  };
}
