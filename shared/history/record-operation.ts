/**
 * recordOperation: the one way an operation leaves a history entry. It adds to a plan the entry
 * (`op.<id>` in meta, with what undoes the plan) and, unless the operation logs itself (merges),
 * a row in the log sheet in the sheet's language. A plan that changes nothing gets no entry.
 */
import type { Locale } from '../i18n/locale';
import type { Plan } from '../plan/plan';
import { createdSheets } from '../plan/invert-plan';
import type { ExtrasCell } from '../sheet/snapshot';
import { logHeader, operationLogRow } from '../merge/audit-log';
import { appendToHelperSheet } from '../merge/helper-sheet';
import { mergeLabels } from '../merge/labels';
import { historyLabels, reasonsText } from './history-labels';
import {
  encodeEntry,
  entryKey,
  HISTORY_META,
  HISTORY_UNDO_LIMIT,
  lastOperationSeq,
  undoDataFor,
  type OperationEntry,
  type OperationKind,
  type SheetChanges,
  type UndoData,
} from './operation-entry';

export interface OperationRecord {
  kind: OperationKind;
  at: Date;
  /** The sheet's language: the log row and messages use it. */
  locale: Locale;
  /** For a merge run: its merge ids (their undo data is the merge stage's). */
  mergeIds?: string[];
  /** For an undo: the id and kind of the operation undone. */
  undoes?: string;
  undoesKind?: OperationKind;
  /** Counts when the plan does not carry the changes itself (an undo of merges applied one by one). */
  counts?: { cells: number; rowsAdded: number; rowsRemoved: number };
  /** Add a log row (default true; merges and their undos write their own). */
  log?: boolean;
  /** Details for the log row's reasons, after the counts (e.g. renumbered IDs, in the sheet's language). */
  notes?: readonly string[];
  /** Meta its undo writes back, for an operation that changes only meta (a saved template). */
  undoMeta?: Record<string, string>;
  /** A limit on the undo data kept, in characters (default HISTORY_UNDO_LIMIT). */
  undoLimit?: number;
  /** Links, notes and shown formats of the cells the plan's edits write, as they were (kept with its undo data). */
  cellExtras?: ExtrasCell[];
  /** Who did it, where the host can tell (OperationOptions.by): the log row says so. */
  by?: string;
}

function changesSomething(plan: Plan, sheets: SheetChanges): boolean {
  const parts = plan.edits.length + plan.insertRows.length + plan.deleteRows.length + (plan.highlights?.length ?? 0);
  return parts + sheets.added.length + sheets.removed.length > 0;
}

/** The sheets a plan creates (as undo would delete them) and deletes. */
function sheetChanges(plan: Plan): SheetChanges {
  return { added: createdSheets(plan).map((s) => s.name), removed: (plan.deleteSheets ?? []).map((s) => s.name) };
}

function reasonCounts(plan: Plan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const edit of plan.edits) if (edit.reason) counts[edit.reason] = (counts[edit.reason] ?? 0) + 1;
  return counts;
}

function undoData(plan: Plan, record: OperationRecord): UndoData {
  if (record.kind === 'undo') return { kind: 'none', why: 'isUndo' };
  const data = undoDataFor(plan);
  return {
    ...data,
    ...(record.mergeIds ? { mergeIds: record.mergeIds } : {}),
    ...(record.cellExtras ? { cellExtras: record.cellExtras } : {}),
    ...(record.undoMeta ? { meta: record.undoMeta } : {}),
  };
}

/** The plan with its history entry (and log row) added; unchanged when it changes no cell or row (setup and undos always count). */
export function recordOperation(plan: Plan, meta: Readonly<Record<string, string>>, record: OperationRecord): Plan {
  const sheets = sheetChanges(plan);
  if (!changesSomething(plan, sheets) && !record.undoMeta && record.kind !== 'setup' && record.kind !== 'undo')
    return plan;
  const seq = Math.max(lastOperationSeq(meta), lastOperationSeq(plan.meta)) + 1;
  const id = String(seq);
  const counts = record.counts ?? {
    cells: plan.edits.length,
    rowsAdded: plan.insertRows.length,
    rowsRemoved: plan.deleteRows.length,
  };
  const entry: OperationEntry = {
    version: 1,
    id,
    seq,
    kind: record.kind,
    sheet: plan.sheet,
    at: record.at.toISOString(),
    locale: record.locale,
    ...counts,
    ...(sheets.added.length + sheets.removed.length > 0 ? { sheets } : {}),
    reasons: reasonCounts(plan),
    ...(record.undoes !== undefined ? { undoes: record.undoes } : {}),
    undo: undoData(plan, record),
  };
  let text = encodeEntry(entry);
  // Encoded once; only an entry past the limit is encoded again, without its undo data.
  if (text.length > (record.undoLimit ?? HISTORY_UNDO_LIMIT)) {
    // A merge run past the limit is still undoable merge by merge, from the merge stage's records.
    text = encodeEntry({
      ...entry,
      undo: record.mergeIds ? { kind: 'merges', mergeIds: record.mergeIds } : { kind: 'none', why: 'tooLarge' },
    });
  }
  const withEntry: Plan = { ...plan, meta: { ...plan.meta, [entryKey(id)]: text, [HISTORY_META.sequence]: id } };
  if (record.log === false) return withEntry;

  const labels = historyLabels(record.locale);
  const merge = mergeLabels(record.locale);
  const separator = record.locale === 'zh-CN' ? '；' : '; ';
  const undone =
    record.undoes !== undefined ? labels.undid(labels.operations[record.undoesKind ?? 'undo'], record.undoes) : '';
  const log = appendToHelperSheet({ ...meta, ...plan.meta }, merge.logSheet, logHeader(merge), [
    operationLogRow({
      id,
      at: entry.at,
      action: labels.operations[record.kind],
      sheet: plan.sheet,
      changes: labels.changed(counts.cells, counts.rowsAdded, counts.rowsRemoved, entry.sheets),
      reasons: [undone, reasonsText(labels, entry.reasons, separator), ...(record.notes ?? [])]
        .filter(Boolean)
        .join(separator),
      ...(record.by ? { by: record.by } : {}),
    }),
  ]);
  return { ...withEntry, sheets: [...withEntry.sheets, log.write], meta: { ...withEntry.meta, ...log.meta } };
}
