/**
 * undoOperation: undoes one recorded operation on any host, from what the workbook keeps (so it
 * works after a reload): its inverse plan (which deletes the sheets it created), or for a merge run
 * each merge latest first (planUndo).
 * The operation's entry is marked undone and the undo gets its own entry and log row; a merge run's
 * archive rows are marked undone (merge/archive-undo.ts), its log row names the merges.
 */
import type { Locale } from '../i18n/locale';
import { invertPlan } from '../plan/invert-plan';
import { emptyPlan, type Plan, type PlanValidation } from '../plan/plan';
import { columnLetter, MAX_SHEET_ROWS } from '../sheet/a1';
import { isUnreadRule } from '../sheet/own-rules';
import type { SheetSnapshot } from '../sheet/snapshot';
import { planUndo } from '../merge/plan-undo';
import { MERGE_META } from '../merge/history';
import { markArchiveUndone } from '../merge/archive-undo';
import { mergeLabels } from '../merge/labels';
import { historyLabels } from './history-labels';
import { entryStatus, mergeIdsOf, type Refusal } from './history-status';
import {
  decodeEntry,
  encodeEntry,
  entryKey,
  HISTORY_META,
  readEntries,
  unpackEdits,
  type OperationEntry,
} from './operation-entry';
import { recordOperation } from './record-operation';
import { withFootprintBack } from './row-footprints';

/** What undo needs of a host: the workbook meta, a sheet as it is now, and applying a plan. */
export interface UndoTarget {
  meta(): Record<string, string> | Promise<Record<string, string>>;
  read(sheet: string): SheetSnapshot | undefined | Promise<SheetSnapshot | undefined>;
  apply(plan: Plan): unknown;
}

export type OperationUndoResult =
  | {
      ok: true;
      entry: OperationEntry;
      undoId: string;
      /** The sheet's own rules at entry the undo could not give back (read by no host), worded in `locale`. */
      notKept: string[];
    }
  | { ok: false; refusal: Refusal };

/** Set up's replaced rules that no host could read, as lines naming the sheet, column and rows. */
function rulesNotKept(sheet: string, validations: readonly PlanValidation[], locale: Locale): string[] {
  const labels = historyLabels(locale);
  return validations.flatMap((v) =>
    ('replaced' in v ? (v.replaced ?? []) : []).flatMap((rule) => {
      if (!isUnreadRule(rule)) return [];
      const rows = rule.lastRow >= MAX_SHEET_ROWS ? `${rule.firstRow}–` : `${rule.firstRow}–${rule.lastRow}`;
      const what = labels.unread[rule.unread as keyof typeof labels.unread] ?? rule.unread;
      return [labels.ruleNotKept(sheet, columnLetter(rule.col), rows, what)];
    }),
  );
}

function unknown(id: string, locale: Locale, code: 'unknown' | 'damaged', detail = ''): OperationUndoResult {
  return { ok: false, refusal: { code, message: historyLabels(locale).refusals[code](id, detail) } };
}

/** The entry after its undo: marked, and its undo data dropped (it is spent) but for a merge run's ids. */
function markedUndone(entry: OperationEntry, undoId: string): string {
  const mergeIds = mergeIdsOf(entry);
  return encodeEntry({
    ...entry,
    undoneBy: undoId,
    undo: { kind: 'none', why: 'undone', ...(mergeIds.length > 0 ? { mergeIds } : {}) },
  });
}

/** Undoes operation `id`; refusals are worded in `locale` (the log row in the sheet's language). */
export async function undoOperation(
  target: UndoTarget,
  id: string,
  now: Date,
  locale: Locale = 'en-US',
  /** Who undoes it, where the host can tell (the command line): the log row says so. */
  by?: string,
): Promise<OperationUndoResult> {
  const meta = await target.meta();
  const text = meta[entryKey(id)];
  if (text === undefined || text === '') return unknown(id, locale, 'unknown');
  const decoded = decodeEntry(text);
  if (!decoded.ok) return unknown(id, locale, 'damaged', decoded.error);
  const entry = decoded.entry;
  const { entries } = readEntries(meta);
  // The sheets it created as they are now: one changed since is not deleted, one gone needs nothing.
  const created = new Map<string, SheetSnapshot | undefined>();
  for (const sheet of entry.undo.kind === 'plan' ? (entry.undo.sheets ?? []) : [])
    created.set(sheet.name, await target.read(sheet.name));
  const current = await target.read(entry.sheet);
  const status = entryStatus(entry, entries, meta, current, locale, (name) => created.get(name));
  if (!status.undoable) return { ok: false, refusal: status.refusal! };

  const record = {
    kind: 'undo' as const,
    at: now,
    locale: entry.locale,
    undoes: id,
    undoesKind: entry.kind,
    ...(by ? { by } : {}),
  };
  if (entry.undo.kind === 'plan') {
    const mergeIds = entry.undo.mergeIds ?? [];
    const done: Plan = {
      ...emptyPlan(entry.sheet),
      insertRows: entry.undo.insertRows,
      edits: unpackEdits(entry.undo.columns),
      deleteRows: entry.undo.deleteRows,
      ...(entry.undo.highlights ? { highlights: entry.undo.highlights } : {}),
      ...(entry.undo.protection ? { protection: entry.undo.protection } : {}),
      sheets: (entry.undo.sheets ?? [])
        .filter((sheet) => created.get(sheet.name))
        .map((sheet) => ({ ...sheet, mode: 'create' as const })),
      ...entry.undo.formatting,
    };
    // An operation on meta alone (a saved template) is undone by writing back what it replaced; one that
    // also kept meta of its own (set up's ID counter beside its protection) gets both back.
    const inverted = invertPlan(done);
    const inverse = recordOperation(
      { ...inverted, ...(entry.undo.meta ? { meta: { ...inverted.meta, ...entry.undo.meta } } : {}) },
      meta,
      // The log's merge rows carry merge ids, the run's undo row an operation id: it names them.
      mergeIds.length > 0 ? { ...record, notes: [mergeLabels(entry.locale).undoneMerges(mergeIds)] } : record,
    );
    const undoId = inverse.meta[HISTORY_META.sequence]!;
    inverse.meta[entryKey(id)] = markedUndone(entry, undoId);
    // The run's merges are undone with it: their own records go ('' removes a meta key).
    for (const mergeId of entry.undo.mergeIds ?? []) inverse.meta[MERGE_META.history + mergeId] = '';
    // Its rows are back: what deleting them took from around them comes back too.
    await target.apply(withFootprintBack(inverse, meta, id, true));
    await markArchiveUndone(target, mergeIds, now, entry.locale);
    return { ok: true, entry, undoId, notKept: rulesNotKept(entry.sheet, done.validations, locale) };
  }
  if (entry.undo.kind !== 'merges') return { ok: false, refusal: status.refusal! };

  const counts = { cells: 0, rowsAdded: 0, rowsRemoved: 0 };
  const undone: string[] = [];
  for (const mergeId of [...entry.undo.mergeIds].reverse()) {
    const current = await target.read(entry.sheet);
    const result = planUndo(await target.meta(), mergeId, now, { current, locale, ...(by ? { by } : {}) });
    // Merges already undone stay undone (each is whole); the caller decides whether to keep them.
    if (!result.ok) {
      await markArchiveUndone(target, undone, now, entry.locale);
      return {
        ok: false,
        refusal: {
          code: result.error.code === 'undo.sheetChanged' ? 'cellsChanged' : 'damaged',
          message: result.error.message,
        },
      };
    }
    await target.apply(result.plan);
    undone.push(mergeId);
    counts.cells += result.plan.edits.length;
    counts.rowsAdded += result.plan.insertRows.length;
    counts.rowsRemoved += result.plan.deleteRows.length;
  }
  await markArchiveUndone(target, undone, now, entry.locale);
  const after = await target.meta();
  const plan = recordOperation(emptyPlan(entry.sheet), after, { ...record, counts, log: false });
  const undoId = plan.meta[HISTORY_META.sequence]!;
  plan.meta[entryKey(id)] = markedUndone(entry, undoId);
  await target.apply(plan);
  return { ok: true, entry, undoId, notKept: [] };
}
