/**
 * clean: the canonical form of every fixable cell, plus an ID for every row without one, as a
 * plan of edits (old and new value) that a UI can preview and an undo can reverse. Formula
 * cells are never edited; invalid values are left as they are (check keeps reporting them).
 * A duplicate customer ID is renumbered in its later holders; the log keeps each old ID.
 */
import { cellKey, type SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, GENERAL_FORMAT, type CellEdit, type Plan } from '../plan/plan';
import { scanCells, type Finding } from '../check/scan-cells';
import type { HeaderMapping } from '../template/header-mapping';
import { nonCanonicalCode } from '../check/non-canonical';
import { customerIdChanges, idMetaBefore, withUndoMeta, type RenumberedId } from './customer-ids';
import { tabMarkerEdits } from './tab-marked-codes';
import { withFollowedLinks } from './clean-links';
import { withNoteMoves, type NoteMove } from './phone-note-moves';
import { resolveContext, type OperationOptions } from './options';
import { recordOperation } from '../history/record-operation';
import { historyLabels } from '../history/history-labels';
import { withBackup, type BackupOutcome } from '../history/backup';
import { cellText, type CellValue } from '../sheet/cell-value';
import { isoDateTimeToUtc } from '../sheet/typed-input';
import type { Locale } from '../i18n/locale';

/**
 * Whether a cell's date text is what a host with real dates (an .xlsx) would write as a date: undone,
 * it must go back as text, under no date format (its cell shows the column's date format now).
 */
function backAsText(snapshot: SheetSnapshot, before: CellValue): boolean {
  return Boolean(snapshot.realDates) && typeof before === 'string' && isoDateTimeToUtc(before) !== null;
}

/**
 * A cell of spaces only, emptied: it looks empty and every command reads it so, but Excel's filter
 * and COUNTA do not. A formula's result is left to the formula.
 */
function onlySpacesEdit(finding: Finding, formulaCells: ReadonlySet<number>): CellEdit | undefined {
  const spaces = finding.kind === 'spaces' ? finding.value : finding.kind === 'missing' ? finding.spaces : undefined;
  if (spaces === undefined) return undefined;
  const { row, column } = finding;
  if (formulaCells.has(cellKey(row, column.col))) return undefined;
  return { row, col: column.col, before: spaces, after: null, reason: 'value.onlySpaces' };
}

/** Renumbered IDs the log row lists one by one; the rest are counted (a log cell stays readable). */
const LOGGED_RENUMBERS = 20;

export interface CleanSummary {
  /** Cells the plan changes. */
  changes: number;
  /** Changes by reason (issue code such as `phone.nonCanonical`, or `id.missing`). */
  byReason: Record<string, number>;
  /** Values cleaning cannot fix (invalid, or with two readings), left in place. */
  unfixable: number;
  rows: number;
  /** Later holders of a duplicate customer ID, renumbered (old ID, new ID, the row that keeps it). */
  renumbered: RenumberedId[];
  /** The backup of the sheet written before the changes, or why none was. */
  backup: BackupOutcome;
  /**
   * Where the plan gives new IDs: the first one, and whether it continues the list's own scheme
   * (KH011 after KH010) or starts the template's (C000001), as the preview says.
   */
  newIds?: { first: string; own: boolean };
}

export interface CleanResult {
  plan: Plan;
  summary: CleanSummary;
  mapping: HeaderMapping;
}

export function planClean(snapshot: SheetSnapshot, options: OperationOptions = {}): CleanResult {
  const ctx = resolveContext(snapshot, options);
  const plan = emptyPlan(snapshot.name);
  let unfixable = 0;
  const noteMoves: NoteMove[] = [];
  const formulaCells = new Set(snapshot.formulas?.map((f) => cellKey(f.row, f.col)));
  const { dataRows } = scanCells(snapshot, ctx, (finding) => {
    // Left as typed too: a value with two readings (03/04/2024, a number two countries could own) and a
    // placeholder (无, N/A: only the user knows whether it means "none").
    if (finding.kind === 'invalid' || finding.kind === 'ambiguous' || finding.kind === 'placeholder') unfixable++;
    // A note after a phone number moves to the row's notes, where they can take it (phone-note-moves.ts).
    if (finding.kind === 'invalid' && finding.noted && !finding.isFormula) {
      const { row, column, value, noted } = finding;
      noteMoves.push({ row, col: column.col, header: column.header, value, ...noted });
    }
    const spaces = onlySpacesEdit(finding, formulaCells);
    if (spaces) plan.edits.push(spaces);
    if (finding.kind !== 'nonCanonical' || finding.isFormula) return;
    plan.edits.push({
      row: finding.row,
      col: finding.column.col,
      before: finding.value,
      after: finding.canonical,
      // 10/13/2023 among day-first dates: the change says it was read the other way round from its column.
      reason:
        finding.warning?.code === 'date.otherOrder'
          ? 'date.otherOrder'
          : nonCanonicalCode(finding.column.field, finding.value, finding.canonical),
      ...(finding.column.field.kind === 'date' && backAsText(snapshot, finding.value)
        ? { formatBefore: GENERAL_FORMAT }
        : {}),
    });
  });
  const moved = withNoteMoves(plan.edits, noteMoves, snapshot, ctx);
  plan.edits = moved.edits;
  unfixable -= moved.moved;
  // Order numbers behind a tab (抖店's 6920…\t) in columns no field governs lose the tab too.
  plan.edits.push(...tabMarkerEdits(snapshot, ctx.mapping));
  const ids = customerIdChanges(snapshot, ctx, { renumberDuplicates: true });
  if (ids.renumbered.length > 0) {
    // A renumbered ID replaces the cell's tidied form (one edit per cell, `before` as typed).
    const col = ids.plan.edits[0]!.col;
    const rows = new Set(ids.renumbered.map((r) => r.row));
    plan.edits = plan.edits.filter((e) => e.col !== col || !rows.has(e.row));
  }
  // A blank ID of spaces gets an ID, not a blank first.
  const idCells = new Set(ids.plan.edits.map((e) => cellKey(e.row, e.col)));
  plan.edits = plan.edits.filter((e) => e.reason !== 'value.onlySpaces' || !idCells.has(cellKey(e.row, e.col)));
  plan.edits.push(...ids.plan.edits);
  const firstId = ids.plan.edits.find((e) => e.reason === 'id.missing' || e.reason === 'id.duplicate')?.after as
    string | undefined;
  plan.edits = withFollowedLinks(plan.edits, snapshot);
  Object.assign(plan.meta, ids.plan.meta);

  const byReason: Record<string, number> = {};
  for (const edit of plan.edits) byReason[edit.reason ?? 'other'] = (byReason[edit.reason ?? 'other'] ?? 0) + 1;
  const recorded = recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'clean',
    at: ctx.now,
    locale: ctx.locale,
    notes: renumberNotes(ids.renumbered, ctx.locale),
    ...withUndoMeta(idMetaBefore(ids.plan.meta, snapshot.meta)),
    ...(ctx.by ? { by: ctx.by } : {}),
  });
  const { plan: backedUp, backup } = withBackup(recorded, snapshot, {
    before: 'clean',
    at: ctx.now,
    ...(options.backupCellLimit !== undefined ? { cellLimit: options.backupCellLimit } : {}),
  });
  return {
    plan: backedUp,
    summary: {
      changes: plan.edits.length,
      byReason,
      unfixable,
      rows: dataRows,
      renumbered: ids.renumbered,
      backup,
      ...(firstId !== undefined ? { newIds: { first: firstId, own: ids.scheme.own } } : {}),
    },
    mapping: ctx.mapping,
  };
}

/** The log's words for renumbered IDs: "C000012 → C000041 (was a duplicate of row 13)", then a hint to run dedupe. */
export function renumberNotes(renumbered: readonly RenumberedId[], locale: Locale): string[] {
  if (renumbered.length === 0) return [];
  const labels = historyLabels(locale);
  const listed = renumbered
    .slice(0, LOGGED_RENUMBERS)
    .map((r) => labels.renumbered(cellText(r.from).trim(), r.to, r.firstRow));
  if (renumbered.length > LOGGED_RENUMBERS) listed.push(labels.more(renumbered.length - LOGGED_RENUMBERS));
  return [...listed, labels.renumberedHint];
}
