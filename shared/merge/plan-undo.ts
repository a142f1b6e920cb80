/**
 * planUndo: the plan that undoes one merge, read from meta (so it works after a reload): the
 * stored inverse (restores the survivor's cells and re-inserts the merged-away rows, with their
 * formulas, where they were), one "undo" row in the audit log, and the history entry cleared.
 * The archive keeps its rows, a record the log's merge row points to; a plan changes one sheet, so the
 * caller marks them undone on the archive sheet once this plan is applied (archive-undo.ts).
 */
import { cellText, isBlank } from '../sheet/cell-value';
import { stillHolds } from '../history/same-meaning';
import { cellAddress } from '../sheet/a1';
import { cellAt, type SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import type { Plan } from '../plan/plan';
import { logHeader, logRow } from './audit-log';
import { appendToHelperSheet } from './helper-sheet';
import { decodeHistory, historyKey, mergeOrder, type MergeHistoryEntry } from './history';
import { mergeLabels, type MessageParams, type UndoErrorCode } from './labels';
import { changedExtras, extrasAt } from './survivor-extras';
import { footprintOfLastMerge, withFootprintBack } from '../history/row-footprints';

export interface UndoError {
  code: UndoErrorCode;
  message: string;
  /** For undo.laterMerges: the merges to undo first, latest first. */
  mergeIds?: string[];
}

export type UndoResult = { ok: true; plan: Plan; entry: MergeHistoryEntry } | { ok: false; error: UndoError };

export interface UndoOptions {
  /** The sheet as it is now: when given, an undo that would overwrite later changes is refused. */
  current?: SheetSnapshot;
  /** Language of messages when the merge's own is unknown (no history entry). */
  locale?: Locale;
  /** Who undoes it, where the host can tell: the log row says so. */
  by?: string;
}

function failure(locale: Locale, code: UndoErrorCode, params: MessageParams, mergeIds?: string[]): UndoResult {
  return {
    ok: false,
    error: { code, message: mergeLabels(locale).messages[code](params), ...(mergeIds ? { mergeIds } : {}) },
  };
}

/**
 * The first survivor cell that no longer holds what the merge wrote (by meaning: a date however stored),
 * as "B3: …", or whose link, note or format changed since (when the host reads them), as "B3 note: …".
 */
function changedSince(entry: MergeHistoryEntry, current: SheetSnapshot, locale: Locale): string | null {
  const inserted = entry.inverse.insertRows.map((r) => r.row);
  const formulaCells = new Set((current.formulas ?? []).map((f) => cellAddress(f.row, f.col)));
  const recorded = current.extras ? entry.survivorExtras : undefined;
  const recordedAt = new Map((recorded ?? []).map((e) => [`${e.row}:${e.col}`, e]));
  const index = extrasAt(current);
  for (const edit of entry.inverse.edits) {
    // Inverse edits are numbered with the merged-away rows back in place; the sheet has them deleted.
    const row = edit.row - inserted.filter((r) => r < edit.row).length;
    const value = cellAt(current, row, edit.col);
    if (formulaCells.has(cellAddress(row, edit.col)) || !stillHolds(value, edit.before))
      return `${cellAddress(row, edit.col)}: ${cellText(value)}`;
    const before = recordedAt.get(`${edit.row}:${edit.col}`);
    const formats = !inserted.includes(2) && !isBlank(edit.after);
    const changed = before && changedExtras(before, current, index, row, edit.before, formats);
    if (changed) return mergeLabels(locale).extrasChanged(cellAddress(row, edit.col), changed.kind, changed.now);
  }
  return null;
}

export function planUndo(
  meta: Readonly<Record<string, string>>,
  mergeId: string,
  now: Date,
  options: UndoOptions = {},
): UndoResult {
  const fallbackLocale = options.locale ?? 'en-US';
  const text = meta[historyKey(mergeId)];
  if (text === undefined || text === '') return failure(fallbackLocale, 'undo.unknownMerge', { mergeId });
  const decoded = decodeHistory(text);
  if (!decoded.ok) return failure(fallbackLocale, 'undo.corruptHistory', { mergeId, detail: decoded.error });
  const entry = decoded.entry;

  const later = mergeOrder(meta)
    .filter((e) => e.sheet === entry.sheet && e.seq > entry.seq)
    .reverse()
    .map((e) => e.mergeId);
  if (later.length > 0) return failure(entry.locale, 'undo.laterMerges', { mergeId, detail: later.join(', ') }, later);
  if (options.current && options.current.name === entry.sheet) {
    const changed = changedSince(entry, options.current, entry.locale);
    if (changed) return failure(entry.locale, 'undo.sheetChanged', { mergeId, detail: changed });
  }

  const labels = mergeLabels(entry.locale);
  const log = appendToHelperSheet(meta, entry.logSheet, logHeader(labels), [
    logRow(labels, {
      mergeId,
      at: now.toISOString(),
      action: 'undo',
      sheet: entry.sheet,
      survivorId: entry.survivorId,
      survivorRow: entry.survivorRow,
      mergedRows: entry.mergedRows,
      changes: entry.undoChanges,
      confidence: null,
      reasons: [],
      ...(options.by ? { by: options.by } : {}),
    }),
  ]);
  const plan: Plan = {
    ...entry.inverse,
    sheets: [log.write],
    meta: { ...log.meta, [historyKey(mergeId)]: '' },
  };
  // The last merge of a run undone: every row the run deleted is back, and what deleting them took.
  const run = footprintOfLastMerge(meta, mergeId);
  return { ok: true, plan: run === null ? plan : withFootprintBack(plan, meta, run), entry };
}
