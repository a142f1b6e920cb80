/**
 * Typing into the demo grid as into a sheet: select with a click or the arrow keys, type or press
 * Enter/F2 to edit, Enter commits and moves down, Tab right, Escape cancels, Delete clears. A value
 * is checked against the cell's rule first (entry-check.ts): a stop alert keeps the editor open with
 * what was typed (Retry) or drops it (Cancel); a warning keeps the value and says so. Text that an
 * input method composes (pinyin → 王芳) or that arrives without a key (dictation) reaches the selected
 * cell through a hidden text box that holds the focus while a cell is selected (`typed`).
 */
import { useState, type KeyboardEvent } from 'react';
import type { MemoryHost } from '../../host/memory-host';
import { findSheet } from '../../plan/apply-plan';
import { cellAddress } from '../../sheet/a1';
import { cellText } from '../../sheet/cell-value';
import { commitEntry, entryAlert, typedValue, type EntryAlert } from './entry-check';
import type { GridWords } from './grid-words';

export interface Editing {
  row: number;
  col: number;
  text: string;
}

export interface ShownAlert extends EntryAlert {
  row: number;
  col: number;
}

export function useGridEditing(host: MemoryHost, sheetName: string | undefined, words: GridWords) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [alert, setAlert] = useState<ShownAlert | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const state = host.state();
  const sheet = sheetName ? findSheet(state.workbook, sheetName) : undefined;
  const selection = state.selection?.sheet === sheetName ? state.selection : null;

  const select = (row: number, col: number) => {
    if (sheetName && row >= 1 && col >= 1) void host.selectCell(sheetName, row, col).catch(setFailure);
  };

  const startEditing = (row: number, col: number, text?: string) => {
    if (!sheet || sheet.formulas[cellAddress(row, col)] !== undefined) return; // formulas are not typed over
    setAlert(null);
    select(row, col);
    setEditing({ row, col, text: text ?? cellText(sheet.values[row - 1]?.[col - 1] ?? null) });
  };

  const commit = (move: { rows: number; cols: number }) => (editing ? write(editing, move) : Promise.resolve());

  const write = async ({ row, col, text }: Editing, move: { rows: number; cols: number }) => {
    if (!sheet || !sheetName || busy) return;
    const value = typedValue(text);
    const found = entryAlert(sheet, state.workbook.meta, row, col, value, {
      title: words.fallbackTitle,
      message: words.fallbackMessage,
    });
    if (found?.style === 'stop') {
      setEditing({ row, col, text });
      setAlert({ ...found, row, col });
      return;
    }
    setBusy(true);
    try {
      await commitEntry(host, sheetName, row, col, value);
      setEditing(null);
      setAlert(found ? { ...found, row, col } : null);
      select(row + move.rows, Math.max(1, col + move.cols));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const onEditorKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit({ rows: event.shiftKey ? -1 : 1, cols: 0 });
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit({ rows: 0, cols: event.shiftKey ? -1 : 1 });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      setAlert(null);
    }
  };

  const onGridKey = (event: KeyboardEvent<HTMLElement>) => {
    if (editing || !selection) return;
    // An input method's keys (Enter and arrows choosing among candidates too) go on to the hidden
    // text box it composes in.
    if (event.nativeEvent.isComposing || event.key === 'Process') return;
    const { row, col } = selection;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
      Enter: [1, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      if (event.key === 'Enter' && !event.shiftKey) return startEditing(row, col);
      return select(row + move[0], col + move[1]);
    }
    if (event.key === 'F2') {
      event.preventDefault();
      return startEditing(row, col);
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (sheet?.formulas[cellAddress(row, col)] === undefined)
        void write({ row, col, text: '' }, { rows: 0, cols: 0 });
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(row, col, event.key);
    }
  };

  /** Text the hidden text box of the selected cell received: composed, dictated or inserted at once. */
  const typed = (text: string) => {
    if (!editing && selection && text) startEditing(selection.row, selection.col, text);
  };

  return {
    editing,
    alert,
    failure,
    selection,
    setText: (text: string) => editing && setEditing({ ...editing, text }),
    startEditing,
    select,
    commit,
    onEditorKey,
    onGridKey,
    typed,
    /** Stop alert: Retry goes back to the editor with what was typed; Cancel drops it. */
    retry: () => setAlert(null),
    cancel: () => {
      setAlert(null);
      setEditing(null);
    },
    dismiss: () => setAlert(null),
  };
}
