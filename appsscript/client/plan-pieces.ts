/**
 * Splits a plan into pieces the server applies one call each, so no call carries or does too
 * much (Apps Script stops a call after 6 minutes). Each piece is itself a plan; applied in order
 * they do what the whole plan does, because the parts keep the plan's order (backup, sheets, deleted sheets, inserts,
 * edits, deletes, footprints, formatting, meta): inserts go in ascending rows (each is numbered as it ends
 * up once all are in), edits by row, deletes in descending rows (numbered before any is deleted).
 * Pieces carry only what the server uses: no `before` values, no deleted rows' content.
 */
import { emptyPlan, type CellEdit, type Plan, type RowContent, type SheetWrite } from '../../shared/plan/plan';
import { isEmptyRow } from '../../shared/sheet/cell-value';

type Part = (piece: Plan) => void;
interface Costed {
  cost: number;
  add: Part;
}

function widthOf(rows: readonly (readonly unknown[])[]): number {
  return Math.max(1, ...rows.map((r) => r.length));
}

/** A row Sheets counts in getLastRow: a value or a formula. */
function hasContent(write: SheetWrite, index: number): boolean {
  return !isEmptyRow(write.rows[index]) || (write.formulas?.[index] ?? []).some((f) => f !== null);
}

function sheetParts(writes: readonly SheetWrite[], maxCells: number): Costed[] {
  const parts: Costed[] = [];
  for (const write of writes) {
    const rowsPerPart = Math.max(1, Math.floor(maxCells / widthOf(write.rows)));
    if (write.rows.length === 0) parts.push({ cost: 1, add: (p) => p.sheets.push({ ...write, rows: [] }) });
    let i = 0;
    while (i < write.rows.length) {
      // Later parts of a replaced sheet go below the last row with content, so a part ends on one.
      let end = Math.min(i + rowsPerPart, write.rows.length);
      while (end < write.rows.length && !hasContent(write, end - 1)) end++;
      const rows = write.rows.slice(i, end);
      const formulas = write.formulas?.slice(i, end);
      const mode = i === 0 ? write.mode : 'append';
      parts.push({
        cost: rows.length * widthOf(rows),
        add: (p) => p.sheets.push({ ...write, mode, rows, ...(formulas ? { formulas } : {}) }),
      });
      i = end;
    }
  }
  return parts;
}

function rowCost(row: RowContent): number {
  return Math.max(1, row.values.length, row.formulas?.length ?? 0);
}

export function splitPlan(plan: Plan, maxCells: number): Plan[] {
  const parts: Costed[] = [];
  // The backup is one server call whatever the sheet's size, and goes first, before any change.
  const backup = plan.backup;
  if (backup) parts.push({ cost: 1, add: (p) => (p.backup = backup) });
  parts.push(...sheetParts(plan.sheets, maxCells));
  // Deleting a sheet is one call whatever it held: the server needs only its name.
  for (const { name, hidden } of plan.deleteSheets ?? [])
    parts.push({ cost: 1, add: (p) => (p.deleteSheets ??= []).push({ name, hidden, rows: [] }) });
  for (const row of [...plan.insertRows].sort((a, b) => a.row - b.row))
    parts.push({ cost: rowCost(row), add: (p) => p.insertRows.push(row) });
  const edits = plan.edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.row - b.edit.row || a.index - b.index);
  for (const { edit } of edits) {
    // Only what the server writes: the value, and the format an undo gives back.
    const format = edit.format !== undefined ? { format: edit.format } : {};
    const slim: CellEdit = { row: edit.row, col: edit.col, before: null, after: edit.after, ...format };
    parts.push({ cost: 1, add: (p) => p.edits.push(slim) });
  }
  for (const row of [...plan.deleteRows].sort((a, b) => b.row - a.row))
    parts.push({ cost: 1, add: (p) => p.deleteRows.push({ row: row.row, values: [] }) });
  // After every insert: what deleting the rows took is given back once they are all in, in one call.
  const footprints = plan.footprints ?? [];
  if (footprints.length > 0) {
    const cost = footprints.reduce((n, f) => n + f.formulas.length + f.names.length + (f.merges?.length ?? 0), 1);
    parts.push({ cost, add: (p) => (p.footprints = [...footprints]) });
  }
  const highlights = plan.highlights ?? [];
  const formatting =
    plan.numberFormats.length +
    plan.validations.length +
    plan.required.length +
    highlights.reduce((n, h) => n + ('remove' in h ? 1 : h.ranges.length), 0);
  if (formatting > 0 || plan.freezeRows !== undefined || plan.filter !== undefined || plan.protection) {
    parts.push({
      cost: formatting + 1,
      add: (p) => {
        p.numberFormats.push(...plan.numberFormats);
        p.validations.push(...plan.validations);
        p.required.push(...plan.required);
        if (highlights.length > 0) p.highlights = [...(p.highlights ?? []), ...highlights];
        if (plan.freezeRows !== undefined) p.freezeRows = plan.freezeRows;
        if (plan.filter !== undefined) p.filter = plan.filter && { ...plan.filter }; // null removes the filter
        if (plan.protection) p.protection = plan.protection;
      },
    });
  }
  // A meta value is not split (the server writes a key in one call); ~20 characters count as a cell.
  for (const [key, value] of Object.entries(plan.meta))
    parts.push({ cost: Math.ceil((key.length + value.length) / 20) + 1, add: (p) => (p.meta[key] = value) });

  const pieces: Plan[] = [];
  let piece: Plan | null = null;
  let used = 0;
  for (const part of parts) {
    if (!piece || (used > 0 && used + part.cost > maxCells)) {
      piece = emptyPlan(plan.sheet);
      pieces.push(piece);
      used = 0;
    }
    part.add(piece);
    used += part.cost;
  }
  return pieces;
}
