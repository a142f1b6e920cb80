/** Undoes one history entry on the host: its inverse plan, or each of its merges latest first (planUndo). */
import type { SpreadsheetHost } from '../../host/host';
import type { Locale } from '../../i18n/locale';
import { planUndo } from '../../merge';
import type { TaskControl } from '../tasks/use-task';
import type { HistoryEntry } from './history';

/** The merge stage refused an undo (the sheet changed since, a later merge exists …): its message says why. */
export class UndoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndoRefusedError';
  }
}

export async function undoEntry(host: SpreadsheetHost, entry: HistoryEntry, control: TaskControl, locale: Locale): Promise<void> {
  if (entry.undo.kind === 'plan') {
    await host.applyPlan(entry.undo.plan, { onProgress: control.onProgress });
    return;
  }
  for (const mergeId of [...entry.undo.mergeIds].reverse()) await undoMerge(host, mergeId, control, locale);
}

/** Undoes one merge with the plan the merge stage stored in the workbook (so it works after a reload). */
export async function undoMerge(host: SpreadsheetHost, mergeId: string, control: TaskControl, locale: Locale): Promise<void> {
  const current = await host.readSnapshot();
  const result = planUndo(current.meta ?? {}, mergeId, new Date(), { current, locale });
  if (!result.ok) throw new UndoRefusedError(result.error.message);
  await host.applyPlan(result.plan, { onProgress: control.onProgress });
}
