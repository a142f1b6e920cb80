/**
 * What every view shares: the host, the core runner, the one running task, the history, and the
 * workbook revision (bumped after each write so views drop results computed from an older sheet).
 */
import { createContext, useContext } from 'react';
import type { SpreadsheetHost } from '../host/host';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { CoreRunner } from './tasks/core-runner';
import type { TaskControl, TaskRunner } from './tasks/use-task';
import type { HistoryEntry, NewEntry } from './history/history';
import type { Params, UiKey } from './i18n';

export interface Session {
  host: SpreadsheetHost;
  core: CoreRunner;
  task: TaskRunner;
  revision: number;
  history: readonly HistoryEntry[];
  /** Reads the active sheet as a step of a running task. */
  readSnapshot(control: TaskControl): Promise<SheetSnapshot>;
  /** Applies a plan as its own task and records it in the history; resolves true when applied. */
  apply(entry: NewEntry, done: { key: UiKey; params?: Params }): Promise<boolean>;
  /** Undoes an entry (and every later one still applied). */
  undo(entryId: number): Promise<void>;
  /**
   * Undoes an operation the workbook recorded (an earlier session's, not in `history`), as a task that
   * ends with a done notice; `action` names it there. Resolves to the sheet's own rules at entry the
   * undo could not give back, or null when it failed.
   */
  undoSavedOperation(id: string, action: string): Promise<string[] | null>;
  /** Undoes a merge saved in the workbook by an earlier session (not in `history`). */
  undoSavedMerge(mergeId: string, title: { key: UiKey; params?: Params }): Promise<void>;
  /** Selects a cell in the workbook; failures reach the error bar. */
  selectCell(sheet: string, row: number, col: number): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <App>');
  return session;
}
