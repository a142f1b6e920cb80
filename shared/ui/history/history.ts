/**
 * The session's history of applied actions. Each entry keeps the plan it applied and how to undo
 * it: the inverse plan (computed before applying), or for merges their ids, whose undo plans the
 * merge stage keeps in workbook meta (planUndo). Undo is last-in first-out: undoing an older entry
 * first undoes every later one still applied, because their row numbers depend on it.
 */
import type { Plan } from '../../plan/plan';
import type { Params, UiKey } from '../i18n';

export type ActionKind = 'setup' | 'clean' | 'merge' | 'review' | 'duplicates' | 'restore';

export type UndoRecipe = { kind: 'plan'; plan: Plan } | { kind: 'merges'; mergeIds: string[] };

export interface HistoryEntry {
  id: number;
  kind: ActionKind;
  /** What the user sees: a catalogue key and its parameters, rendered in the current language. */
  title: { key: UiKey; params?: Params };
  plan: Plan;
  undo: UndoRecipe;
  appliedAt: Date;
  undone: boolean;
}

export type NewEntry = Omit<HistoryEntry, 'id' | 'appliedAt' | 'undone'>;

export function addEntry(entries: readonly HistoryEntry[], entry: NewEntry, now = new Date()): HistoryEntry[] {
  const id = entries.reduce((max, e) => Math.max(max, e.id), 0) + 1;
  return [...entries, { ...entry, id, appliedAt: now, undone: false }];
}

/** The entries to undo, newest first, so that `target` ends up undone. */
export function undoChain(entries: readonly HistoryEntry[], targetId: number): HistoryEntry[] {
  const index = entries.findIndex((e) => e.id === targetId);
  if (index < 0 || entries[index].undone) return [];
  return entries
    .slice(index)
    .filter((e) => !e.undone)
    .reverse();
}

export function markUndone(entries: readonly HistoryEntry[], id: number): HistoryEntry[] {
  return entries.map((e) => (e.id === id ? { ...e, undone: true } : e));
}

/** How much an entry changed, for the history list. */
export function entrySize(entry: HistoryEntry): { cells: number; rowsRemoved: number } {
  return { cells: entry.plan.edits.length, rowsRemoved: entry.plan.deleteRows.length };
}
