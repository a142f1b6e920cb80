/**
 * Undoes one history entry on the host: through the workbook's history when the operation recorded
 * itself there (undoOperation: refuses to overwrite later edits, logs the undo, marks it undone),
 * else its inverse plan, or each of its merges latest first (planUndo). A sheet the operation created
 * is deleted with the undo, which is refused when that sheet changed since.
 */
import type { SpreadsheetHost } from '../../host/host';
import { firstChangedCell } from '../../history/created-sheets';
import { historyLabels } from '../../history/history-labels';
import type { Plan } from '../../plan/plan';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { HISTORY_META, undoOperation, type UndoTarget } from '../../history';
import type { Locale } from '../../i18n/locale';
import { planUndo } from '../../merge';
import { markArchiveUndone } from '../../merge/archive-undo';
import type { TaskControl } from '../tasks/use-task';
import type { HistoryEntry } from './history';

/** The merge stage refused an undo (the sheet changed since, a later merge exists …): its message says why. */
export class UndoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndoRefusedError';
  }
}

export async function undoEntry(
  host: SpreadsheetHost,
  entry: HistoryEntry,
  control: TaskControl,
  locale: Locale,
): Promise<string[]> {
  if (entry.undo.kind === 'plan') {
    const recorded = entry.plan.meta[HISTORY_META.sequence];
    if (recorded !== undefined) {
      const result = await undoOperation(hostTarget(host, control), recorded, new Date(), locale);
      if (!result.ok) throw new UndoRefusedError(result.refusal.message);
      return result.notKept;
    }
    await refuseChangedSheets(host, entry.undo.plan, locale);
    await host.applyPlan(entry.undo.plan, { onProgress: control.onProgress });
    return [];
  }
  for (const mergeId of [...entry.undo.mergeIds].reverse()) await undoMerge(host, mergeId, control, locale);
  return [];
}

/** A sheet by name as the host holds it now, or undefined when the workbook has no sheet of that name. */
export async function readSheet(host: SpreadsheetHost, sheet: string): Promise<SheetSnapshot | undefined> {
  try {
    return await host.readSnapshot({ sheet });
  } catch (error) {
    // Hosts word a missing sheet their own way: a sheet the workbook lists failed for another reason.
    if ((await host.sheetNames()).includes(sheet)) throw error;
    return undefined;
  }
}

/** Refuses an undo whose plan deletes a sheet that changed since the operation wrote it (a sheet gone is fine). */
async function refuseChangedSheets(host: SpreadsheetHost, plan: Plan, locale: Locale): Promise<void> {
  for (const written of plan.deleteSheets ?? []) {
    const now = await readSheet(host, written.name);
    const cell = now ? firstChangedCell(written, now) : null;
    if (cell !== null) throw new UndoRefusedError(historyLabels(locale).refusals.sheetChanged('', cell, written.name));
  }
}

/** The host as undoOperation reads and writes it: the active sheet is the one a sidebar operation changed. */
function hostTarget(host: SpreadsheetHost, control: TaskControl): UndoTarget {
  // One read of the sheet until the next write: meta and cells come with it.
  let current: Promise<SheetSnapshot> | null = null;
  const snapshot = () => (current ??= host.readSnapshot());
  return {
    meta: async () => (await snapshot()).meta ?? {},
    read: async (sheet) => {
      const now = await snapshot();
      // Other sheets are the ones the operation created, read by name.
      return now.name === sheet ? now : readSheet(host, sheet);
    },
    apply: async (plan) => {
      current = null;
      return host.applyPlan(plan, { onProgress: control.onProgress });
    },
  };
}

/**
 * Undoes an operation the workbook records (listed after a reload), refusing as undoOperation does;
 * resolves with the sheet's own rules at entry it could not give back (words in `locale`).
 */
export async function undoSavedOperation(
  host: SpreadsheetHost,
  id: string,
  control: TaskControl,
  locale: Locale,
): Promise<string[]> {
  const result = await undoOperation(hostTarget(host, control), id, new Date(), locale);
  if (!result.ok) throw new UndoRefusedError(result.refusal.message);
  return result.notKept;
}

/** Undoes one merge with the plan the merge stage stored in the workbook (so it works after a reload). */
export async function undoMerge(
  host: SpreadsheetHost,
  mergeId: string,
  control: TaskControl,
  locale: Locale,
): Promise<void> {
  const current = await host.readSnapshot();
  const now = new Date();
  const result = planUndo(current.meta ?? {}, mergeId, now, { current, locale });
  if (!result.ok) throw new UndoRefusedError(result.error.message);
  await host.applyPlan(result.plan, { onProgress: control.onProgress });
  // The archive keeps the merge's rows, now marked undone in the merge's own language, as the history's undo does.
  const archive = {
    read: (sheet: string) => readSheet(host, sheet),
    apply: (plan: Plan) => host.applyPlan(plan, { onProgress: control.onProgress }),
  };
  await markArchiveUndone(archive, [mergeId], now, result.entry.locale);
}
